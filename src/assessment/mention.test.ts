// The cheap checks before the mention patterns only ever turn away what the patterns would reject.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isMentioned, mayEndMentionBefore, mayStartMentionAfter, MENTION_AFTER, MENTION_BEFORE, MENTION_WINDOW } from './mention.js';
import { gateTable, type GateRow } from '../core/gate-table.testing.js';

/** The plain patterns on their windows, as before the checks. */
function mentionedByPatterns(text: string, s: { start: number; end: number }): boolean {
  return MENTION_AFTER.test(text.slice(s.end, s.end + MENTION_WINDOW)) || MENTION_BEFORE.test(text.slice(Math.max(0, s.start - MENTION_WINDOW), s.start));
}

const BEFORE_ROWS: readonly GateRow[] = [
  { text: 'terms such as ', may: true },
  { text: 'the group calls ', may: true },
  { text: 'what it calls the ', may: true },
  { text: 'the so-called ', may: true },
  { text: 'its term for ', may: true },
  { text: 'refers to a ', may: true },
  { text: 'Murtadd (pl. ', may: true },
  { text: 'Murtadd (PL.', may: true },
  { text: 'labelled\u00a0as\n', may: true },
  // must NOT pass: no closing space, other last words, an article after a word the pattern has not.
  { text: 'terms such as', may: false },
  { text: 'soldiers of the ', may: false },
  { text: 'attacked a ', may: false },
  { text: 'it was ', may: false },
  { text: 'subterms ', may: false },
  { text: 'as ', may: false },
  { text: '', may: false },
];

gateTable('mayEndMentionBefore', mayEndMentionBefore, MENTION_BEFORE, BEFORE_ROWS);

const AFTER_ROWS: readonly GateRow[] = [
  { text: ' — apostate', may: true },
  { text: ' (pl. murtaddin) — ', may: true },
  { text: ': the word for', may: true },
  { text: '\u00a0- a term', may: true },
  // must NOT pass: a word, a comma, nothing but spaces.
  { text: ' army', may: false },
  { text: ', killing', may: false },
  { text: '   ', may: false },
];

gateTable('mayStartMentionAfter', mayStartMentionAfter, MENTION_AFTER, AFTER_ROWS);

// Texts from the patterns' own words, spaces of several kinds and punctuation, in any case.
const piece = fc.constantFrom(
  'term', 'terms', 'word', 'words', 'such', 'as', 'called', 'calls', 'so-called', 'refer', 'refers', 'to', 'label', 'labels',
  'labelled', 'dubbed', 'the', 'its', "group's", 'for', 'a', 'an', '(pl.', '(PL.', 'murtaddin)', 'Rafidah', 'On', '12', 'x',
  ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '—', '–', ':', '-', ',', '.', '(', ')', 'é', '_', '3',
);
const caseOf = fc.constantFrom('lower', 'upper', 'as-is');
const textArb = fc.array(fc.tuple(piece, caseOf), { maxLength: 30 }).map((parts) =>
  parts.map(([p, c]) => (c === 'lower' ? p.toLowerCase() : c === 'upper' ? p.toUpperCase() : p)).join(''));

test('property: the checks never turn away a window the patterns accept', () => {
  fc.assert(fc.property(textArb, (text) => {
    if (MENTION_BEFORE.test(text)) assert.ok(mayEndMentionBefore(text, 0, text.length), JSON.stringify(text));
    if (MENTION_AFTER.test(text)) assert.ok(mayStartMentionAfter(text, 0, text.length), JSON.stringify(text));
  }), { numRuns: 5000 });
});

test('property: isMentioned agrees with the plain patterns at every span', () => {
  fc.assert(fc.property(textArb, textArb, textArb, (before, term, after) => {
    const text = before + term + after;
    const span = { start: before.length, end: before.length + term.length };
    assert.equal(isMentioned(text, span), mentionedByPatterns(text, span), JSON.stringify([before, term, after]));
  }), { numRuns: 5000 });
});
