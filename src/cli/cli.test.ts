// End to end through the real bin: exit codes, one-line coded errors, no stack traces, valid output.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { checkSpans, validateAnalysis } from '../core/schema.js';
import type { AnalysisResult } from '../core/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/claimscope.js');
let dir = '';

/** Every CLI result must satisfy the JSON Schema of the contract and keep its spans inside the text. */
function parseValid(json: string) {
  const value: unknown = JSON.parse(json);
  const schema = validateAnalysis(value);
  assert.ok(schema.ok, schema.ok ? '' : schema.errors.join('\n'));
  const spans = checkSpans(value as AnalysisResult);
  assert.ok(spans.ok, spans.ok ? '' : spans.errors.join('\n'));
  return value as AnalysisResult;
}

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimscope-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n \t\n');
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x4f, 0x6e, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'big.txt'), Buffer.alloc(50 * 1024 * 1024, 0x61));
  writeFileSync(join(dir, 'recipe.txt'), 'Mix the flour with two eggs and bake for twenty minutes.\n');
  writeFileSync(join(dir, 'bad.jsonl'), '{"id":"a","text":"On Sunday a roadside bomb killed two soldiers near Tikrit.","published":"2019-03-12"}\nnot json\n{"id":"c","text":""}\n{"id":"d","text":"x","published":"2019-02-30"}\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('bad input gets a coded one-line error and exit code 2', () => {
  const table: [string, () => string[], string][] = [
    ['missing file', () => ['analyze', join(dir, 'nope.txt')], 'input.missing_file'],
    ['empty file', () => ['analyze', join(dir, 'empty.txt')], 'input.empty'],
    ['whitespace-only file', () => ['analyze', join(dir, 'blank.txt')], 'input.empty'],
    ['binary file', () => ['analyze', join(dir, 'binary.bin')], 'input.binary'],
    ['invalid UTF-8', () => ['analyze', join(dir, 'latin1.txt')], 'input.invalid_utf8'],
    ['50 MB file', () => ['analyze', join(dir, 'big.txt')], 'input.too_large'],
    ['a folder', () => ['analyze', dir], 'input.unreadable'],
    ['bad --published', () => ['analyze', 'samples/news.txt', '--published', '2019-02-30'], 'usage.bad_date'],
    ['unknown option', () => ['analyze', 'samples/news.txt', '--frobnicate'], 'usage.bad_option'],
    ['unknown format', () => ['analyze', 'samples/news.txt', '--format', 'xml'], 'usage.bad_option'],
    ['unknown command', () => ['analyse', 'samples/news.txt'], 'usage.unknown_command'],
    ['no file', () => ['analyze'], 'usage.bad_option'],
    ['eval without gold', () => ['eval'], 'usage.bad_option'],
    ['eval with a missing gold file', () => ['eval', '--gold', join(dir, 'none.gold.json')], 'input.missing_file'],
    ['eval with a missing places set', () => ['eval', '--places', join(dir, 'none.json')], 'input.missing_file'],
    ['eval with a missing assessment set', () => ['eval', '--assessment', join(dir, 'none.jsonl')], 'input.missing_file'],
    ['eval with a malformed assessment set', () => ['eval', '--assessment', join(dir, 'bad.jsonl')], 'gold.invalid'],
    ['a threshold out of range', () => ['analyze', 'samples/news.txt', '--threshold', '1.5'], 'usage.bad_option'],
    ['a threshold that is no number', () => ['analyze', 'samples/news.txt', '--review-threshold', 'high'], 'usage.bad_option'],
    ['render without --neutral', () => ['render', 'samples/roundup.txt'], 'usage.bad_option'],
    ['render a missing file', () => ['render', join(dir, 'none.txt'), '--neutral'], 'input.missing_file'],
    ['render a binary file', () => ['render', join(dir, 'binary.bin'), '--neutral'], 'input.binary'],
    ['render an empty file', () => ['render', join(dir, 'empty.txt'), '--neutral'], 'input.empty'],
    ['render in an unknown format', () => ['render', 'samples/roundup.txt', '--neutral', '--format', 'html'], 'usage.bad_option'],
    ['gazetteer without an action', () => ['gazetteer'], 'usage.bad_option'],
    ['fingerprint without a file', () => ['fingerprint'], 'usage.bad_option'],
    ['bank without an action', () => ['bank', '--db', join(dir, 'banks.db')], 'usage.bad_option'],
    ['bank match on a missing bank', () => ['bank', 'match', 'nobank', 'samples/news.txt', '--db', join(dir, 'banks.db')], 'bank.not_found'],
    ['bank import of a malformed file', () => ['bank', 'import', join(dir, 'bad.jsonl'), '--db', join(dir, 'banks.db')], 'bank.bad_import'],
    ['bank export with a bad checkpoint', () => ['bank', 'export', 'x', '--after', 'yesterday', '--db', join(dir, 'banks.db')], 'usage.bad_option'],
    ['fingerprint a binary file', () => ['fingerprint', join(dir, 'binary.bin')], 'input.binary'],
  ];
  for (const [name, args, code] of table) {
    it(name, () => {
      const r = run(args());
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, '');
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], new RegExp(`^claimscope: error\\[${code.replace('.', '\\.')}\\] `));
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    });
  }
});

