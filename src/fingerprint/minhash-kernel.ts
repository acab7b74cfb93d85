// Steps 2–4 of MinHash v1 (minhash.ts) as two small WebAssembly functions over the normalised
// bytes: each word's murmur3, murmur3 over each run of 5 word hashes, then the distinct shingles
// counted and each bin's minimum kept. Less than half the time of the same loops in JS. Their JS
// definition is in minhash-kernel.test.ts; densification (step 5) stays in minhash.ts.
import { kernelModule, op, type Bytes } from './wasm-encoder.js';

export const SHINGLE_WORDS = 5;
export const SLOTS = 128;

// The memory: the signature's slots (uint32), which of them a shingle filled (a byte each), the
// text's bytes, then the word hashes, the shingle hashes and the table of distinct shingles.
const SIG_AT = 0;
const FILLED_AT = 4 * SLOTS;
const TEXT_AT = 1024;

// murmur3_x86_32's steps, over the value on the stack.
const blockOf: Bytes = [...op.const(0xcc9e2d51), ...op.mul, ...op.const(15), ...op.rotl, ...op.const(0x1b873593), ...op.mul];
const mixInto = (h: number): Bytes => [...op.xor, ...op.const(13), ...op.rotl, ...op.const(5), ...op.mul, ...op.const(0xe6546b64), ...op.add, ...op.set(h)];
const fmix32 = (temp: number): Bytes => [
  ...op.tee(temp), ...op.get(temp), ...op.const(16), ...op.shrU, ...op.xor, ...op.const(0x85ebca6b), ...op.mul,
  ...op.tee(temp), ...op.get(temp), ...op.const(13), ...op.shrU, ...op.xor, ...op.const(0xc2b2ae35), ...op.mul,
  ...op.tee(temp), ...op.get(temp), ...op.const(16), ...op.shrU, ...op.xor,
];
const increment = (local: number): Bytes => [...op.get(local), ...op.const(1), ...op.add, ...op.set(local)];

