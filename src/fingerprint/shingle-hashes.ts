// Steps 2 and 3 of MinHash v1 (minhash.ts): each word's murmur3, then murmur3 over each run of 5
// word hashes, run as a small WebAssembly function over the normalised bytes: half the time of the
// same loops in JS. Their JS definition is in shingle-hashes.test.ts.
import { kernelModule, op, type Bytes } from './wasm-encoder.js';

export const SHINGLE_WORDS = 5;

// Parameters and locals.
const N = 0, AT = 1, END = 2, H = 3, BLOCK = 4, LENGTH = 5, WORDS = 6, BYTE = 7, S = 8, HASH = 9, W = 10, WIDTH = 11, W_END = 12, WORDS_AT = 13, TEMP = 14;

// murmur3_x86_32's steps, over the value on the stack.
const blockOf: Bytes = [...op.const(0xcc9e2d51), ...op.mul, ...op.const(15), ...op.rotl, ...op.const(0x1b873593), ...op.mul];
const mixInto = (h: number): Bytes => [...op.xor, ...op.const(13), ...op.rotl, ...op.const(5), ...op.mul, ...op.const(0xe6546b64), ...op.add, ...op.set(h)];
const fmix32: Bytes = [
  ...op.tee(TEMP), ...op.get(TEMP), ...op.const(16), ...op.shrU, ...op.xor, ...op.const(0x85ebca6b), ...op.mul,
  ...op.tee(TEMP), ...op.get(TEMP), ...op.const(13), ...op.shrU, ...op.xor, ...op.const(0xc2b2ae35), ...op.mul,
  ...op.tee(TEMP), ...op.get(TEMP), ...op.const(16), ...op.shrU, ...op.xor,
];
const wordAt = (index: Bytes): Bytes => [...op.get(WORDS_AT), ...index, ...op.const(2), ...op.shl, ...op.add];

// A word ends: its murmur3 (tail block, length, fmix32), kept as blockOf(it), the part of its mixing
// that each of its shingles repeats.
const endWord: Bytes = [
  ...op.get(LENGTH), ...op.const(3), ...op.and,
  ...op.if([...op.get(H), ...op.get(BLOCK), ...blockOf, ...op.xor, ...op.set(H)]),
  ...wordAt(op.get(WORDS)),
  ...op.get(H), ...op.get(LENGTH), ...op.xor, ...fmix32, ...blockOf,
  ...op.store(0),
  ...op.get(WORDS), ...op.const(1), ...op.add, ...op.set(WORDS),
  ...op.const(0), ...op.set(H), ...op.const(0), ...op.set(BLOCK), ...op.const(0), ...op.set(LENGTH),
];

// shingles(n): the bytes at 0..n split at spaces; their word hashes are written from WORDS_AT (n
// rounded up to 4), then the shingle hashes after them. Returns the number of words.
const body: Bytes = [
  ...op.get(N), ...op.const(3), ...op.add, ...op.const(-4), ...op.and, ...op.set(WORDS_AT),
  ...op.get(N), ...op.set(END),
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
  // Shingle s: murmur3 over the word hashes s .. s + width - 1 as little-endian blocks (width: 5, or
  // all the words when fewer).
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
    ...op.get(HASH), ...op.get(WIDTH), ...op.const(2), ...op.shl, ...op.xor, ...fmix32,
    ...op.store(0),
    ...op.get(S), ...op.const(1), ...op.add, ...op.tee(S),
    ...op.get(WORDS), ...op.get(WIDTH), ...op.sub, ...op.const(1), ...op.add, ...op.ltU,
  ]),
  ...op.get(WORDS),
];

const module = new WebAssembly.Module(kernelModule({ name: 'shingles', params: 1, locals: 14, body, pages: 16, growable: true }));
interface Kernel { shingles: (n: number) => number; memory: WebAssembly.Memory }
const instantiate = (): Kernel => {
  const { exports } = new WebAssembly.Instance(module);
  return { shingles: exports.shingles as Kernel['shingles'], memory: exports.memory as WebAssembly.Memory };
};
const kept = instantiate();
// A document needing more than this gets a kernel of its own, so its memory is not kept.
const KEEP_BYTES = 1 << 23;

/**
 * The shingle hashes of a normalised text's UTF-8 (not empty), in order (repeats included), in
 * memory that the next call overwrites.
 */
export function shingleHashesScratch(bytes: Uint8Array): Uint32Array {
  const n = bytes.length;
  // The bytes, then at most n + 1 word hashes and as many shingle hashes.
  const needed = 4 * Math.ceil(n / 4) + 8 * (n + 1);
  const kernel = needed <= KEEP_BYTES ? kept : instantiate();
  const { memory } = kernel;
  if (memory.buffer.byteLength < needed) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536));
  new Uint8Array(memory.buffer, 0, n).set(bytes);
  const words = kernel.shingles(n);
  const width = Math.min(SHINGLE_WORDS, words);
  return new Uint32Array(memory.buffer, 4 * Math.ceil(n / 4) + 4 * words, words - width + 1);
}
