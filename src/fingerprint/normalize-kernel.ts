// The first pass of normalisation v1 (normalize.ts) over a text's UTF-8, as a small WebAssembly
// function: ASCII and inert characters (all under U+205F, 1 to 3 bytes) are copied, lowered,
// collapsed into single spaces or dropped as the JS pass does; it stops at any other character.
import { kernelModule, op, simd, type Bytes } from './wasm-encoder.js';

/** What the pass does with a code unit under U+205F; 0: not asked yet. */
export const UNIT = { unknown: 0, keep: 1, separate: 2, drop: 3, notInert: 4 } as const;
export const CLASSIFIED_END = 0x205f;

const CLASS_AT = 0;
// Per ASCII byte: 0x80 | the byte lowered where it is kept, 0 where it separates (no ASCII byte is dropped).
const ASCII_AT = 8320;
const TEXT_AT = ASCII_AT + 128;
const NOT_INERT = -1;
const UNKNOWN = -2;

// normalize(n): the n bytes at TEXT_AT, normalised from TEXT_AT + n on; returns the length written,
// NOT_INERT at a character the pass cannot take, UNKNOWN at a unit whose class is not set.
const N = 0, AT = 1, END = 2, W = 3, OUT = 4, PENDING = 5, B = 6, C = 7, LENGTH = 8, CLASS = 9, KEEP = 10, LIMIT = 11, SPACES = 12, BAD = 13;
const VECTOR = 14;
const byteAfter = (k: number): Bytes => [...op.get(AT), ...op.load8U(k)];
const continuation = (k: number, shift: number): Bytes => [...byteAfter(k), ...op.const(63), ...op.and, ...(shift ? [...op.const(shift), ...op.shl] : []), ...op.or];
const writeByte = (value: Bytes): Bytes => [...op.get(W), ...value, ...op.store8(0), ...op.get(W), ...op.const(1), ...op.add, ...op.set(W)];
const fail = (code: number): Bytes => [...op.const(code), ...op.return];
// An ASCII byte without a branch on its class: a space is written at W and kept (W moved past it)
// only when a separator is pending and the byte is kept; the byte is written and kept when kept.
// Nothing is read back from past W, so what is written there and not kept does no harm.
const asciiByte: Bytes = [
  ...op.get(B), ...op.load8U(ASCII_AT), ...op.tee(C), ...op.const(7), ...op.shrU, ...op.set(KEEP),
  ...op.get(W), ...op.const(32), ...op.store8(0),
  ...op.get(W), ...op.get(PENDING), ...op.get(KEEP), ...op.and, ...op.add, ...op.tee(W),
  ...op.get(C), ...op.const(127), ...op.and, ...op.store8(0),
  ...op.get(W), ...op.get(KEEP), ...op.add, ...op.tee(W),
  ...op.get(OUT), ...op.ne, ...op.get(KEEP), ...op.const(1), ...op.xor, ...op.and, ...op.set(PENDING),
  ...op.get(AT), ...op.const(1), ...op.add, ...op.set(AT),
];
// A character of 2 or 3 bytes (U+0080 to U+205E): its class decides, as in the JS pass.
const longerCharacter: Bytes = [
  ...op.get(B), ...op.const(0xc2), ...op.sub, ...op.const(0xe0 - 0xc2), ...op.ltU,
  ...op.if(
    [...op.get(B), ...op.const(31), ...op.and, ...op.const(6), ...op.shl, ...continuation(1, 0), ...op.set(C), ...op.const(2), ...op.set(LENGTH)],
    [
      ...op.get(B), ...op.const(0xe0), ...op.sub, ...op.const(16), ...op.ltU, ...op.eqz, ...op.if(fail(NOT_INERT)),
      ...op.get(B), ...op.const(15), ...op.and, ...op.const(12), ...op.shl, ...continuation(1, 6), ...continuation(2, 0), ...op.tee(C),
      ...op.const(CLASSIFIED_END), ...op.ltU, ...op.eqz, ...op.if(fail(NOT_INERT)),
      ...op.const(3), ...op.set(LENGTH),
    ],
  ),
  ...op.get(C), ...op.load8U(CLASS_AT), ...op.tee(CLASS), ...op.eqz, ...op.if(fail(UNKNOWN)),
  ...op.get(CLASS), ...op.const(UNIT.notInert), ...op.eq, ...op.if(fail(NOT_INERT)),
  ...op.get(CLASS), ...op.const(UNIT.keep), ...op.eq,
  ...op.if(
    [
      ...op.get(PENDING), ...op.if([...writeByte(op.const(32)), ...op.const(0), ...op.set(PENDING)]),
      ...writeByte(op.get(B)), ...writeByte(byteAfter(1)),
      ...op.get(LENGTH), ...op.const(3), ...op.eq, ...op.if(writeByte(byteAfter(2))),
    ],
    [...op.get(CLASS), ...op.const(UNIT.separate), ...op.eq, ...op.if([...op.get(W), ...op.get(OUT), ...op.ne, ...op.set(PENDING)])],
  ),
  ...op.get(AT), ...op.get(LENGTH), ...op.add, ...op.set(AT),
];
const splat = (byte: number): Bytes => [...op.const(byte), ...simd.splat8];
/** Lanes of VECTOR whose byte is in [low, low + count), as 0xff. */
const inRange = (low: number, count: number, vector: Bytes = op.get(VECTOR)): Bytes => [...vector, ...splat(low), ...simd.sub8, ...splat(count), ...simd.ltU8];
// 16 bytes at a time where they are letters, digits and single spaces, the text's most part: they
// come out as they are, capitals lowered. BAD marks a byte that is none of those, the second of two
// spaces, and a first space where a separator is pending or nothing was written yet.
const simpleBlock: Bytes = [
  ...op.get(AT), ...simd.load(0), ...op.set(VECTOR),
  ...op.get(VECTOR), ...op.const(32), ...simd.splat8, ...simd.eq8, ...simd.bitmask8, ...op.set(SPACES),
  ...inRange(97, 26, [...op.get(VECTOR), ...splat(0x20), ...simd.or]), ...inRange(48, 10), ...simd.or, ...simd.bitmask8,
  ...op.get(SPACES), ...op.or, ...op.const(0xffff), ...op.xor,
  ...op.get(SPACES), ...op.get(SPACES), ...op.const(1), ...op.shrU, ...op.and, ...op.const(1), ...op.shl, ...op.or,
  ...op.get(SPACES), ...op.get(PENDING), ...op.get(W), ...op.get(OUT), ...op.eq, ...op.or, ...op.and, ...op.or,
  ...op.tee(BAD), ...op.eqz,
  ...op.if(
    [
      ...op.get(W), ...op.const(32), ...op.store8(0),
      ...op.get(W), ...op.get(PENDING), ...op.add, ...op.tee(W),
      ...op.get(VECTOR), ...inRange(65, 26), ...splat(32), ...simd.and, ...simd.add8, ...simd.store(0),
      ...op.get(SPACES), ...op.const(15), ...op.shrU, ...op.set(PENDING),
      ...op.get(W), ...op.const(16), ...op.add, ...op.get(PENDING), ...op.sub, ...op.set(W),
      ...op.get(AT), ...op.const(16), ...op.add, ...op.tee(AT), ...op.set(LIMIT),
    ],
    [...op.get(AT), ...op.get(BAD), ...op.ctz, ...op.add, ...op.const(1), ...op.add, ...op.set(LIMIT)],
  ),
];
const body: Bytes = [
  ...op.const(TEXT_AT), ...op.set(AT),
  ...op.get(N), ...op.const(TEXT_AT), ...op.add, ...op.tee(END), ...op.tee(W), ...op.set(OUT),
  ...op.get(N),
  ...op.if(op.doWhile([
    ...op.get(END), ...op.set(LIMIT),
    ...op.get(END), ...op.get(AT), ...op.const(16), ...op.add, ...op.ltU, ...op.eqz, ...op.if(simpleBlock),
    // Byte by byte up to LIMIT: the rest of the text, or up to and including the block's first bad byte.
    ...op.while([...op.get(AT), ...op.get(LIMIT), ...op.ltU], [
      ...op.get(AT), ...op.load8U(0), ...op.tee(B), ...op.const(128), ...op.ltU,
      ...op.if(asciiByte, longerCharacter),
    ]),
    ...op.get(AT), ...op.get(END), ...op.ltU,
  ])),
  ...op.get(W), ...op.get(OUT), ...op.sub,
];

