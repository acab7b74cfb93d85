import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../index.js';
import type { AnalysisResult } from './types.js';
import { checkSpans, validateAnalysis } from './schema.js';

const GOLD_DIR = fileURLToPath(new URL('../../fixtures/gold/', import.meta.url));
const DOCS_DIR = join(GOLD_DIR, 'docs');

// ---- gold documents: published date per document file, from every *.gold.json ----

interface GoldDoc {
  id: string;
  file: string;
  published: string | null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function goldDocs(): Map<string, GoldDoc> {
  const byFile = new Map<string, GoldDoc>();
  for (const name of readdirSync(GOLD_DIR).filter((n) => n.endsWith('.gold.json')).sort()) {
    const gold: unknown = JSON.parse(readFileSync(join(GOLD_DIR, name), 'utf8'));
    assert.ok(isRecord(gold) && Array.isArray(gold.documents), `${name}: no documents[]`);
    for (const d of gold.documents) {
      assert.ok(isRecord(d) && typeof d.id === 'string' && typeof d.file === 'string', `${name}: bad document entry`);
      assert.ok(d.published === null || typeof d.published === 'string', `${name}/${d.id}: bad published`);
      byFile.set(join(GOLD_DIR, d.file), { id: d.id, file: d.file, published: d.published });
    }
  }
  return byFile;
}

/** The contract is the JSON: validate what a client receives, not the in-memory object. */
const asJson = (r: AnalysisResult): AnalysisResult => JSON.parse(JSON.stringify(r)) as AnalysisResult;

const GOLD = goldDocs();
const DOC_FILES = readdirSync(DOCS_DIR).filter((n) => n.endsWith('.txt')).sort();
const OUTPUTS = new Map<string, AnalysisResult>();
for (const name of DOC_FILES) {
  const path = join(DOCS_DIR, name);
  const gold = GOLD.get(path);
  const text = readFileSync(path, 'utf8');
  OUTPUTS.set(name, asJson(analyze(text, { published: gold?.published ?? null, id: gold?.id ?? name })));
}

test('every gold document is listed in a gold file', () => {
  assert.ok(DOC_FILES.length > 0, 'no documents under fixtures/gold/docs');
  for (const name of DOC_FILES) assert.ok(GOLD.has(join(DOCS_DIR, name)), `${name} has no gold entry (published unknown)`);
});

for (const [name, result] of OUTPUTS) {
  test(`engine output for ${name} matches output contract v1`, () => {
    assert.deepEqual(validateAnalysis(result), { ok: true });
  });
  test(`engine output for ${name} has every offset inside the document`, () => {
    assert.deepEqual(checkSpans(result), { ok: true });
  });
}

// ---- deliberately broken outputs ----

type Key = string | number;
const DELETE = Symbol('delete');

/** Sets (or deletes) the value at `path` inside a JSON value, narrowing from unknown at each step. */
function setAt(root: unknown, path: readonly Key[], value: unknown): void {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string') node = node[key];
    else throw new Error(`no container at ${path.join('/')}`);
  }
  const last = path[path.length - 1];
  if (Array.isArray(node) && typeof last === 'number') {
    if (value === DELETE) node.splice(last, 1);
    else node[last] = value;
  } else if (isRecord(node) && typeof last === 'string') {
    if (value === DELETE) delete node[last];
    else node[last] = value;
  } else throw new Error(`cannot set ${path.join('/')}`);
}

/** A known-valid result with every optional part filled in: a killed figure, materiel, territory. */
function baseResult(): AnalysisResult {
  const source = [...OUTPUTS.values()].find((r) => r.events.length > 0);
  assert.ok(source, 'no gold document produced an event');
  const r = structuredClone(source);
  const ev = r.events[0];
  const inside = { start: ev.span.start, end: Math.min(ev.span.start + 1, ev.span.end) };
  ev.casualties.killed = { low: 3, best: 3, high: 3, text: 'three', span: inside };
  ev.materiel = [{ item: 'vehicle', count: 1, action: 'destroyed', text: 'a vehicle', span: inside }];
  ev.territory = { action: 'captured', places: ['a village'], span: inside };
  ev.evidence = [{ field: 'casualties.killed', start: inside.start, end: inside.start + 1 }];
  r.issues = [{ code: 'test.issue', message: 'test', span: inside }];
  return r;
}

