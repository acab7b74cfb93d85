import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLAUSE_END, findTriggered, nextIn, type TriggerRule } from './triggered.js';
import { tokenize } from './tokens.js';

const KILLED_N: TriggerRule = { triggers: ['killed'], lookback: 0, sticky: /killed (?:the )?(\d+|two|three) \w+/y, gate: nextIn(new Set(['two', 'three'])) };
const N_KILLED: TriggerRule = { triggers: ['killed'], lookback: 4, starts: new Set(['two', 'three']), sticky: /(?:\d+|two|three) \w+ were killed/y };
const LIST: TriggerRule = { triggers: ['took'], lookback: 0, sticky: /took \w+(?:, \w+)* and \w+/y, boundary: CLAUSE_END };
const RULES = [KILLED_N, N_KILLED, LIST];

const cases: { text: string; found: [rule: number, start: number, end: number][] }[] = [
  { text: 'They killed two soldiers.', found: [[0, 5, 24]] },
  { text: 'They killed 12 soldiers.', found: [[0, 5, 23]] },
  { text: 'Later three guards were killed.', found: [[1, 6, 30]] },
  { text: 'They took Hit, Rawa and Anah.', found: [[2, 5, 28]] },
  // must NOT match: the gate refuses what the pattern alone would take …
  { text: 'They killed the two soldiers.', found: [] },
  // … a match never spans a clause end before its trigger …
  { text: 'It had three. Guards were killed.', found: [] },
  // … and a number before the trigger cannot reach it across a comma.
  { text: 'Three, soldiers were killed.', found: [] },
];

test('findTriggered: rules match at their triggers, gated and bounded', () => {
  for (const c of cases) {
    const got = findTriggered(c.text, tokenize(c.text), RULES).map(({ rule, match }) => [rule, match.index, match.index + match[0].length]);
    assert.deepEqual(got, c.found, c.text);
  }
});

test('nextIn: the word after the trigger decides, digits always pass', () => {
  const gate = nextIn(new Set(['two']));
  const rows: [string, number, boolean][] = [['killed two men', 0, true], ['killed 3 men', 0, true], ['killed the men', 0, false], ['killed', 0, false]];
  for (const [text, i, want] of rows) assert.equal(gate(tokenize(text), i), want, text);
});

test('startsBefore: the trigger itself is not tried, earlier starts are', () => {
  // A pattern that could match at its trigger shows the difference.
  const rule: TriggerRule = { triggers: ['killed'], lookback: 2, starts: new Set(['two']), sticky: /(?:two )?killed/y, startsBefore: true };
  const spans = (text: string) => findTriggered(text, tokenize(text), [rule]).map(({ match }) => [match.index, match.index + match[0].length]);
  assert.deepEqual(spans('two killed'), [[0, 10]]);
  assert.deepEqual(spans('they killed'), []);
});

test('nextIn: the shape check before the set look-up turns away no key of the set', () => {
  const keys = new Set(['two', 'three', 'the', 'dozens', 'a']);
  const gate = nextIn(keys);
  for (const word of ['two', 'Three', 'THE', 'dozens', 'a', '12', '1,500', 'tow', 'thee', 'dozen', 'an', 'é'])
    assert.equal(gate(tokenize(`killed ${word} men`), 0), keys.has(word.toLowerCase()) || /^\d/.test(word), word);
});
