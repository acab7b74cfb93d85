// The analyze pool gives what analyze() gives; the first start makes one admin key (file mode 0600);
// `claimscope serve` starts, answers, refuses an unauthenticated write and stops on SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, renderNeutralText } from '../analyze.js';
import { openSqliteStore } from '../store/open.js';
import { poolAnalyzer } from './analyzer.js';
import { firstAdminKey } from './listen.js';
import { keyId } from './keys.js';

const NEWS = readFileSync('samples/news.txt', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'claimscope-listen-'));

test('the worker pool returns what analyze() returns, and the same pipeline fingerprint', async () => {
  const pool = poolAnalyzer(1);
  try {
    const want = analyze(NEWS, { published: '2019-03-12', id: 'n' });
    assert.equal(await pool.analyzeJson(NEWS, { published: '2019-03-12', id: 'n' }), JSON.stringify(want));
    assert.deepEqual(await pool.analyze(NEWS, { published: '2019-03-12', id: 'n' }), want);
    assert.equal(await pool.pipeline(), want.pipeline.fingerprint);
    assert.deepEqual(await pool.neutral(NEWS), renderNeutralText(NEWS));
  } finally {
    await pool.close();
  }
});

test('first start: one admin key, written once with mode 0600', async () => {
  const store = openSqliteStore(join(dir, 'keys.db'));
  const file = join(dir, 'admin.key');
  const key = await firstAdminKey(store, file);
  assert.ok(key && keyId(key));
  assert.equal(readFileSync(file, 'utf8').trim(), key);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.deepEqual((await store.keys()).map((k) => k.role), ['admin']);
  assert.equal(await firstAdminKey(store, file), null);
  await store.close();
});

test('claimscope serve: answers, refuses an unauthenticated write (401), stops on SIGTERM', async () => {
  const child = spawn(process.execPath, ['bin/claimscope.js', 'serve', '--db', join(dir, 'serve', 'serve.db'), '--port', '0', '--threads', '1', '--quiet'], { env: { ...process.env, DATABASE_URL: '' } });
  let err = '';
  child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
  try {
    for (let i = 0; i < 200 && !/serving http:\/\/[\d.]+:\d+/.test(err); i++) await new Promise((r) => setTimeout(r, 100));
    const base = /serving (http:\/\/[\d.]+:\d+)/.exec(err)?.[1];
    assert.ok(base, err);
    assert.match(err, /an admin key was made/);
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    const write = await fetch(`${base}/v1/documents`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: NEWS });
    assert.equal(write.status, 401);
    assert.equal(((await write.json()) as { error: { code: string } }).error.code, 'auth.missing_key');
    const key = readFileSync(join(dir, 'serve', 'admin.key'), 'utf8').trim();
    const ok = await fetch(`${base}/v1/documents`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${key}` }, body: NEWS });
    assert.equal(ok.status, 201);
  } finally {
    child.kill('SIGTERM');
  }
  const code = await new Promise((r) => child.once('exit', r));
  assert.equal(code, 0);
});
