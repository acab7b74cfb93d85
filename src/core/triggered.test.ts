import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLAUSE_END, findTriggered, nextIn, type TriggerRule } from './triggered.js';
import { tokenize, type Tokens } from './tokens.js';
import fc from 'fast-check';

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

test('nextIn: the word table turns away no key of the set', () => {
  const keys = new Set(['two', 'three', 'the', 'dozens', 'a']);
  const gate = nextIn(keys);
  for (const word of ['two', 'Three', 'THE', 'dozens', 'a', '12', '1,500', 'tow', 'thee', 'dozen', 'an', 'é'])
    assert.equal(gate(tokenize(`killed ${word} men`), 0), keys.has(word.toLowerCase()) || /^\d/.test(word), word);
});

/** findTriggered's definition: every token's key read, every rule of every trigger tried in order. */
function triggeredByKeys(text: string, tokens: Tokens, rules: readonly TriggerRule[]): [number, number, number][] {
  const byRule: [number, number, number][][] = rules.map(() => []);
  const next = rules.map(() => 0);
  const isBreak = (p: number, chars: string) => chars.includes(text[p]) && !(text[p] === ',' && /\d/.test(text[p - 1] ?? '') && /\d/.test(text[p + 1] ?? ''));
  for (let i = 0; i < tokens.count; i++) {
    rules.forEach((rule, r) => {
      const isNumber = /^\d/.test(tokens.key[i]);
      if (!rule.triggers.includes(tokens.key[i]) && !(isNumber && rule.triggers.includes('#num'))) return;
      if (rule.gate && !rule.gate(tokens, i, text)) return;
      let j = Math.max(i - rule.lookback, next[r]);
      for (let k = i; k > j; k--) if ([...text.slice(tokens.end[k - 1], tokens.start[k])].some((_, d) => isBreak(tokens.end[k - 1] + d, rule.boundary ?? '.;:!?()[]"“”\n,'))) { j = k; break; }
      let matched = false;
      for (; j <= (rule.startsBefore ? i - 1 : i); j++) {
        if (j < i && !(/^\d/.test(tokens.key[j]) || rule.starts?.has(tokens.key[j]))) continue;
        if (j < i && rule.second && !rule.second.has(tokens.key[j + 1])) continue;
        rule.sticky.lastIndex = tokens.start[j];
        const m = rule.sticky.exec(text);
        if (m && m.index + m[0].length >= tokens.end[i]) { byRule[r].push([r, m.index, m.index + m[0].length]); matched = true; break; }
      }
      next[r] = matched ? j + 1 : i + 1;
    });
  }
  return byRule.flat();
}

test('property: the pass over listed tokens finds what reading every key finds', () => {
  const word = fc.constantFrom('two', 'Three', '12', '1,500', 'soldiers', 'were', 'killed', 'KILLED', 'took', 'Hit', 'and', 'the', 'of', 'seized', 'tanks', 'a');
  const gap = fc.constantFrom(' ', ' ', ', ', '. ', '; ', '\n', ' (');
  const RULESETS: TriggerRule[][] = [
    RULES,
    [{ triggers: ['#num', 'seized'], lookback: 2, starts: new Set(['the', 'a']), sticky: /(?:the |a )?(?:\d[\d,]*|seized) \w+/y }],
    // Its pattern crosses any punctuation: only the clause boundaries keep its starts in the trigger's clause.
    [{ triggers: ['killed', 'took'], lookback: 6, starts: new Set(['two', 'three', 'the']), sticky: /(?:two|three|the|\d[\d,]*)[^]{0,40}?(?:killed|took)/iy }],
    [{ triggers: ['killed'], lookback: 6, starts: new Set(['two', 'three']), boundary: CLAUSE_END, sticky: /(?:two|three|\d[\d,]*)[^]{0,40}?killed/iy, startsBefore: true }],
    [{ triggers: ['tanks', 'soldiers'], lookback: 3, starts: new Set(['two', 'the']), second: new Set(['two', 'three', 'tanks']), sticky: /(?:the|two) \w+(?: \w+)?/iy, startsBefore: true }, LIST],
  ];
  fc.assert(fc.property(fc.array(fc.tuple(word, gap), { maxLength: 25 }), fc.nat(RULESETS.length - 1), (parts, s) => {
    const text = parts.map(([w, g]) => w + g).join('');
    const tokens = tokenize(text);
    const got = findTriggered(text, tokens, RULESETS[s]).map(({ rule, match }) => [rule, match.index, match.index + match[0].length]);
    assert.deepEqual(got, triggeredByKeys(text, tokens, RULESETS[s]), JSON.stringify(text));
  }), { numRuns: 1500 });
});

test('findTriggered: tokens made before the rule set was first used still find its triggers', () => {
  const text = 'They overrode it: zorblat 7 times.';
  const tokens = tokenize(text);
  const rule: TriggerRule = { triggers: ['zorblat'], lookback: 0, sticky: /zorblat \d+/y };
  assert.deepEqual(findTriggered(text, tokens, [rule]).map(({ match }) => match[0]), ['zorblat 7']);
});

test('findTriggered: a pattern runs as its twin on plain texts only, with the same matches', () => {
  const rule: TriggerRule = { triggers: ['killed'], lookback: 0, sticky: /killed \p{L}+/iuy };
  const found = (text: string) => findTriggered(text, tokenize(text), [rule]).map(({ match }) => match[0]);
  assert.deepEqual(found('They KILLED soldiers.'), ['KILLED soldiers']);
  assert.deepEqual(found('They killed ʿAli’s men.'), ['killed ʿAli']);
  // not plain: ſ and é are letters to \p{L}, which the twin's class leaves out
  assert.deepEqual(found('They killed ſoldiers.'), ['killed ſoldiers']);
  assert.deepEqual(found('They killed élite troops.'), ['killed élite']);
});
