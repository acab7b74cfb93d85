// Steps 2–4 of MinHash v1 (minhash.ts) as small WebAssembly functions over the normalised bytes:
// each word's murmur3 (spaces found 16 bytes at a time, a word read 4 bytes at a time), then each
// run of 5 word hashes hashed and, in the same loop, the distinct shingles counted and each bin's
// minimum kept. Less than half the time of the same loops in JS. Their JS definition is in
// minhash-kernel.test.ts; densification (step 5) stays in minhash.ts.
import { kernelModule, op, simd, type Bytes } from './wasm-encoder.js';

export const SHINGLE_WORDS = 5;
export const SLOTS = 128;

// The memory: the signature's slots (uint32), which of them a shingle filled (a byte each), the
// text's bytes (then a space and 16 zero bytes), then the word hashes, then the shingle hashes or
// the table of distinct shingles.
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

/**
 * words(n, wordsAt): the n bytes at TEXT_AT (followed by a space and 16 zero bytes) split at spaces;
 * writes each word's hash, kept as blockOf(murmur3(word)) (the part of its mixing that each of its
 * shingles repeats), from wordsAt on; returns the number of words. The spaces are found 16 bytes at a
 * time, and a word's bytes read 4 at a time (its last block masked to its length).
 */
const words = (() => {
  const N = 0, WORDS_AT = 1, BASE = 2, END = 3, SPACES = 4, START = 5, P = 6, LENGTH = 7, H = 8, Q = 9, BLOCKS_END = 10, WORDS = 11, TEMP = 12;
  const word: Bytes = [
    ...op.get(P), ...op.get(START), ...op.sub, ...op.set(LENGTH),
    ...op.const(0), ...op.set(H),
    ...op.get(START), ...op.tee(Q), ...op.get(LENGTH), ...op.const(-4), ...op.and, ...op.add, ...op.set(BLOCKS_END),
    ...op.while([...op.get(Q), ...op.get(BLOCKS_END), ...op.ltU], [
      ...op.get(H), ...op.get(Q), ...op.loadUnaligned(0), ...blockOf, ...mixInto(H),
      ...op.get(Q), ...op.const(4), ...op.add, ...op.set(Q),
    ]),
    // The tail: 0 to 3 bytes, little-endian (a tail of none mixes in blockOf(0) = 0: no change).
    ...op.get(H),
    ...op.get(Q), ...op.loadUnaligned(0),
    ...op.const(1), ...op.get(LENGTH), ...op.const(3), ...op.and, ...op.const(3), ...op.shl, ...op.shl, ...op.const(1), ...op.sub, ...op.and,
    ...blockOf, ...op.xor, ...op.get(LENGTH), ...op.xor, ...fmix32(TEMP), ...blockOf, ...op.set(H),
    ...op.get(WORDS_AT), ...op.get(WORDS), ...op.const(2), ...op.shl, ...op.add, ...op.get(H), ...op.store(0),
    ...increment(WORDS),
    ...op.get(P), ...op.const(1), ...op.add, ...op.set(START),
  ];
  const body: Bytes = [
    ...op.const(TEXT_AT), ...op.tee(BASE), ...op.set(START),
    ...op.get(N), ...op.const(TEXT_AT), ...op.add, ...op.set(END),
    ...op.doWhile([
      ...op.get(BASE), ...simd.load(0), ...op.const(32), ...simd.splat8, ...simd.eq8, ...simd.bitmask8, ...op.set(SPACES),
      ...op.while(op.get(SPACES), [
        ...op.get(BASE), ...op.get(SPACES), ...op.ctz, ...op.add, ...op.set(P),
        ...op.get(SPACES), ...op.get(SPACES), ...op.const(1), ...op.sub, ...op.and, ...op.set(SPACES),
        ...word,
      ]),
      ...op.get(BASE), ...op.const(16), ...op.add, ...op.tee(BASE), ...op.get(END), ...op.leU,
    ]),
    ...op.get(WORDS),
  ];
  return { name: 'words', params: 2, locals: 11, body };
})();

/**
 * Shingle s on the stack: murmur3 over the `width` word hashes from wordAt(s) as little-endian
 * blocks (width 5, read at fixed offsets; fewer only when the text has fewer words).
 */