const { exports } = new WebAssembly.Instance(new WebAssembly.Module(kernelModule({ functions: [{ name: 'normalize', params: 1, locals: 13, vectorLocals: 1, body }], pages: 4, growable: true })));
const normalize = exports.normalize as (n: number) => number;
const memory = exports.memory as WebAssembly.Memory;
// Texts of more UTF-8 than this take the JS pass, so that the memory stays small.
export const KERNEL_MAX_BYTES = 1 << 21;
let classes = new Uint8Array(memory.buffer, CLASS_AT, CLASSIFIED_END);
let asciiSet = false;

/** The ASCII table from the classes `classify` gives (keep or separate: the JS pass drops no ASCII). */
function setAscii(classify: (c: number) => number): void {
  const ascii = new Uint8Array(memory.buffer, ASCII_AT, 128);
  for (let c = 0; c < 128; c++) {
    const cls = classify(c);
    if (cls !== UNIT.keep && cls !== UNIT.separate) throw new Error(`ASCII unit ${c} is neither kept nor a separator`);
    ascii[c] = cls === UNIT.keep ? 0x80 | (c >= 65 && c <= 90 ? c + 32 : c) : 0;
  }
  asciiSet = true;
}

/**
 * The first pass over `utf8` (at most KERNEL_MAX_BYTES): the normalised bytes, in memory the next
 * call overwrites, or null at a character it cannot take. `classify` gives a unit's UNIT class the
 * first time the pass meets it.
 */
export function normalizeInertUtf8(utf8: Uint8Array, classify: (c: number) => number): Uint8Array | null {
  if (!asciiSet) setAscii(classify);
  const n = utf8.length;
  const needed = TEXT_AT + 2 * n + 16;
  if (memory.buffer.byteLength < needed) {
    memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536));
    classes = new Uint8Array(memory.buffer, CLASS_AT, CLASSIFIED_END);
  }
  new Uint8Array(memory.buffer, TEXT_AT, n).set(utf8);
  let written = normalize(n);
  if (written === UNKNOWN) {
    classifyUnknown(utf8, classify);
    written = normalize(n);
  }
  return written < 0 ? null : new Uint8Array(memory.buffer, TEXT_AT + n, written);
}

/** Sets the class of every unit of the text not asked yet (the kernel met one). */
function classifyUnknown(utf8: Uint8Array, classify: (c: number) => number): void {
  const text = Buffer.from(utf8.buffer, utf8.byteOffset, utf8.length).toString('utf8');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < CLASSIFIED_END && classes[c] === UNIT.unknown) classes[c] = classify(c);
  }
}