/** shingles(n): the n bytes at TEXT_AT split at spaces; writes the word hashes from wordsAt(n), the shingle hashes after them; returns the number of words. */
const shingles = (() => {
  const N = 0, AT = 1, END = 2, H = 3, BLOCK = 4, LENGTH = 5, WORDS = 6, BYTE = 7, S = 8, HASH = 9, W = 10, WIDTH = 11, W_END = 12, WORDS_AT = 13, TEMP = 14;
  const wordAt = (index: Bytes): Bytes => [...op.get(WORDS_AT), ...index, ...op.const(2), ...op.shl, ...op.add];
  // A word ends: its murmur3 (tail block, length, fmix32), kept as blockOf(it), the part of its
  // mixing that each of its shingles repeats.
  const endWord: Bytes = [
    ...op.get(LENGTH), ...op.const(3), ...op.and,
    ...op.if([...op.get(H), ...op.get(BLOCK), ...blockOf, ...op.xor, ...op.set(H)]),
    ...wordAt(op.get(WORDS)),
    ...op.get(H), ...op.get(LENGTH), ...op.xor, ...fmix32(TEMP), ...blockOf,
    ...op.store(0),
    ...increment(WORDS),
    ...op.const(0), ...op.set(H), ...op.const(0), ...op.set(BLOCK), ...op.const(0), ...op.set(LENGTH),
  ];
  const body: Bytes = [
    ...op.get(N), ...op.const(TEXT_AT + 3), ...op.add, ...op.const(-4), ...op.and, ...op.set(WORDS_AT),
    ...op.const(TEXT_AT), ...op.set(AT),
    ...op.get(N), ...op.const(TEXT_AT), ...op.add, ...op.set(END),
    ...op.get(N),
    ...op.if(op.doWhile([
      ...op.get(AT), ...op.load8U(0), ...op.tee(BYTE), ...op.const(32), ...op.eq,
      ...op.if(endWord, [
        ...op.get(BLOCK), ...op.get(BYTE), ...op.get(LENGTH), ...op.const(3), ...op.and, ...op.const(3), ...op.shl, ...op.shl, ...op.or, ...op.set(BLOCK),
        ...op.get(LENGTH), ...op.const(1), ...op.add, ...op.tee(LENGTH), ...op.const(3), ...op.and, ...op.eqz,
        ...op.if([...op.get(H), ...op.get(BLOCK), ...blockOf, ...mixInto(H), ...op.const(0), ...op.set(BLOCK)]),
      ]),
      ...op.get(AT), ...op.const(1), ...op.add, ...op.tee(AT), ...op.get(END), ...op.ltU,
    ])),
    ...endWord,
    // Shingle s: murmur3 over the word hashes s .. s + width - 1 as little-endian blocks (width: 5,
    // or all the words when fewer).
    ...op.get(WORDS), ...op.const(SHINGLE_WORDS), ...op.get(WORDS), ...op.const(SHINGLE_WORDS), ...op.ltU, ...op.select, ...op.set(WIDTH),
    ...op.doWhile([
      ...op.const(0), ...op.set(HASH),
      ...op.get(S), ...op.set(W),
      ...op.get(S), ...op.get(WIDTH), ...op.add, ...op.set(W_END),
      ...op.doWhile([
        ...op.get(HASH), ...wordAt(op.get(W)), ...op.load(0), ...mixInto(HASH),
        ...op.get(W), ...op.const(1), ...op.add, ...op.tee(W), ...op.get(W_END), ...op.ltU,
      ]),
      ...wordAt([...op.get(WORDS), ...op.get(S), ...op.add]),
      ...op.get(HASH), ...op.get(WIDTH), ...op.const(2), ...op.shl, ...op.xor, ...fmix32(TEMP),
      ...op.store(0),
      ...op.get(S), ...op.const(1), ...op.add, ...op.tee(S),
      ...op.get(WORDS), ...op.get(WIDTH), ...op.sub, ...op.const(1), ...op.add, ...op.ltU,
    ]),
    ...op.get(WORDS),
  ];
  return { name: 'shingles', params: 1, locals: 14, body };
})();

/**
 * binShingles(at, count, table, mask): for each of the `count` (≥ 1) shingle hashes at `at`,
 * v = fmix32(hash) lowers its bin's slot (v >>> 25) and fills it; returns how many hashes are
 * distinct, by open addressing in the zeroed table of mask + 1 slots at `table` (0 kept apart, as
 * the table's mark for an empty slot).
 */
const binShingles = (() => {
  const AT = 0, COUNT = 1, TABLE = 2, MASK = 3, S = 4, HASH = 5, K = 6, X = 7, DISTINCT = 8, ZERO_SEEN = 9, V = 10, SLOT = 11, TEMP = 12;
  const slotAt = [...op.get(K), ...op.const(2), ...op.shl, ...op.get(TABLE), ...op.add];
  const body: Bytes = [
    ...op.doWhile([
      ...op.get(S), ...op.const(2), ...op.shl, ...op.get(AT), ...op.add, ...op.load(0), ...op.set(HASH),
      ...op.get(HASH), ...fmix32(TEMP), ...op.set(V),
      ...op.get(V), ...op.const(25), ...op.shrU, ...op.const(2), ...op.shl, ...op.set(SLOT),
      ...op.get(V), ...op.get(SLOT), ...op.load(SIG_AT), ...op.ltU,
      ...op.if([...op.get(SLOT), ...op.get(V), ...op.store(SIG_AT)]),
      ...op.get(V), ...op.const(25), ...op.shrU, ...op.const(1), ...op.store8(FILLED_AT),
      ...op.get(HASH), ...op.eqz,
      ...op.if(
        [...op.get(ZERO_SEEN), ...op.eqz, ...op.get(DISTINCT), ...op.add, ...op.set(DISTINCT), ...op.const(1), ...op.set(ZERO_SEEN)],
        [
          ...op.get(HASH), ...op.get(MASK), ...op.and, ...op.set(K),
          ...op.doWhile([
            ...slotAt, ...op.load(0), ...op.tee(X), ...op.eqz,
            ...op.if([...slotAt, ...op.get(HASH), ...op.store(0), ...increment(DISTINCT)]),
            ...op.get(K), ...op.const(1), ...op.add, ...op.get(MASK), ...op.and, ...op.set(K),
            ...op.get(X), ...op.const(0), ...op.ne, ...op.get(X), ...op.get(HASH), ...op.ne, ...op.and,
          ]),
        ],
      ),
      ...op.get(S), ...op.const(1), ...op.add, ...op.tee(S), ...op.get(COUNT), ...op.ltU,
    ]),
    ...op.get(DISTINCT),
  ];
  return { name: 'binShingles', params: 4, locals: 9, body };
})();