const shingleHash = (firstWord: Bytes, width: number | { local: number; w: number; end: number }, hash: number, temp: number): Bytes => {
  const mixWords: Bytes = typeof width === 'number'
    ? Array.from({ length: width }, (_, k) => [...op.get(hash), ...firstWord, ...op.load(4 * k), ...mixInto(hash)]).flat()
    : [
      ...firstWord, ...op.set(width.w), ...firstWord, ...op.get(width.local), ...op.const(2), ...op.shl, ...op.add, ...op.set(width.end),
      ...op.doWhile([
        ...op.get(hash), ...op.get(width.w), ...op.load(0), ...mixInto(hash),
        ...op.get(width.w), ...op.const(4), ...op.add, ...op.tee(width.w), ...op.get(width.end), ...op.ltU,
      ]),
    ];
  const widthBytes = typeof width === 'number' ? op.const(4 * width) : [...op.get(width.local), ...op.const(2), ...op.shl];
  return [...op.const(0), ...op.set(hash), ...mixWords, ...op.get(hash), ...widthBytes, ...op.xor, ...fmix32(temp)];
};

/** shingles(wordsAt, words, out): the shingle hashes, in order (repeats included), from out on; returns how many. */
const shingles = (() => {
  const WORDS_AT = 0, WORDS = 1, OUT = 2, S = 3, COUNT = 4, HASH = 5, TEMP = 6, W = 7, W_END = 8;
  const wordAt: Bytes = [...op.get(S), ...op.const(2), ...op.shl, ...op.get(WORDS_AT), ...op.add];
  const outAt: Bytes = [...op.get(S), ...op.const(2), ...op.shl, ...op.get(OUT), ...op.add];
  const body: Bytes = [
    ...op.get(WORDS), ...op.const(SHINGLE_WORDS), ...op.ltU,
    ...op.if(
      [...outAt, ...shingleHash(wordAt, { local: WORDS, w: W, end: W_END }, HASH, TEMP), ...op.store(0), ...op.const(1), ...op.return],
    ),
    ...op.get(WORDS), ...op.const(SHINGLE_WORDS - 1), ...op.sub, ...op.set(COUNT),
    ...op.doWhile([
      ...outAt, ...shingleHash(wordAt, SHINGLE_WORDS, HASH, TEMP), ...op.store(0),
      ...increment(S), ...op.get(S), ...op.get(COUNT), ...op.ltU,
    ]),
    ...op.get(COUNT),
  ];
  return { name: 'shingles', params: 3, locals: 6, body };
})();

/**
 * binShingles(wordsAt, words, table, mask): each shingle of the `words` (≥ 1) word hashes at
 * wordsAt hashed; v = fmix32(hash) lowers its bin's slot (v >>> 25) and fills it; returns how many
 * hashes are distinct, by open addressing in the zeroed table of mask + 1 slots at `table` (0 kept
 * apart, as the table's mark for an empty slot).
 */
const binShingles = (() => {
  const WORDS_AT = 0, WORDS = 1, TABLE = 2, MASK = 3, S = 4, HASH = 5, K = 6, X = 7, DISTINCT = 8, ZERO_SEEN = 9, V = 10, SLOT = 11, TEMP = 12, COUNT = 13, W = 14, W_END = 15;
  const slotAt = [...op.get(K), ...op.const(2), ...op.shl, ...op.get(TABLE), ...op.add];
  const wordAt: Bytes = [...op.get(S), ...op.const(2), ...op.shl, ...op.get(WORDS_AT), ...op.add];
  // The bin's minimum and the first probe of the table without a branch: the slot is written
  // whatever it held (HASH where it was empty, what it held otherwise); only a slot holding another
  // hash sends the probe on.
  const bin: Bytes = [
    ...op.get(HASH), ...fmix32(TEMP), ...op.set(V),
    ...op.get(V), ...op.const(25), ...op.shrU, ...op.const(2), ...op.shl, ...op.tee(SLOT),
    ...op.get(V), ...op.get(SLOT), ...op.load(SIG_AT), ...op.tee(X), ...op.get(V), ...op.get(X), ...op.ltU, ...op.select, ...op.store(SIG_AT),
    ...op.get(V), ...op.const(25), ...op.shrU, ...op.const(1), ...op.store8(FILLED_AT),
    ...op.get(HASH), ...op.eqz,
    ...op.if(
      [...op.get(ZERO_SEEN), ...op.eqz, ...op.get(DISTINCT), ...op.add, ...op.set(DISTINCT), ...op.const(1), ...op.set(ZERO_SEEN)],
      [
        ...op.get(HASH), ...op.get(MASK), ...op.and, ...op.set(K),
        ...slotAt, ...slotAt, ...op.load(0), ...op.tee(X), ...op.get(HASH), ...op.get(X), ...op.select, ...op.store(0),
        ...op.get(X), ...op.eqz, ...op.get(DISTINCT), ...op.add, ...op.set(DISTINCT),
        ...op.get(X), ...op.const(0), ...op.ne, ...op.get(X), ...op.get(HASH), ...op.ne, ...op.and,
        ...op.if(op.doWhile([
          ...op.get(K), ...op.const(1), ...op.add, ...op.get(MASK), ...op.and, ...op.set(K),
          ...slotAt, ...op.load(0), ...op.tee(X), ...op.eqz,
          ...op.if([...slotAt, ...op.get(HASH), ...op.store(0), ...increment(DISTINCT)]),
          ...op.get(X), ...op.const(0), ...op.ne, ...op.get(X), ...op.get(HASH), ...op.ne, ...op.and,
        ])),
      ],
    ),
  ];
  const body: Bytes = [
    ...op.get(WORDS), ...op.const(SHINGLE_WORDS), ...op.ltU,
    ...op.if(
      [...shingleHash(wordAt, { local: WORDS, w: W, end: W_END }, HASH, TEMP), ...op.set(HASH), ...bin],
      [
        ...op.get(WORDS), ...op.const(SHINGLE_WORDS - 1), ...op.sub, ...op.set(COUNT),
        ...op.doWhile([
          ...shingleHash(wordAt, SHINGLE_WORDS, HASH, TEMP), ...op.set(HASH), ...bin,
          ...increment(S), ...op.get(S), ...op.get(COUNT), ...op.ltU,
        ]),
      ],
    ),
    ...op.get(DISTINCT),
  ];
  return { name: 'binShingles', params: 4, locals: 12, body };
})();