const BASE = baseResult();

function variant(path: readonly Key[], value: unknown): unknown {
  const copy: unknown = structuredClone(BASE);
  setAt(copy, path, value);
  return copy;
}

test('the base of the broken-output table is valid', () => {
  assert.deepEqual(validateAnalysis(BASE), { ok: true });
  assert.deepEqual(checkSpans(BASE), { ok: true });
});

const E = ['events', 0] as const;
const KILLED = [...E, 'casualties', 'killed'] as const;

const BROKEN: ReadonlyArray<{ name: string; path: readonly Key[]; value: unknown; error: string }> = [
  { name: 'missing schemaVersion', path: ['schemaVersion'], value: DELETE, error: "(root): must have required property 'schemaVersion'" },
  { name: 'schemaVersion 2', path: ['schemaVersion'], value: 2, error: '/schemaVersion' },
  { name: 'a TLSH that is no T1 digest', path: ['fingerprints', 'tlsh'], value: 'T1ABCDEF', error: '/fingerprints/tlsh' },
  { name: 'an MD5 of the wrong length', path: ['fingerprints', 'md5'], value: 'abc', error: '/fingerprints/md5' },
  { name: 'missing events', path: ['events'], value: DELETE, error: "required property 'events'" },
  { name: 'events not an array', path: ['events'], value: {}, error: '/events' },
  { name: 'missing pipeline.fingerprint', path: ['pipeline', 'fingerprint'], value: DELETE, error: '/pipeline' },
  { name: 'document.chars negative', path: ['document', 'chars'], value: -1, error: '/document/chars' },
  { name: 'document.sha256 not hex', path: ['document', 'sha256'], value: 'xyz', error: '/document/sha256' },
  { name: 'document.published not a date', path: ['document', 'published'], value: '2017/10/20', error: '/document/published' },
  { name: 'wrong label enum', path: ['assessment', 'label'], value: 'terrorist', error: '/assessment/label' },
  { name: 'score above 1', path: ['assessment', 'score'], value: 1.5, error: '/assessment/score' },
  { name: 'score below 0', path: ['assessment', 'score'], value: -0.1, error: '/assessment/score' },
  { name: 'automatedDecision true', path: ['assessment', 'statementOfReasons', 'automatedDecision'], value: true, error: '/assessment/statementOfReasons/automatedDecision' },
  { name: 'automatedDetection false', path: ['assessment', 'statementOfReasons', 'automatedDetection'], value: false, error: '/assessment/statementOfReasons/automatedDetection' },
  { name: 'missing statementOfReasons.redress', path: ['assessment', 'statementOfReasons', 'redress'], value: DELETE, error: '/assessment/statementOfReasons' },
  { name: 'signal without spans', path: ['assessment', 'signals'], value: [{ code: 'x', description: 'x', weight: 1 }], error: '/assessment/signals/0' },
  { name: 'tlsh a number', path: ['fingerprints', 'tlsh'], value: 123, error: '/fingerprints/tlsh' },
  { name: 'minhash with a fraction', path: ['fingerprints', 'minhash'], value: [1, 2.5], error: '/fingerprints/minhash' },
  { name: 'minhash missing', path: ['fingerprints', 'minhash'], value: DELETE, error: "required property 'minhash'" },
  { name: 'date without dashes', path: [...E, 'date', 'best'], value: '20171020', error: '/events/0/date/best' },
  { name: 'date with month 13, day 40', path: [...E, 'date', 'earliest'], value: '2017-13-40', error: '/events/0/date/earliest' },
  { name: 'date 30 February', path: [...E, 'date', 'latest'], value: '2017-02-30', error: '/events/0/date/latest' },
  { name: 'wrong calendar enum', path: [...E, 'date', 'calendar'], value: 'julian', error: '/events/0/date/calendar' },
  { name: 'wrong date precision enum', path: [...E, 'date', 'precision'], value: 'hour', error: '/events/0/date/precision' },
  { name: 'date.stated a string', path: [...E, 'date', 'stated'], value: 'yes', error: '/events/0/date/stated' },
  { name: 'country a name', path: [...E, 'location', 'country'], value: 'Syria', error: '/events/0/location/country' },
  { name: 'country lower case', path: [...E, 'location', 'country'], value: 'sy', error: '/events/0/location/country' },
  { name: 'admin1Code without dash', path: [...E, 'location', 'admin1Code'], value: 'SYDY', error: '/events/0/location/admin1Code' },
  { name: 'wrong location precision enum', path: [...E, 'location', 'precision'], value: 'city', error: '/events/0/location/precision' },
  { name: 'latitude out of range', path: [...E, 'location', 'lat'], value: 91, error: '/events/0/location/lat' },
  { name: 'missing location.uncertaintyKm', path: [...E, 'location', 'uncertaintyKm'], value: DELETE, error: '/events/0/location' },
  { name: 'span with negative start', path: [...E, 'span', 'start'], value: -1, error: '/events/0/span/start' },
  { name: 'span with fractional end', path: [...E, 'span', 'end'], value: 1.5, error: '/events/0/span/end' },
  { name: 'span without end', path: [...E, 'span', 'end'], value: DELETE, error: '/events/0/span' },
  { name: 'wrong actor role enum', path: [...E, 'actors'], value: [{ role: 'attacker', text: 'x', canonical: 'x', span: { start: 0, end: 1 } }], error: '/events/0/actors/0/role' },
  { name: 'wrong stance enum', path: [...E, 'stance'], value: 'neutral', error: '/events/0/stance' },
  { name: 'casualty quantity missing best', path: [...KILLED, 'best'], value: DELETE, error: '/events/0/casualties/killed' },
  { name: 'casualty figure as a string', path: [...KILLED, 'best'], value: '3', error: '/events/0/casualties/killed' },
  { name: 'casualty quantity without span', path: [...KILLED, 'span'], value: DELETE, error: '/events/0/casualties/killed' },
  { name: 'casualty category missing', path: [...E, 'casualties', 'captured'], value: DELETE, error: "required property 'captured'" },
  { name: 'wrong materiel action enum', path: [...E, 'materiel', 0, 'action'], value: 'exploded', error: '/events/0/materiel/0/action' },
  { name: 'wrong territory action enum', path: [...E, 'territory', 'action'], value: 'taken', error: '/events/0/territory' },
  { name: 'evidence with negative start', path: [...E, 'evidence', 0, 'start'], value: -1, error: '/events/0/evidence/0/start' },
  { name: 'confidence above 1', path: [...E, 'confidence'], value: 1.01, error: '/events/0/confidence' },
  { name: 'suicide not a boolean', path: [...E, 'type', 'suicide'], value: 1, error: '/events/0/type/suicide' },
  { name: 'issue without code', path: ['issues', 0, 'code'], value: DELETE, error: '/issues/0' },
];