const module = new WebAssembly.Module(kernelModule({ functions: [shingles, binShingles], pages: 16, growable: true }));
interface Kernel {
  shingles: (n: number) => number;
  binShingles: (at: number, count: number, table: number, mask: number) => number;
  memory: WebAssembly.Memory;
}
const instantiate = (): Kernel => {
  const { exports } = new WebAssembly.Instance(module);
  return {
    shingles: exports.shingles as Kernel['shingles'],
    binShingles: exports.binShingles as Kernel['binShingles'],
    memory: exports.memory as WebAssembly.Memory,
  };
};
const kept = instantiate();
// A document needing more memory than this gets a kernel of its own, so its memory is not kept.
const KEEP_BYTES = 1 << 23;

/** Grows the memory to at least `bytes`. */
function reserve(memory: WebAssembly.Memory, bytes: number): void {
  if (memory.buffer.byteLength < bytes) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
}

interface Shingled { kernel: Kernel; at: number; count: number }

/** The shingle hashes of the bytes (not empty), in the kernel's memory. */
function shingle(bytes: Uint8Array): Shingled {
  const n = bytes.length;
  const wordsAt = TEXT_AT + 4 * Math.ceil(n / 4);
  // At most n + 1 word hashes and as many shingle hashes, then a table of at most 4(n + 1) slots.
  const needed = wordsAt + 24 * (n + 1) + 64;
  const kernel = needed <= KEEP_BYTES ? kept : instantiate();
  reserve(kernel.memory, needed);
  new Uint8Array(kernel.memory.buffer, TEXT_AT, n).set(bytes);
  const words = kernel.shingles(n);
  return { kernel, at: wordsAt + 4 * words, count: words - Math.min(SHINGLE_WORDS, words) + 1 };
}

/** The shingle hashes of a normalised text's UTF-8 (not empty), in order (repeats included), in memory the next call overwrites. */
export function shingleHashesScratch(bytes: Uint8Array): Uint32Array {
  const { kernel, at, count } = shingle(bytes);
  return new Uint32Array(kernel.memory.buffer, at, count);
}

export interface Slots {
  /** Each bin's minimum fmix32(shingle hash), 0xffffffff where none fell. */
  minimum: Uint32Array;
  /** 1 where a shingle fell in the bin. */
  filled: Uint8Array;
  distinct: number;
}

/** Steps 2–4 over a normalised text's UTF-8 (not empty); the arrays are overwritten by the next call. */
export function binnedShingles(bytes: Uint8Array): Slots {
  const { kernel, at, count } = shingle(bytes);
  let size = 16;
  while (size < count * 2) size <<= 1;
  const table = at + 4 * count;
  const { buffer } = kernel.memory;
  new Uint32Array(buffer, table, size).fill(0);
  const minimum = new Uint32Array(buffer, SIG_AT, SLOTS).fill(0xffffffff);
  const filled = new Uint8Array(buffer, FILLED_AT, SLOTS).fill(0);
  const distinct = kernel.binShingles(at, count, table, size - 1);
  return { minimum, filled, distinct };
}
