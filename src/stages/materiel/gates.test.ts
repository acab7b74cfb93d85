// The gates before the materiel and territory patterns turn away only triggers where no match can
// reach: with and without them, findTriggered finds the same matches.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findTriggered, type TriggerRule } from '../../core/triggered.js';
import { tokenize } from '../../core/tokens.js';
import { materielRules, mayOpenConjunct, TERRITORY_RULES } from './materiel.js';
import { beAround, capitalAhead, itemAhead, placesNounAhead } from './gates.js';

const ungated = (rules: readonly TriggerRule[]) => rules.map(({ gate: _gate, ...rule }) => rule);
const spans = (text: string, rules: readonly TriggerRule[]) =>
  findTriggered(text, tokenize(text), rules).map(({ rule, match }) => [rule, match.index, match[0]]);

/** The gate's answer at the first token whose key is `trigger`. */
function gateAt(gate: NonNullable<TriggerRule['gate']>, text: string, trigger: string): boolean {
  const tokens = tokenize(text);
  return gate(tokens, tokens.key.indexOf(trigger), text);
}

test('gates: what they let through and what they turn away', () => {
  const items = itemAhead(['tank', 'pick-up truck', 'anti-aircraft gun', 'house']);
  const rows: [string, NonNullable<TriggerRule['gate']>, string, string, boolean][] = [
    ['item', items, 'destroying two T-72 tanks.', 'destroying', true],
    ['item', items, 'seizing a 4x4 pickuptruck', 'seizing', true],
    ['item', items, 'seizing an antiaircraft gun', 'seizing', true],
    ['item', items, 'burning three houſes', 'burning', true],
    ['item', items, 'capturing two.\n\nThe tank', 'capturing', false],
    ['item', items, 'shot dead a civilian (tank)', 'shot', false],
    ['be', beAround, 'Two tanks were destroyed', 'destroyed', true],
    ['be', beAround, 'A Humvee was badly damaged', 'damaged', true],
    ['be', beAround, 'two destroyed tanks and a Humvee were seized', 'destroyed', true],
    ['be', beAround, 'They destroyed two tanks. It was seized', 'destroyed', false],
    ['be', beAround, 'were not destroyed', 'destroyed', true],
    ['be', beAround, 'were, destroyed', 'destroyed', false],
    ['noun', placesNounAhead, 'took control of a number of villages', 'took', true],
    ['noun', placesNounAhead, 'captured the five ſettlements', 'captured', true],
    ['noun', placesNounAhead, 'took control of the town of the a b villages', 'took', false],
    ['capital', capitalAhead, 'took control of the villages of al-Susah', 'took', true],
    ['capital', capitalAhead, 'took control of the 𝐀bc', 'took', true],
    ['capital', capitalAhead, 'took control of 𝐀', 'took', true],
    ['capital', capitalAhead, 'captured two of them and took one more of their weapons', 'captured', false],
  ];
  for (const [name, gate, text, trigger, want] of rows) assert.equal(gateAt(gate, text, trigger), want, `${name}: ${text}`);
});

const piece = fc.constantFrom(
  'destroyed', 'destroying', 'seized', 'seizing', 'took', 'captured', 'capturing', 'retook', 'overran', 'entered', 'imposed', 'full', 'set', 'shot', 'down',
  'fire', 'on', 'to', 'blew', 'up', 'were', 'was', 'WERE', 'waſ', 'badly', 'a𝐀bly', 'control', 'of', 'over', 'the', 'and', 'near', 'villages', 'village',
  'towns', 'ſettlements', 'a number of', 'two', 'Three', '2', '1,500', 'a', 'an', 'several', 'tanks', 'tank5', 'tanK', 'Humvee', 'pick-up', 'pickup',
  'pick', 'truck', 'machinegun', 'anti‐aircraft', 'houſes', 'T-72', '𝐀', 'Mosul', 'al-Bab', 'Élan', 'Jihar field', 'x',
);
const sep = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n', '-', '‐', '–', '’', "'", ' (', '');
const words = (list: string) => fc.constantFrom(...list.split('|'));
// Sentences shaped like the patterns (a passive list, unnamed places, a named list), so that the
// gates meet matches as well as near misses; then pieces in any order.
const shaped = fc.oneof(
  fc.tuple(words('Two|2|1,500|several|a|the'), words('|T-72 |old |a𝐀b |destroyed '), words('tanks|Humvee|pick-up|houſes|tank5'),
    words('| and a truck|, two cars and a boat|, and the'), words('were|was|waſ|WERE|is'), words('|badly |a𝐀bly |not '), words('destroyed|set on fire|shot down|seized|burnt')),
  fc.tuple(words('took control of|captured|retook|overran|seized control of|Took control of'), words('|the '), words('two|5|several|a number of|dozens of|many'),
    words('villages|towns|areas|ſettlements|villagesé|cities')),
  fc.tuple(words('took control of|captured|retook|overran|entered|stormed|imposed full control over|took over'), words('|the villages of |the town of |an area of '),
    words('Mosul|al-Bab|the Jihar field|Élan|𝐀bc|raqqa|the T3 pumping station'), words('| and Hit|, Rawa and Anah|.')),
).map((parts) => parts.join(' '));
const text = fc.tuple(fc.array(fc.tuple(piece, sep), { maxLength: 8 }), fc.option(shaped), fc.array(fc.tuple(piece, sep), { maxLength: 4 }))
  .map(([before, middle, after]) => [...before.map(([p, s]) => p + s), middle ?? '', ...after.map(([p, s]) => p + s)].join(''));

test('property: the materiel rules find the same with and without their gates', () => {
  const gated = materielRules();
  const plain = ungated(gated);
  fc.assert(fc.property(text, (t) => { assert.deepEqual(spans(t, gated), spans(t, plain), JSON.stringify(t)); }), { numRuns: 4000 });
});

test('property: the territory rules find the same with and without their gates', () => {
  const plain = ungated(TERRITORY_RULES);
  fc.assert(fc.property(text, (t) => { assert.deepEqual(spans(t, TERRITORY_RULES), spans(t, plain), JSON.stringify(t)); }), { numRuns: 4000 });
});

test('mayOpenConjunct: true wherever the conjunct pattern can open (spaces and a comma, or spaces and "and")', () => {
  const rows: [string, number, boolean][] = [
    [', and a truck', 0, true], [' and a truck', 0, true], ['\u00a0AND a truck', 0, true], ['  ,x', 0, true], [',', 0, true],
    // must NOT open: "and" with no space before it, other words, other punctuation, the end of the text
    ['and a truck', 0, false], [' an', 0, false], [' or a truck', 0, false], ['. A truck', 0, false], ['   ', 0, false], ['', 0, false], [' x, a', 0, false],
  ];
  for (const [text, at, want] of rows) assert.equal(mayOpenConjunct(text, at), want, JSON.stringify(text));
  const opens = /(?:\s*,\s*(?:and\s+)?|\s+and\s+)/iuy;
  const char = fc.constantFrom(' ', '\u00a0', '\u2028', '\u3000', '\t', '\n', ',', 'a', 'A', 'n', 'N', 'd', 'D', 'x', 'ſ', 'K', '.', 'å');
  fc.assert(fc.property(fc.array(char, { maxLength: 12 }), fc.nat(12), (chars, at) => {
    const text = chars.join('');
    opens.lastIndex = at;
    if (opens.test(text)) assert.ok(mayOpenConjunct(text, at), JSON.stringify([text, at]));
  }), { numRuns: 20000 });
});