const module = new WebAssembly.Module(kernelModule({ functions: [words, shingles, binShingles], pages: 16, growable: true }));
interface Kernel {
  words: (n: number, wordsAt: number) => number;
  shingles: (wordsAt: number, words: number, out: number) => number;
  binShingles: (wordsAt: number, words: number, table: number, mask: number) => number;
  memory: WebAssembly.Memory;
}
const instantiate = (): Kernel => {
  const { exports } = new WebAssembly.Instance(module);
  return {
    words: exports.words as Kernel['words'],
    shingles: exports.shingles as Kernel['shingles'],
    binShingles: exports.binShingles as Kernel['binShingles'],
    memory: exports.memory as WebAssembly.Memory,
  };
};
const kept = instantiate();
// A document needing more memory than this gets a kernel of its own, so its memory is not kept.
const KEEP_BYTES = 1 << 23;
// After the text: the space that ends its last word, and 16 zero bytes (what the 16-byte reads past it see).
const PAD = 17;

/** Grows the memory to at least `bytes`. */
function reserve(memory: WebAssembly.Memory, bytes: number): void {
  if (memory.buffer.byteLength < bytes) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
}

interface Words { kernel: Kernel; at: number; count: number }

/** The word hashes of the bytes (not empty), in the kernel's memory. */
function hashWords(bytes: Uint8Array): Words {
  const n = bytes.length;
  const at = TEXT_AT + 4 * Math.ceil((n + PAD) / 4);
  // At most n + 1 word hashes, then as many shingle hashes or a table of under 8(n + 1) slots.
  const needed = at + 36 * (n + 1) + 64;
  const kernel = needed <= KEEP_BYTES ? kept : instantiate();
  reserve(kernel.memory, needed);
  const text = new Uint8Array(kernel.memory.buffer, TEXT_AT, n + PAD);
  text.set(bytes);
  text[n] = 32;
  text.fill(0, n + 1);
  return { kernel, at, count: kernel.words(n, at) };
}

/** The number of shingles of so many words. */
const shinglesOf = (words: number) => words - Math.min(SHINGLE_WORDS, words) + 1;

/** The shingle hashes of a normalised text's UTF-8 (not empty), in order (repeats included), in memory the next call overwrites. */
export function shingleHashesScratch(bytes: Uint8Array): Uint32Array {
  const { kernel, at, count } = hashWords(bytes);
  const out = at + 4 * count;
  return new Uint32Array(kernel.memory.buffer, out, kernel.shingles(at, count, out));
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
  const { kernel, at, count } = hashWords(bytes);
  // A table at most a quarter full: fewer probes go past the first slot (a branch that mispredicts).
  let size = 16;
  while (size < shinglesOf(count) * 4) size <<= 1;
  const table = at + 4 * count;
  const { buffer } = kernel.memory;
  new Uint32Array(buffer, table, size).fill(0);
  const minimum = new Uint32Array(buffer, SIG_AT, SLOTS).fill(0xffffffff);
  const filled = new Uint8Array(buffer, FILLED_AT, SLOTS).fill(0);
  const distinct = kernel.binShingles(at, count, table, size - 1);
  return { minimum, filled, distinct };
}
