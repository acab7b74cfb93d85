// Cue words around a name run, read by character codes: each test matches what its pattern
// matches on the same window of text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { cuesBefore, LOCATIVE_BEFORE, locativeBefore, namingBefore, regionAfter, regionBefore, REGION_BEFORE, streetAfter } from './cue-words.js';

// The patterns the tests follow, each with the window of text it is tried on.
const LOCATIVE_BEFORE_PATTERN = /\b(?:in|near|of|at|from|to|outside|between|and|around|towards?|into)\s+(?:the\s+)?$/i;
const REGION_BEFORE_PATTERN = /\b(?:district|province|state|region|governorate|county)\s+of\s+(?:the\s+)?$/i;
const NAMED_BEFORE = /\b(?:named|called|nicknamed|dubbed|known\s+as)\s+$/i;
const STREET_AFTER = /^\s+(?:road|street|st\.|avenue|boulevard|bridge|hotel|mall|square|roundabout)\b/i;
const REGION_AFTER = /^\s+(?:state|province|region|governorate|wilaya|county)\b/i;

const CUES = [
  { name: 'locativeBefore', test: locativeBefore, pattern: (t: string, at: number) => LOCATIVE_BEFORE_PATTERN.test(t.slice(Math.max(0, at - 30), at)) },
  { name: 'cuesBefore (locative)', test: (t: string, at: number) => (cuesBefore(t, at) & LOCATIVE_BEFORE) !== 0, pattern: (t: string, at: number) => LOCATIVE_BEFORE_PATTERN.test(t.slice(Math.max(0, at - 30), at)) },
  { name: 'cuesBefore (region)', test: (t: string, at: number) => (cuesBefore(t, at) & REGION_BEFORE) !== 0, pattern: (t: string, at: number) => REGION_BEFORE_PATTERN.test(t.slice(Math.max(0, at - 30), at)) },
  { name: 'regionBefore', test: regionBefore, pattern: (t: string, at: number) => REGION_BEFORE_PATTERN.test(t.slice(Math.max(0, at - 30), at)) },
  { name: 'namingBefore', test: namingBefore, pattern: (t: string, at: number) => NAMED_BEFORE.test(t.slice(Math.max(0, at - 20), at)) },
  { name: 'streetAfter', test: streetAfter, pattern: (t: string, at: number) => STREET_AFTER.test(t.slice(at, at + 16)) },
  { name: 'regionAfter', test: regionAfter, pattern: (t: string, at: number) => REGION_AFTER.test(t.slice(at, at + 16)) },
] as const;
const cue = (name: string) => CUES.find((c) => c.name === name)!.test;

