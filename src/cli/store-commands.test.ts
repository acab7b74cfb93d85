// keys and export on the command line: outputs, filters, and coded refusals.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { hashKey, keyId } from '../api/keys.js';
import { openSqliteStore } from '../store/open.js';

const dir = mkdtempSync(join(tmpdir(), 'claimscope-cli-store-'));
const db = join(dir, 'c.db');
const run = (args: string[]) => spawnSync(process.execPath, ['bin/claimscope.js', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
const codeOf = (stderr: string) => /error\[([\w.]+)\]/.exec(stderr)?.[1];

describe('keys and export', () => {
  before(() => { assert.equal(run(['ingest', 'samples/batch.jsonl', '--db', db]).status, 0); });

  it('keys create prints the key once; only its hash is stored; list and revoke', async () => {
    const made = run(['keys', 'create', '--role', 'analyst', '--name', 'desk', '--db', db]);
    assert.equal(made.status, 0, made.stderr);
    const k = JSON.parse(made.stdout) as { key: string; id: string; role: string; createdBy: string };
    assert.equal(keyId(k.key), k.id);
    assert.equal(k.role, 'analyst');
    assert.match(k.createdBy, /^cli:/);
    const store = openSqliteStore(db);
    assert.equal((await store.keyForAuth(k.id))!.hash, hashKey(k.key));
    await store.close();
    const listed = run(['keys', 'list', '--db', db]).stdout;
    assert.equal(listed.includes(k.key), false);
    assert.equal(listed.includes(k.id), true);
    const revoked = JSON.parse(run(['keys', 'revoke', k.id, '--db', db]).stdout) as { revoked: string | null };
    assert.ok(revoked.revoked);
  });

  it('export: ACLED-style CSV, filtered; GeoJSON; JSON Lines', () => {
    const csv = run(['export', '--format', 'acled-csv', '--country', 'sy', '--db', db]);
    assert.equal(csv.status, 0, csv.stderr);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    assert.ok(rows.length > 0 && rows.every((r) => r.country === 'Syria' && r.country_iso === 'SY' && r.review_status === 'draft'));
    const geo = JSON.parse(run(['export', '--format', 'geojson', '--db', db]).stdout) as { type: string; features: unknown[] };
    assert.equal(geo.type, 'FeatureCollection');
    const lines = run(['export', '--format', 'jsonl', '--db', db]).stdout.trim().split('\n');
    assert.equal(lines.length, geo.features.length);
    assert.equal(run(['export', '--format', 'jsonl', '--q', 'zzyzx', '--db', db]).stdout, '');
  });

  for (const [name, args, code] of [
    ['keys without an action', ['keys'], 'usage.bad_option'],
    ['keys create without a role', ['keys', 'create'], 'usage.bad_option'],
    ['keys create with an unknown role', ['keys', 'create', '--role', 'owner'], 'usage.bad_option'],
    ['keys revoke of an unknown key', ['keys', 'revoke', 'ffffffffffff'], 'key.not_found'],
    ['export without a format', ['export'], 'usage.bad_option'],
    ['export to an unknown format', ['export', '--format', 'xlsx'], 'usage.bad_option'],
    ['export with a day that does not exist', ['export', '--format', 'jsonl', '--from', '2016-02-30'], 'usage.bad_date'],
    ['export with an unknown status', ['export', '--format', 'jsonl', '--status', 'lost'], 'usage.bad_option'],
    ['export with a bad country', ['export', '--format', 'jsonl', '--country', 'Iraq'], 'usage.bad_option'],
    ['serve with a bad port', ['serve', '--port', 'eighty'], 'usage.bad_option'],
    ['serve with an unknown option', ['serve', '--colour'], 'usage.bad_option'],
  ] as const) {
    it(`refuses ${name}: ${code}`, () => {
      const r = run(args[0] === 'serve' ? [...args] : [...args, '--db', db]);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(codeOf(r.stderr), code);
    });
  }
});
