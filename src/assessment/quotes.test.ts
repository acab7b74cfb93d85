// Quoted spans, and the binary search for the one holding a span.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { insideQuote, QUOTED, quotedSpans } from './quotes.js';
import type { Span } from '../core/types.js';

function byPattern(text: string): Span[] {
  return [...text.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const ROWS: ReadonlyArray<{ text: string; quoted: string[] }> = [
  { text: 'he said "soldiers of the Khilafah" and «Rafidah»', quoted: ['"soldiers of the Khilafah"', '«Rafidah»'] },
  { text: 'a “curly\nquote” across lines', quoted: ['“curly\nquote”'] },
  { text: '"a" "b"', quoted: ['"a"', '"b"'] },
  { text: '« "inner" »', quoted: ['« "inner" »'] },
  // must NOT match: apostrophes, an empty quote, a straight quote across a line, an unclosed mark.
  { text: "the group's Qa'dah", quoted: [] },
  { text: 'an empty "" quote', quoted: [] },
  { text: 'a "broken\nquote"', quoted: [] },
  { text: '“never closed', quoted: [] },
];

for (const row of ROWS) {
  test(`quotedSpans ${JSON.stringify(row.text)}`, () => {
    assert.deepEqual(quotedSpans(row.text).map((s) => row.text.slice(s.start, s.end)), row.quoted);
  });
}

const textArb = fc.array(fc.constantFrom('"', '“', '”', '«', '»', 'a', 'b', ' ', '\n', "'"), { maxLength: 60 }).map((p) => p.join(''));

test('property: quotedSpans equals the global pattern', () => {
  fc.assert(fc.property(textArb, (text) => assert.deepEqual(quotedSpans(text), byPattern(text))), { numRuns: 5000 });
});

test('property: insideQuote equals a look at every quoted span', () => {
  fc.assert(fc.property(textArb, fc.nat(60), fc.nat(10), (text, start, len) => {
    const quoted = quotedSpans(text);
    const s = { start, end: start + len };
    assert.equal(insideQuote(quoted, s), quoted.some((q) => q.start <= s.start && s.end <= q.end));
  }), { numRuns: 5000 });
});