for (const c of BROKEN) {
  test(`broken output fails validation: ${c.name}`, () => {
    const res = validateAnalysis(variant(c.path, c.value));
    assert.equal(res.ok, false, 'expected validation to fail');
    if (res.ok) return;
    assert.ok(res.errors.some((e) => e.includes(c.error)), `no error mentioning ${c.error}: ${res.errors.join('; ')}`);
  });
}

// ---- variants the contract allows ----

const ALLOWED: ReadonlyArray<{ name: string; path: readonly Key[]; value: unknown }> = [
  { name: 'an added top-level field', path: ['extra'], value: { anything: true } },
  { name: 'an added event field', path: [...E, 'notes'], value: 'reviewed' },
  { name: 'a document title', path: ['document', 'title'], value: 'Title' },
  { name: 'published null', path: ['document', 'published'], value: null },
  { name: 'a TLSH digest', path: ['fingerprints', 'tlsh'], value: `T1${'A'.repeat(70)}` },
  { name: 'a MinHash signature', path: ['fingerprints', 'minhash'], value: Array.from({ length: 128 }, (_, i) => (i === 0 ? 4294967295 : i)) },
  { name: 'casualty mentioned without a figure', path: [...KILLED], value: { low: null, best: null, high: null, text: 'casualties', span: { start: 0, end: 1 } } },
  { name: 'casualty not mentioned', path: [...KILLED], value: null },
  { name: 'open upper bound', path: [...KILLED, 'high'], value: null },
  { name: 'no territory', path: [...E, 'territory'], value: null },
  { name: 'dates unknown', path: [...E, 'date'], value: { text: '', calendar: 'none', earliest: null, latest: null, best: null, precision: 'unknown', stated: false } },
  { name: 'issue without span', path: ['issues', 0, 'span'], value: DELETE },
  { name: 'admin1Code with digits', path: [...E, 'location', 'admin1Code'], value: 'AF-KAB' },
];

