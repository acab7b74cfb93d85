// TLSH's sliding window (5 bytes: six salted triplet hashes into 256 buckets, and the checksum), run
// as a small WebAssembly function: two thirds of the time of the same loop in JS, where every table
// read carries a map check, a length load and a bounds check (seven loop variants in JS measured no
// better). The loop in JS stays in tlsh-windows.test.ts as the definition it is tested against.
import { kernelModule, op, type Bytes } from './wasm-encoder.js';

// Pearson's permutation table of the reference implementation.
export const V = new Uint8Array([
  1, 87, 49, 12, 176, 178, 102, 166, 121, 193, 6, 84, 249, 230, 44, 163, 14, 197, 213, 181, 161, 85, 218, 80, 64, 239, 24, 226, 236, 142, 38, 200,
  110, 177, 104, 103, 141, 253, 255, 50, 77, 101, 81, 18, 45, 96, 31, 222, 25, 107, 190, 70, 86, 237, 240, 34, 72, 242, 20, 214, 244, 227, 149, 235,
  97, 234, 57, 22, 60, 250, 82, 175, 208, 5, 127, 199, 111, 62, 135, 248, 174, 169, 211, 58, 66, 154, 106, 195, 245, 171, 17, 187, 182, 179, 0, 243,
  132, 56, 148, 75, 128, 133, 158, 100, 130, 126, 91, 13, 153, 246, 216, 219, 119, 68, 223, 78, 83, 88, 201, 99, 122, 11, 92, 32, 136, 114, 52, 10,
  138, 30, 48, 183, 156, 35, 61, 26, 143, 74, 251, 94, 129, 162, 63, 152, 170, 7, 115, 167, 241, 206, 3, 150, 55, 59, 151, 220, 90, 53, 23, 131,
  125, 173, 15, 238, 79, 95, 89, 16, 105, 137, 225, 224, 217, 160, 37, 123, 118, 73, 2, 157, 46, 116, 9, 145, 134, 228, 207, 212, 202, 215, 69, 229,
  27, 188, 67, 124, 168, 252, 42, 4, 29, 108, 21, 247, 19, 205, 39, 203, 233, 40, 186, 147, 198, 192, 155, 33, 164, 191, 98, 204, 165, 180, 117, 76,
  140, 36, 210, 172, 41, 54, 159, 8, 185, 232, 113, 196, 231, 47, 146, 120, 51, 65, 28, 144, 254, 221, 93, 189, 194, 139, 112, 43, 71, 109, 184, 209,
]);

/** The checksum's salt, then the salts of the six triplets, in the reference's order. */
export const SALTS = [0, 2, 3, 5, 7, 11, 13];

// The kernel's memory: the pair table PAIR[y << 8 | u] = V[V[u] ^ y] (the last two hash steps in
// one read, laid out by y so that a text's few byte values touch few of its rows), then V, then per
// salt the first hash step as a table indexed by the newest byte (V[V[salt] ^ j]), the 256 bucket
// counts (uint32), then the bytes.
const PAIR_AT = 0;
const V_AT = 65536;
const SALTED_AT = V_AT + 256;
const BUCKETS_AT = V_AT + 256 * (1 + SALTS.length);
const DATA_AT = BUCKETS_AT + 4 * 256;
const PAGES = 3;
// Bytes hashed per call; longer data goes in chunks that repeat the 4 bytes before them.
const CHUNK = PAGES * 65536 - DATA_AT - 4;

// Parameters and locals. The window's five bytes rotate through BYTE: the loop is unrolled by 5, so
// no byte moves from local to local. (Keeping each byte << 8 in five more locals made V8 spill.)
const N = 0, CHECKSUM = 1, AT = 2, END = 3, BUCKET = 4;
const BYTE = [5, 6, 7, 8, 9];

/** Counts the triplet (newest byte, the byte `x` back, the byte `y` back) of the salt at `salt` (1-6 in SALTS). */
const countTriplet = (salt: number, j: number, x: number, y: number): Bytes => [
  ...op.get(j), ...op.load8U(SALTED_AT + 256 * salt), ...op.get(x), ...op.xor, ...op.get(y), ...op.const(8), ...op.shl, ...op.or, ...op.load8U(PAIR_AT),
  ...op.const(2), ...op.shl, ...op.tee(BUCKET),
  ...op.get(BUCKET), ...op.load(BUCKETS_AT), ...op.const(1), ...op.add, ...op.store(BUCKETS_AT),
];

