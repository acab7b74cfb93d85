// Whole-engine properties: any text in, a valid contract out; long documents stay linear.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { analyze, analyzeBatch } from './analyze.js';
import { ClaimScopeError } from './core/errors.js';
import { checkSpans, validateAnalysis } from './core/schema.js';

const docsDir = fileURLToPath(new URL('../fixtures/gold/docs/', import.meta.url));
const lines = readdirSync(docsDir).flatMap((f) => readFileSync(docsDir + f, 'utf8').split('\n'));

function assertValid(text: string, published: string | null): void {
  const r = analyze(text, { published });
  const schema = validateAnalysis(JSON.parse(JSON.stringify(r)));
  assert.ok(schema.ok, schema.ok ? '' : schema.errors.join('\n'));
  const spans = checkSpans(r);
  assert.ok(spans.ok, spans.ok ? '' : spans.errors.join('\n'));
  for (const e of r.events) for (const ev of e.evidence) assert.ok(ev.start >= e.span.start - 2000 || ev.field === 'location' || ev.field === 'date' || ev.field.startsWith('actors'), 'evidence near its incident');
}

describe('analyze on arbitrary input', () => {
  it('never throws and always returns a valid contract for random Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.option(fc.constant('2017-11-02'), { nil: null }), (text, published) => {
      assertValid(text, published);
    }), { numRuns: 150 });
  });

  it('never throws on random recombinations of genre lines', () => {
    const line = fc.constantFrom(...lines);
    const noise = fc.constantFrom('', '\n', ' 23mm ', ' 4x4 ', ' Safar ', ' On the 31st of Safar, ', ' yesterday ', ' killing 0 ', ' the following day, ', ' Wilayat ', '\u200f', '’', ' 2017-02-30 ');
    fc.assert(fc.property(fc.array(fc.tuple(line, noise), { maxLength: 30 }), fc.option(fc.constantFrom('2016-11-10', '2019-03-12', '2017-01-01'), { nil: null }), (parts, published) => {
      assertValid(parts.map(([l, n]) => l + n).join('\n'), published);
    }), { numRuns: 150 });
  });
});

describe('long documents', () => {
  it('a 4 MB roundup is analysed in linear time (well under 20 s) with every incident found', () => {
    const roundup = readFileSync(docsDir + 'roundup-01.txt', 'utf8');
    const one = analyze(roundup, { published: '2016-11-10' }).events.length;
    const copies = Math.ceil((4 * 1024 * 1024) / roundup.length);
    const big = Array.from({ length: copies }, () => roundup).join('\n');
    const t0 = performance.now();
    const r = analyze(big, { published: '2016-11-10' });
    const ms = performance.now() - t0;
    assert.equal(r.events.length, one * copies);
    assert.ok(ms < 20_000, `took ${ms.toFixed(0)} ms`);
  });
});

describe('analyzeBatch', () => {
  const names = readdirSync(docsDir).sort();
  const heldout = fileURLToPath(new URL('../fixtures/heldout/docs/', import.meta.url));
  const texts = [...names.map((f) => readFileSync(docsDir + f, 'utf8')), ...readdirSync(heldout).sort().map((f) => readFileSync(heldout + f, 'utf8')), '', 'No incident here.'];
  const dates = ['2016-11-10', null, '2019-03-12', '2017-01-01'];

  it('gives, document by document, exactly what analyze gives alone (mixed dates, ids and thresholds)', () => {
    const docs = texts.map((text, i) => ({ text, options: { published: dates[i % dates.length], id: `doc-${i}`, ...(i % 5 === 0 ? { assessment: { threshold: 0.9 } } : {}) } }));
    const batch = analyzeBatch(docs);
    assert.equal(batch.length, docs.length);
    docs.forEach((d, i) => assert.deepEqual(batch[i], analyze(d.text, d.options), `document ${i}`));
  });

  it('an empty batch gives an empty list, and a bad date fails the call with a coded error', () => {
    assert.deepEqual(analyzeBatch([]), []);
    assert.throws(() => analyzeBatch([{ text: 'x' }, { text: 'y', options: { published: '2017-02-30' } }]), (e: unknown) => e instanceof ClaimScopeError && e.code === 'usage.bad_date');
  });
});
