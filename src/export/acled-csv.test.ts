// ACLED's country column: a name, from the lexicon or else Node's English region names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryName } from './acled-csv.js';

const ROWS: readonly [string | null, string | null][] = [
  ['IQ', 'Iraq'], ['SY', 'Syria'], ['CD', 'Democratic Republic of the Congo'], ['AT', 'Austria'], ['JP', 'Japan'], [null, null],
];
for (const [code, name] of ROWS) test(`${code} → ${name}`, () => assert.equal(countryName(code), name));