/** The window whose newest byte is at AT + k, its bytes in the locals of slot (k - back) mod 5. */
const windowAt = (k: number): Bytes => {
  const slot = (back: number) => (k - back + 5) % 5;
  const byte = (back: number) => BYTE[slot(back)];
  const j = byte(0);
  return [
    ...op.get(AT), ...op.load8U(k), ...op.set(j),
    // The checksum: V[V[V[V[0] ^ j] ^ j1] ^ checksum] (by V: its last step is on the loop's chain).
    ...op.get(j), ...op.load8U(SALTED_AT), ...op.get(byte(1)), ...op.xor, ...op.load8U(V_AT),
    ...op.get(CHECKSUM), ...op.xor, ...op.load8U(V_AT), ...op.set(CHECKSUM),
    ...countTriplet(1, j, byte(1), byte(2)),
    ...countTriplet(2, j, byte(1), byte(3)),
    ...countTriplet(3, j, byte(2), byte(3)),
    ...countTriplet(4, j, byte(2), byte(4)),
    ...countTriplet(5, j, byte(1), byte(4)),
    ...countTriplet(6, j, byte(3), byte(4)),
  ];
};

/** The byte at DATA_AT + i into the window's slot. */
const readByte = (i: number, slot: number): Bytes => [...op.const(DATA_AT), ...op.load8U(i), ...op.set(BYTE[slot])];
/** Whether AT + k < END. */
const before = (k: number): Bytes => [...op.get(AT), ...op.const(k), ...op.add, ...op.get(END), ...op.ltU];
/** The windows at AT + k, AT + k + 1 ... while they are before END (at most 4 of them). */
const lastWindows = (k: number): Bytes => (k === 4 ? [] : [...before(k), ...op.if([...windowAt(k), ...lastWindows(k + 1)])]);

// count(n, checksum): slides the window over the n (≥ 5) bytes at DATA_AT, adding to the bucket
// counts; returns the checksum carried on from `checksum`.
const body: Bytes = [
  ...readByte(0, 1), ...readByte(1, 2), ...readByte(2, 3), ...readByte(3, 4),
  ...op.const(DATA_AT + 4), ...op.set(AT),
  ...op.get(N), ...op.const(DATA_AT), ...op.add, ...op.set(END),
  ...before(4),
  ...op.if(op.doWhile([
    ...windowAt(0), ...windowAt(1), ...windowAt(2), ...windowAt(3), ...windowAt(4),
    ...op.get(AT), ...op.const(5), ...op.add, ...op.tee(AT), ...op.const(4), ...op.add, ...op.get(END), ...op.ltU,
  ])),
  ...lastWindows(0),
  ...op.get(CHECKSUM),
];

const instance = new WebAssembly.Instance(new WebAssembly.Module(kernelModule({ functions: [{ name: 'count', params: 2, locals: 8, body }], pages: PAGES })));
const count = instance.exports.count as (n: number, checksum: number) => number;
const memory = instance.exports.memory as WebAssembly.Memory;
// The memory is of fixed size, so these views stay attached.
const bytes = new Uint8Array(memory.buffer);
const counts = new Uint32Array(memory.buffer, BUCKETS_AT, 256);
bytes.set(V, V_AT);
SALTS.forEach((salt, k) => {
  for (let j = 0; j < 256; j++) bytes[SALTED_AT + 256 * k + j] = V[V[salt] ^ j];
});
for (let y = 0; y < 256; y++) for (let u = 0; u < 256; u++) bytes[PAIR_AT + (y << 8) + u] = V[V[u] ^ y];

/**
 * Counts the six triplets of every 5-byte window of `data` (5 bytes or more) into `bucket` (256
 * counts, overwritten); returns the checksum byte.
 */
export function countWindows(data: Uint8Array, bucket: Uint32Array): number {
  const checksum = countWindowsInPlace(data);
  bucket.set(counts);
  return checksum;
}

/** The same counts, left in `windowCounts` (valid until the next call): no copy for tlsh(). */
export function countWindowsInPlace(data: Uint8Array): number {
  counts.fill(0);
  if (data.length <= CHUNK + 4) {
    bytes.set(data, DATA_AT);
    return data.length > 4 ? count(data.length, 0) : 0;
  }
  let checksum = 0;
  for (let from = 0; from + 4 < data.length; from += CHUNK) {
    const to = Math.min(data.length, from + 4 + CHUNK);
    bytes.set(data.subarray(from, to), DATA_AT);
    checksum = count(to - from, checksum);
  }
  return checksum;
}
export const windowCounts: Uint32Array = counts;
