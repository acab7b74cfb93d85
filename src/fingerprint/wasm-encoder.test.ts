import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kernelModule, op, sleb, uleb } from './wasm-encoder.js';

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
