import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildTable, findIn, fnv1a } from './hash-table.js';

test('fnv1a: the published test vectors', () => {
  const rows: [string, number][] = [['', 0x811c9dc5], ['a', 0xe40c292c], ['foobar', 0xbf9cf968]];
  for (const [s, h] of rows) assert.equal(fnv1a(s), h, JSON.stringify(s));
});

test('findIn: every key is found at its index; absent keys are not', () => {
  const keys = ['mosul', 'raqqa', 'deir ez zor', 'tal afar', 'al bab', ''];
  const table = buildTable(keys);
  keys.forEach((k, i) => assert.equal(findIn(table, keys, k), i, k));
  for (const absent of ['mosu', 'mosull', 'Mosul', 'raqa', ' ']) assert.equal(findIn(table, keys, absent), -1, absent);
});

test('property: a table finds exactly the keys it was built from', () => {
  fc.assert(fc.property(fc.uniqueArray(fc.string({ maxLength: 12 }), { maxLength: 200 }), fc.string({ maxLength: 12 }), (keys, probe) => {
    const table = buildTable(keys);
    keys.forEach((k, i) => assert.equal(findIn(table, keys, k), i));
    assert.equal(findIn(table, keys, probe), keys.indexOf(probe));
  }));
});
