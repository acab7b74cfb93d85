import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kernelModule, op, simd, sleb, uleb } from './wasm-encoder.js';

test('LEB128: table of values and their bytes', () => {
  const unsigned: [number, number[]][] = [[0, [0]], [127, [0x7f]], [128, [0x80, 0x01]], [624485, [0xe5, 0x8e, 0x26]]];
  for (const [n, bytes] of unsigned) assert.deepEqual(uleb(n), bytes, `uleb ${n}`);
  const signed: [number, number[]][] = [[0, [0]], [63, [0x3f]], [64, [0xc0, 0x00]], [-1, [0x7f]], [-64, [0x40]], [-65, [0xbf, 0x7f]], [-123456, [0xc0, 0xbb, 0x78]]];
  for (const [n, bytes] of signed) assert.deepEqual(sleb(n), bytes, `sleb ${n}`);
});

test('kernelModule: a function over its parameters and memory runs as written', () => {
  // sum(a, b) = a + b + the word at address 8
  const body = [...op.get(0), ...op.get(1), ...op.add, ...op.const(0), ...op.load(8), ...op.add];
  const instance = new WebAssembly.Instance(new WebAssembly.Module(kernelModule({ functions: [{ name: 'sum', params: 2, locals: 0, body }], pages: 1 })));
  const memory = instance.exports.memory as WebAssembly.Memory;
  new Uint32Array(memory.buffer)[2] = 1000;
  assert.equal((instance.exports.sum as (a: number, b: number) => number)(20, 3), 1023);
  assert.equal(memory.buffer.byteLength, 65536);
});

test('op.while and the SIMD instructions: the positions of the spaces among 16 bytes, tested before each turn', () => {
  // spaces(at): a bit per space among the 16 bytes at `at`; count(at) the set bits by a while loop.
  const spaces = [...op.get(0), ...simd.load(0), ...op.const(32), ...simd.splat8, ...simd.eq8, ...simd.bitmask8];
  const count = [
    ...spaces, ...op.set(1),
    ...op.while([...op.get(1)], [...op.get(1), ...op.get(1), ...op.const(1), ...op.sub, ...op.and, ...op.set(1), ...op.get(2), ...op.const(1), ...op.add, ...op.set(2)]),
    ...op.get(2),
  ];
  const firstSpace = [...spaces, ...op.ctz];
  const instance = new WebAssembly.Instance(new WebAssembly.Module(kernelModule({ functions: [
    { name: 'spaces', params: 1, locals: 0, body: spaces }, { name: 'count', params: 1, locals: 2, body: count }, { name: 'first', params: 1, locals: 0, body: firstSpace },
  ], pages: 1 })));
  const bytes = new Uint8Array((instance.exports.memory as WebAssembly.Memory).buffer);
  bytes.set(Buffer.from('ab cd  e.......f xxxxxxxxxxxxxxxxx', 'latin1'), 3);
  const call = (name: string, at: number) => (instance.exports[name] as (at: number) => number)(at);
  assert.equal(call('spaces', 3), 0b1100100);
  assert.equal(call('count', 3), 3);
  assert.equal(call('first', 3), 2);
  assert.equal(call('count', 22), 0, 'no space: the loop body never runs');
  assert.equal(call('first', 22), 32, 'ctz of 0');
  assert.equal(call('spaces', 4), 0b1000000000110010, 'unaligned, the last lane');
});