describe('render and gazetteer', () => {
  it('render --neutral --format json maps every replacement back to the original', () => {
    const r = run(['render', 'samples/roundup.txt', '--neutral', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { text: string; replacements: { neutral: { start: number; end: number }; original: { start: number; end: number }; rule: string }[] };
    assert.ok(out.replacements.length > 5);
    assert.doesNotMatch(out.text, /Khilafah|Rafidi|Nusayri/);
    for (const x of out.replacements) assert.ok(x.neutral.end <= out.text.length && x.original.start < x.original.end);
  });

  it('fingerprint writes one line per file, in the documented key order, TLSH of raw bytes equal to the library', () => {
    const r = run(['fingerprint', 'samples/roundup.txt', 'samples/news.txt']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 2);
    assert.deepEqual(Object.keys(lines[0]), ['file', 'sha256', 'md5', 'tlshRaw', 'normalizedSha256', 'tlsh', 'minhash', 'shingles']);
    assert.equal((lines[0].minhash as number[]).length, 128);
    assert.match(String(lines[0].tlshRaw), /^T1[0-9A-F]{70}$/);
    assert.match(String(lines[0].md5), /^[0-9a-f]{32}$/);
    assert.notEqual(lines[0].tlsh, lines[1].tlsh);
  });

  it('bank: add, match a near duplicate, export and import into a fresh database', () => {
    const db = join(dir, 'cli-banks.db');
    assert.equal(run(['bank', 'add', 'known', 'samples/roundup.txt', '--label', 'tier=1', '--db', db]).code, 0);
    const variant = join(dir, 'variant.txt');
    writeFileSync(variant, `Reposted.\n\n${readFileSync('samples/roundup.txt', 'utf8')}`);
    const m = JSON.parse(run(['bank', 'match', 'known', variant, '--db', db]).stdout);
    assert.equal(m.matches[0].verdict, 'strong');
    assert.deepEqual(m.matches[0].labels, { tier: '1' });
    const exported = run(['bank', 'export', 'known', '--db', db]).stdout;
    const dump = join(dir, 'dump.jsonl');
    writeFileSync(dump, exported);
    const db2 = join(dir, 'cli-banks-2.db');
    assert.equal(JSON.parse(run(['bank', 'import', dump, '--db', db2]).stdout).imported, 1);
    assert.equal(JSON.parse(run(['bank', 'match', 'known', variant, '--db', db2]).stdout).matches.length, 1);
    const news = JSON.parse(run(['bank', 'match', 'known', 'samples/news.txt', '--db', db]).stdout);
    assert.equal(news.matches.length, 0);
  });

  it('gazetteer info reports the index', () => {
    const r = run(['gazetteer', 'info']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.ok(out.places > 190_000 && out.names > 400_000);
  });
});

describe('analyze output', () => {
  it('a document with no incidents gives an empty events list and a coded issue', () => {
    const r = run(['analyze', join(dir, 'recipe.txt')]);
    assert.equal(r.code, 0, r.stderr);
    const out = parseValid(r.stdout);
    assert.deepEqual(out.events, []);
    assert.ok(out.issues.some((i) => i.code === 'document.no_incidents'));
  });

  it('a roundup yields events with dates resolved against --published', () => {
    const r = run(['analyze', 'samples/roundup.txt', '--published', '2016-11-10']);
    assert.equal(r.code, 0, r.stderr);
    const out = parseValid(r.stdout);
    assert.equal(out.schemaVersion, 1);
    assert.equal(out.events.length, 8);
    assert.equal(out.events[0].date.best, '2016-11-03');
    assert.equal(out.events[0].date.calendar, 'hijri');
    assert.equal(out.events[0].type.acledSubEventType, 'Suicide bomb');
  });

  it('standard input works with -', () => {
    const r = run(['analyze', '-', '--published', '2019-03-12'], 'Yesterday a roadside bomb killed two soldiers near Tikrit, police said.\n');
    assert.equal(r.code, 0, r.stderr);
    const out = parseValid(r.stdout);
    assert.equal(out.events.length, 1);
    assert.equal(out.events[0].date.best, '2019-03-11');
    const killed = out.events[0].casualties.killed;
    assert.deepEqual([killed?.low, killed?.best, killed?.high], [2, 2, 2]);
  });

  it('several files give JSON Lines, one result per file', () => {
    const r = run(['analyze', 'samples/roundup.txt', 'samples/news.txt', '--published', '2019-03-12']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map(parseValid);
    assert.deepEqual(lines.map((l) => l.document.id), ['samples/roundup.txt', 'samples/news.txt']);
  });

  it('a JSON Lines batch keeps going past bad records, reports each, and exits 2', () => {
    const r = run(['analyze', '--input', 'jsonl', join(dir, 'bad.jsonl')]);
    assert.equal(r.code, 2);
    const lines = r.stdout.trim().split('\n').map(parseValid);
    assert.deepEqual(lines.map((l) => l.document.id), ['a']);
    const errors = r.stderr.trim().split('\n');
    assert.deepEqual(errors.map((e) => /error\[([^\]]+)\]/.exec(e)?.[1]), ['input.bad_jsonl', 'input.empty', 'usage.bad_date']);
    assert.match(errors[0], /bad\.jsonl:2/);
  });

  it('the bundled batch analyses every record', () => {
    const r = run(['analyze', '--input', 'jsonl', 'samples/batch.jsonl']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').map(parseValid).length, 2);
  });
});

describe('analyze exports', () => {
  it('--format csv gives one ACLED-style row per event, fatalities as the low estimate, text fields quoted', () => {
    const r = run(['analyze', 'samples/roundup.txt', 'samples/news.txt', '--published', '2019-03-12', '--format', 'csv']);
    assert.equal(r.code, 0, r.stderr);
    const json = run(['analyze', 'samples/roundup.txt', 'samples/news.txt', '--published', '2019-03-12', '--format', 'jsonl']);
    const events = json.stdout.trim().split('\n').map(parseValid).flatMap((x) => x.events);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0]).slice(0, 7), ['event_id', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type']);
    assert.equal(rows.length, events.length);
    const first = events[0];
    assert.equal(rows[0].event_id, first.id);
    assert.equal(rows[0].event_date, first.date.best);
    assert.equal(rows[0].sub_event_type, 'Suicide bomb');
    assert.equal(rows[0].notes, first.summary);
    assert.equal(Number(rows[0].fatalities), (first.casualties.killed?.low ?? 0) + (first.casualties.perpetratorsKilled?.low ?? 0));
    assert.equal(rows[0].admin1_iso, 'IQ-NI');
    // ACLED names the country; the ISO code is in our own column.
    assert.equal(rows[0].country, 'Iraq');
    assert.equal(rows[0].country_iso, 'IQ');
  });

  it('--format csv on a document without incidents gives the header only', () => {
    const r = run(['analyze', '-', '--format', 'csv'], 'Mix the flour with two eggs and bake it.\n');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, 1);
  });

  it('--format geojson gives one FeatureCollection with a point per located event', () => {
    const r = run(['analyze', '--input', 'jsonl', 'samples/batch.jsonl', '--format', 'geojson']);
    assert.equal(r.code, 0, r.stderr);
    const fc = JSON.parse(r.stdout) as { type: string; features: { geometry: { type: string; coordinates: number[] } | null; properties: { subEventType: string } }[] };
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features.length, 12);
    const mosul = fc.features[0].geometry;
    assert.equal(mosul?.type, 'Point');
    assert.ok(mosul && Math.abs(mosul.coordinates[0] - 43.1) < 0.2 && Math.abs(mosul.coordinates[1] - 36.3) < 0.2, 'lon, lat order');
  });
});

describe('eval', () => {
  // Blind held-out sets: gates below their first measurements, so a regression shows.
  const HELD_OUT: readonly { dir: string; minF1: string; minEvents: number }[] = [
    { dir: 'fixtures/heldout', minF1: '0.75', minEvents: 40 },
    { dir: 'fixtures/heldout-2', minF1: '0.6', minEvents: 70 },
  ];
  for (const { dir, minF1, minEvents } of HELD_OUT) {
    it(`holds up on the blind held-out set ${dir} (F1 ≥ ${minF1} on every headline field)`, () => {
      const r = run(['eval', '--gold', dir, '--format', 'json', '--fail-under', minF1]);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(JSON.parse(r.stdout).goldEvents >= minEvents);
    });
  }

  it('meets the dev-set targets (F1 ≥ 0.9 for events, dates, types and casualties)', () => {
    const r = run(['eval', '--gold', 'fixtures/gold', '--format', 'json', '--fail-under', '0.9']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.ok(out.documents >= 15 && out.goldEvents >= 80);
  });

  it('meets the geocoding targets on the places dev set (country ≥ 0.98, truth inside the stated radius ≥ 0.9, no false places)', () => {
    const r = run(['eval', '--places', 'fixtures/geo/places.dev.json', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.ok(out.mentions >= 100 && out.negatives >= 25, 'set size');
    assert.ok(out.countryAccuracy >= 0.98, `country ${out.countryAccuracy}`);
    assert.ok(out.withinUncertainty >= 0.9, `within ${out.withinUncertainty}`);
    assert.equal(out.coordinates, 1);
    assert.equal(out.falsePlaces, 0);
  });

  it('refuses a malformed places set with a coded error', () => {
    const bad = join(dir, 'bad.places.json');
    writeFileSync(bad, JSON.stringify({ published: '2017-06-30', mentions: [{ id: 'x', section: null, text: 'In Mosul.', mention: 'Basra', expect: { country: 'IQ', admin1Code: null, precision: 'exact', lat: 1, lon: 2 } }] }));
    const r = run(['eval', '--places', bad]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /error\[gold\.invalid\]/);
  });

  it('meets the assessment targets on its dev set (propaganda F1 ≥ 0.95, ≤ 1 % false positives on reporting, ≥ 3 signals per propaganda label)', () => {
    const r = run(['eval', '--assessment', 'fixtures/assessment/dev.jsonl', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.ok(out.byLabel.propaganda >= 40 && out.byLabel.reporting >= 60 && out.byLabel.other >= 30, 'set size');
    assert.ok(out.propaganda.f1 >= 0.95, `F1 ${out.propaganda.f1}`);
    assert.ok(out.falsePositiveRateReporting <= 0.01, `FP ${out.falsePositiveRateReporting}`);
    assert.ok(out.minSignalsOnPropaganda >= 3);
    assert.ok(out.brier < 0.1, `Brier ${out.brier}`);
  });

  const ASSESSMENT_HELD_OUT: readonly { file: string; minTexts: number; minF1: number; maxFp: number }[] = [
    { file: 'fixtures/assessment-heldout/heldout.jsonl', minTexts: 60, minF1: 0.75, maxFp: 0.05 },
    { file: 'fixtures/assessment-heldout-2/heldout2.jsonl', minTexts: 100, minF1: 0.7, maxFp: 0.02 },
  ];
  for (const { file, minTexts, minF1, maxFp } of ASSESSMENT_HELD_OUT) {
    it(`holds up on the blind assessment set ${file} (F1 ≥ ${minF1}, false positives on reporting ≤ ${maxFp * 100} %)`, () => {
      const r = run(['eval', '--assessment', file, '--format', 'json']);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.ok(out.texts >= minTexts);
      assert.ok(out.propaganda.f1 >= minF1, `F1 ${out.propaganda.f1}`);
      assert.ok(out.falsePositiveRateReporting <= maxFp, `FP ${out.falsePositiveRateReporting}`);
    });
  }
});
