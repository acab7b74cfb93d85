// The few pieces of the WebAssembly binary format (webassembly.github.io/spec, "Binary Format") that
// a one-function kernel over i32 locals and linear memory needs: enough to write it here, readable,
// instead of shipping an opaque .wasm file.

export type Bytes = readonly number[];

export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const I32 = 0x7f;
const V128 = 0x7b;

/** Instructions over i32 values, by their names in the text format. */
export const op = {
  get: (local: number): Bytes => [0x20, ...uleb(local)],
  set: (local: number): Bytes => [0x21, ...uleb(local)],
  tee: (local: number): Bytes => [0x22, ...uleb(local)],
  /** i32.const of n taken as a 32-bit integer (0xcc9e2d51 as -862048943). */
  const: (n: number): Bytes => [0x41, ...sleb(n | 0)],
  add: [0x6a] as Bytes,
  sub: [0x6b] as Bytes,
  mul: [0x6c] as Bytes,
  and: [0x71] as Bytes,
  or: [0x72] as Bytes,
  xor: [0x73] as Bytes,
  shl: [0x74] as Bytes,
  shrU: [0x76] as Bytes,
  rotl: [0x77] as Bytes,
  /** Count of trailing zero bits. */
  ctz: [0x68] as Bytes,
  eqz: [0x45] as Bytes,
  eq: [0x46] as Bytes,
  ne: [0x47] as Bytes,
  ltU: [0x49] as Bytes,
  leU: [0x4d] as Bytes,
  return: [0x0f] as Bytes,
  /** Of a, b, c on the stack: a when c is not 0, else b. */
  select: [0x1b] as Bytes,
  /** i32.load8_u of the byte at (address on the stack) + offset. */
  load8U: (offset: number): Bytes => [0x2d, 0, ...uleb(offset)],
  /** i32.load of the aligned word at (address on the stack) + offset. */
  load: (offset: number): Bytes => [0x28, 2, ...uleb(offset)],
  /** i32.load of a word at any address (little-endian; the alignment is only a hint). */
  loadUnaligned: (offset: number): Bytes => [0x28, 0, ...uleb(offset)],
  store: (offset: number): Bytes => [0x36, 2, ...uleb(offset)],
  store8: (offset: number): Bytes => [0x3a, 0, ...uleb(offset)],
  /** Runs `then` when the i32 on the stack is not 0, else `otherwise`. */
  if: (then: Bytes, otherwise: Bytes = []): Bytes => [0x04, 0x40, ...then, ...(otherwise.length > 0 ? [0x05, ...otherwise] : []), 0x0b],
  /** A loop whose body branches back to its start while the i32 it leaves on the stack is not 0. */
  doWhile: (body: Bytes): Bytes => [0x03, 0x40, ...body, 0x0d, 0, 0x0b],
  /** A loop that runs `body` while `condition` leaves an i32 that is not 0 (tested first). */
  while: (condition: Bytes, body: Bytes): Bytes => [0x02, 0x40, 0x03, 0x40, ...condition, 0x45, 0x0d, 1, ...body, 0x0c, 0, 0x0b, 0x0b],
};

/** The few 128-bit SIMD instructions the kernels use (prefix 0xfd, then the opcode as LEB128). */
export const simd = {
  /** v128.load of the 16 bytes at (address on the stack) + offset. */
  load: (offset: number): Bytes => [0xfd, 0x00, 0, ...uleb(offset)],
  /** i8x16.splat of the i32 on the stack's low byte. */
  splat8: [0xfd, 0x0f] as Bytes,
  /** i8x16.eq: 0xff in each lane where the two vectors are equal, else 0. */
  eq8: [0xfd, 0x23] as Bytes,
  /** i8x16.bitmask: bit k of the i32 is the top bit of lane k. */
  bitmask8: [0xfd, 0x64] as Bytes,
  /** v128.store of the vector on the stack at (address under it) + offset. */
  store: (offset: number): Bytes => [0xfd, 0x0b, 0, ...uleb(offset)],
  /** i8x16.lt_u: 0xff in each lane where the first vector's byte is below the second's (unsigned). */
  ltU8: [0xfd, 0x26] as Bytes,
  add8: [0xfd, 0x6e] as Bytes,
  sub8: [0xfd, 0x71] as Bytes,
  and: [0xfd, 0x4e] as Bytes,
  or: [0xfd, 0x50] as Bytes,
};

const vector = (items: Bytes[]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: Bytes): number[] => [id, ...uleb(body.length), ...body];
const name = (s: string): number[] => vector([...Buffer.from(s, 'utf8')].map((b) => [b]));

export interface KernelFunction {
  /** Exported as `name`: i32 parameters, one i32 result. */
  name: string;
  params: number;
  /** i32 locals after the parameters. */
  locals: number;
  /** v128 locals after those. */
  vectorLocals?: number;
  body: Bytes;
}

export interface KernelSpec {
  functions: KernelFunction[];
  /** Pages (64 KiB) of the memory, exported as `memory`; `growable`: it may grow past them. */
  pages: number;
  growable?: boolean;
}

/** A module of exported functions and one exported memory. */
export function kernelModule(spec: KernelSpec): Uint8Array<ArrayBuffer> {
  const fs = spec.functions;
  const funcType = (f: KernelFunction) => [0x60, ...vector(Array.from({ length: f.params }, () => [I32])), ...vector([[I32]])];
  const code = (f: KernelFunction) => {
    const locals = f.vectorLocals ? [[...uleb(f.locals), I32], [...uleb(f.vectorLocals), V128]] : [[...uleb(f.locals), I32]];
    const bytes = [...vector(locals), ...f.body, 0x0b];
    return [...uleb(bytes.length), ...bytes];
  };
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector(fs.map(funcType))),
    ...section(3, vector(fs.map((_, i) => uleb(i)))),
    ...section(5, vector([spec.growable ? [0x00, ...uleb(spec.pages)] : [0x01, ...uleb(spec.pages), ...uleb(spec.pages)]])),
    ...section(7, vector([...fs.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]), [...name('memory'), 0x02, 0]])),
    ...section(10, vector(fs.map(code))),
  ]);
}