for (const c of ALLOWED) {
  test(`allowed output passes validation: ${c.name}`, () => {
    assert.deepEqual(validateAnalysis(variant(c.path, c.value)), { ok: true });
  });
}

// ---- offsets: checkSpans ----

const SPAN_BROKEN: ReadonlyArray<{ name: string; mutate: (r: AnalysisResult) => void; error: string }> = [
  { name: 'event span past the end', mutate: (r) => { r.events[0].span.end = r.document.chars + 1; }, error: '/events/0/span' },
  { name: 'event span reversed', mutate: (r) => { r.events[0].span = { start: 5, end: 4 }; }, error: '/events/0/span' },
  { name: 'empty evidence', mutate: (r) => { r.events[0].evidence[0].end = r.events[0].evidence[0].start; }, error: '/events/0/evidence/0' },
  { name: 'evidence past the end', mutate: (r) => { r.events[0].evidence[0].end = r.document.chars + 10; }, error: '/events/0/evidence/0' },
  { name: 'actor span negative', mutate: (r) => { r.events[0].actors = [{ role: 'other', text: 'x', canonical: 'x', span: { start: -2, end: 1 } }]; }, error: '/events/0/actors/0/span' },
  {
    name: 'quantity span past the end',
    mutate: (r) => { const q = r.events[0].casualties.killed; assert.ok(q); q.span = { start: r.document.chars, end: r.document.chars + 3 }; },
    error: '/events/0/casualties/killed/span',
  },
  { name: 'materiel span reversed', mutate: (r) => { r.events[0].materiel[0].span = { start: 2, end: 1 }; }, error: '/events/0/materiel/0/span' },
  { name: 'signal span past the end', mutate: (r) => { r.assessment.signals = [{ code: 'x', description: 'x', weight: 1, count: 1, spans: [{ start: 0, end: r.document.chars + 1 }] }]; }, error: '/assessment/signals/0/spans/0' },
  { name: 'issue span past the end', mutate: (r) => { r.issues = [{ code: 'x', message: 'x', span: { start: 0, end: r.document.chars + 1 } }]; }, error: '/issues/0/span' },
];

for (const c of SPAN_BROKEN) {
  test(`checkSpans rejects: ${c.name}`, () => {
    const r = structuredClone(BASE);
    c.mutate(r);
    const res = checkSpans(r);
    assert.equal(res.ok, false, 'expected checkSpans to fail');
    if (res.ok) return;
    assert.ok(res.errors.some((e) => e.startsWith(c.error)), `no error at ${c.error}: ${res.errors.join('; ')}`);
  });
}

test('checkSpans accepts a range ending exactly at document.chars and an empty event span', () => {
  const r = structuredClone(BASE);
  r.events[0].span = { start: r.document.chars, end: r.document.chars };
  r.events[0].evidence = [{ field: 'date', start: r.document.chars - 1, end: r.document.chars }];
  assert.deepEqual(checkSpans(r), { ok: true });
});