describe('cue words: what they find', () => {
  const rows: ReadonlyArray<{ cue: string; text: string; at: number | string; is: boolean }> = [
    { cue: 'locativeBefore', text: 'an attack near the Bab', at: 'Bab', is: true },
    { cue: 'locativeBefore', text: 'an attack In  Bab', at: 'Bab', is: true },
    { cue: 'locativeBefore', text: 'fighting towards Bab', at: 'Bab', is: true },
    { cue: 'locativeBefore', text: 'they went within Bab', at: 'Bab', is: false },
    { cue: 'locativeBefore', text: 'the soldiers of\nthe\tBab', at: 'Bab', is: true },
    { cue: 'locativeBefore', text: 'of the the Bab', at: 'Bab', is: false },
    { cue: 'locativeBefore', text: 'in. Bab', at: 'Bab', is: false },
    { cue: 'locativeBefore', text: 'a_in Bab', at: 'Bab', is: false },
    { cue: 'locativeBefore', text: 'éin Bab', at: 'Bab', is: true },
    { cue: 'locativeBefore', text: 'near Bab', at: 'near', is: false },
    // The window: 30 characters, whose start counts as a word boundary.
    { cue: 'locativeBefore', text: `within${' '.repeat(28)}Bab`, at: 'Bab', is: true },
    { cue: 'regionBefore', text: 'the Chawkay district of Kunar', at: 'Kunar', is: true },
    { cue: 'regionBefore', text: 'the province of the Diyala', at: 'Diyala', is: true },
    { cue: 'regionBefore', text: 'the province Diyala', at: 'Diyala', is: false },
    { cue: 'regionBefore', text: 'the subdistrict of Kunar', at: 'Kunar', is: false },
    // cuesBefore reads a word back only while a cue can still follow.
    { cue: 'cuesBefore (region)', text: 'the province of the Diyala', at: 'Diyala', is: true },
    { cue: 'cuesBefore (region)', text: 'the Chawkay district of Kunar', at: 'Kunar', is: true },
    { cue: 'cuesBefore (region)', text: 'the province the Diyala', at: 'Diyala', is: false },
    { cue: 'cuesBefore (region)', text: 'the province of a Diyala', at: 'Diyala', is: false },
    { cue: 'cuesBefore (region)', text: 'xprovince of Kunar', at: 'Kunar', is: false },
    { cue: 'cuesBefore (locative)', text: 'the district of the Diyala', at: 'Diyala', is: true },
    { cue: 'cuesBefore (locative)', text: 'near the Bab', at: 'Bab', is: true },
    { cue: 'cuesBefore (locative)', text: 'soldiers of Bab', at: 'Bab', is: true },
    { cue: 'cuesBefore (locative)', text: 'xof Bab', at: 'Bab', is: false },
    { cue: 'cuesBefore (locative)', text: 'the the Bab', at: 'Bab', is: false },
    { cue: 'namingBefore', text: 'an officer named Khalid', at: 'Khalid', is: true },
    { cue: 'namingBefore', text: 'a man known  as Khalid', at: 'Khalid', is: true },
    { cue: 'namingBefore', text: 'a man as Khalid', at: 'Khalid', is: false },
    { cue: 'namingBefore', text: 'a man renamed Khalid', at: 'Khalid', is: false },
    { cue: 'streetAfter', text: 'Maka road', at: 4, is: true },
    { cue: 'streetAfter', text: 'Maka Roads', at: 4, is: false },
    { cue: 'streetAfter', text: 'Maka st.x', at: 4, is: true },
    { cue: 'streetAfter', text: 'Maka st. x', at: 4, is: false },
    { cue: 'streetAfter', text: 'Maka,road', at: 4, is: false },
    { cue: 'regionAfter', text: 'Borno state.', at: 5, is: true },
    { cue: 'regionAfter', text: 'Borno statement', at: 5, is: false },
    { cue: 'regionAfter', text: 'Borno     governorates', at: 5, is: true },
    { cue: 'regionAfter', text: 'Borno state_', at: 5, is: false },
  ];
  for (const row of rows) {
    const at = typeof row.at === 'number' ? row.at : row.text.lastIndexOf(row.at);
    test(`${row.cue}: ${JSON.stringify(row.text)}`, () => {
      assert.equal(cue(row.cue)(row.text, at), row.is);
      assert.equal(CUES.find((c) => c.name === row.cue)!.pattern(row.text, at), row.is, 'the pattern agrees');
    });
  }
});

const PIECES = [
  'in', 'In', 'IN', 'near', 'of', 'Of', 'at', 'from', 'to', 'outside', 'between', 'and', 'around', 'toward', 'towards', 'into', 'the', 'The', 'within',
  'district', 'province', 'state', 'region', 'governorate', 'county', 'wilaya', 'subdistrict', 'named', 'called', 'nicknamed', 'dubbed', 'known', 'as',
  'road', 'street', 'st', 'avenue', 'boulevard', 'bridge', 'hotel', 'mall', 'square', 'roundabout', 'Bab', 'x', 'é', 'ſ', '\u212a',
  ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '.', ',', '-', '_', '5', '’', '“',
];

for (const { name, test: cueTest, pattern } of CUES) {
  test(`${name} matches what its pattern matches (property)`, () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), fc.nat(), (parts, a) => {
      const text = parts.join('');
      const at = a % (text.length + 1);
      assert.equal(cueTest(text, at), pattern(text, at));
    }), { numRuns: 5000 });
  });
}
