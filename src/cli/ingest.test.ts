// claimscope ingest: summaries and codes, kill -9 mid-run (nothing committed lost, nothing
// half-written, a re-run finishes without duplicates) and two processes ingesting the same file
// (stored once) — on SQLite and on PostgreSQL. Documents come from the invented corpus generator.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generateCorpus } from '../../bench/corpus.js';
import { PgDb } from '../store/postgres/pg-db.js';
import { SqliteDb } from '../store/sqlite/sqlite-db.js';
import type { Db } from '../store/sql/db.js';
import { postgresUrl } from '../store/test-stores.js';

const BIN = join(process.cwd(), 'bin', 'claimscope.js');
const dir = mkdtempSync(join(tmpdir(), 'claimscope-ingest-'));
let schemas = 0;

interface Target { name: string; args: string[]; open(): Promise<Db>; cleanup(): Promise<void> }

function sqliteTarget(file: string): Target {
  return { name: 'sqlite', args: ['--db', file], open: async () => new SqliteDb(file), cleanup: async () => undefined };
}

function pgTarget(): Target {
  const schema = `cs_ingest_${process.pid}_${++schemas}`;
  const url = `${postgresUrl()}${postgresUrl().includes('?') ? '&' : '?'}schema=${schema}`;
  return {
    name: 'postgres', args: ['--database-url', url],
    open: () => PgDb.open({ url: postgresUrl(), schema }),
    cleanup: async () => { const db = await PgDb.open({ url: postgresUrl(), max: 1, migrate: false }); await db.dropSchema(schema); await db.close(); },
  };
}

const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
const summaryOf = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number>;

/** Every stored document has its analyses, each analysis all its events; no event without its analysis. */
async function checkWhole(db: Db): Promise<{ documents: number; analyses: number; events: number }> {
  return db.read(async (q) => {
    const n = async (sql: string) => (await q.get<{ n: number }>(sql))!.n;
    assert.equal(await n('SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM analyses a WHERE a.id = d.latest_analysis AND a.document = d.id)'), 0, 'a document without its analysis');
    assert.equal(await n('SELECT count(*) AS n FROM analyses a WHERE a.events <> (SELECT count(*) FROM events e WHERE e.analysis = a.id)'), 0, 'an analysis missing events');
    assert.equal(await n('SELECT count(*) AS n FROM documents d WHERE d.events <> (SELECT count(*) FROM events e WHERE e.document = d.id AND e.current = 1)'), 0, 'current events out of step');
    assert.equal(await n("SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM audit WHERE target = 'document:' || d.id)"), 0, 'an ingest not audited');
    assert.equal(await n('SELECT count(*) AS n FROM (SELECT document FROM analyses GROUP BY document, pipeline, published_key HAVING count(*) > 1) x'), 0, 'a duplicate analysis');
    return { documents: await n('SELECT count(*) AS n FROM documents'), analyses: await n('SELECT count(*) AS n FROM analyses'), events: await n('SELECT count(*) AS n FROM events') };
  });
}

const corpus = generateCorpus({ bytes: 1_500_000, seed: 21 });
const distinct = new Set(corpus.map((d) => d.text)).size;
const folder = join(dir, 'corpus');
mkdirSync(join(folder, 'nested'), { recursive: true });
corpus.forEach((d, i) => writeFileSync(join(folder, i % 2 ? 'nested' : '', `doc-${String(i).padStart(5, '0')}.txt`), d.text));
const jsonl = join(dir, 'same.jsonl');
writeFileSync(jsonl, corpus.slice(0, 60).map((d, i) => JSON.stringify({ id: `r${i}`, text: d.text, published: d.published })).join('\n'));

describe('ingest: inputs and codes', () => {
  it('a batch with bad inputs goes on, reports each with its code, exits 2', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x41, 0, 0x42, 0]));
    writeFileSync(join(bad, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    writeFileSync(join(bad, 'empty.txt'), '  \n');
    writeFileSync(join(bad, 'ok.txt'), corpus[0].text);
    writeFileSync(join(bad, 'image.png'), Buffer.from([0x89, 0x50]));
    writeFileSync(join(bad, 'lines.jsonl'), `{"text": "${corpus[1].text.slice(0, 200).replace(/["\\\n]/g, ' ')}"}\nnot json\n{"id": 3}\n{"text": "x", "published": "2016-13-01"}\n`);
    const r = run(['ingest', bad, join(dir, 'missing.txt'), '--db', join(dir, 'bad.db')]);
    assert.equal(r.status, 2);
    const codes = r.stderr.trim().split('\n').map((l) => /error\[([\w.]+)\]/.exec(l)?.[1]).sort();
    assert.deepEqual(codes, ['input.bad_jsonl', 'input.bad_jsonl', 'input.binary', 'input.empty', 'input.invalid_utf8', 'input.missing_file', 'usage.bad_date']);
    const s = summaryOf(r.stdout);
    assert.deepEqual([s.inputs, s.documents, s.new, s.failed], [5, 2, 2, 7]);
  });

  for (const [name, args, code] of [
    ['no path', ['ingest'], 'usage.bad_option'],
    ['a bad --published', ['ingest', 'samples', '--published', '2016-02-30'], 'usage.bad_date'],
    ['a bad --threads', ['ingest', 'samples', '--threads', 'many'], 'usage.bad_option'],
    ['two stores', ['ingest', 'samples', '--db', 'x.db', '--database-url', 'postgres://h/x'], 'usage.bad_option'],
    ['a URL that is not PostgreSQL', ['ingest', 'samples', '--database-url', 'mysql://h/x'], 'usage.bad_option'],
  ] as const) {
    it(`refuses ${name} with ${code}`, () => {
      const r = run([...args]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, new RegExp(`error\\[${code.replace('.', '\\.')}\\]`));
    });
  }
});

for (const make of [() => sqliteTarget(join(dir, `kill-${Date.now()}.db`)), pgTarget]) {
  describe(`ingest durability: ${make === pgTarget ? 'postgres' : 'sqlite'}`, () => {
    it('kill -9 mid-run loses nothing committed, leaves nothing half-written; a re-run finishes without duplicates', async () => {
      const target = make();
      const child = spawn(process.execPath, [BIN, 'ingest', folder, ...target.args], { stdio: 'ignore', env: { ...process.env, DATABASE_URL: '' } });
      const db = await target.open();
      let seen = 0;
      for (let i = 0; i < 600 && seen < 40; i++) {
        await new Promise((r) => setTimeout(r, 50));
        seen = await db.read(async (q) => (await q.get<{ n: number }>('SELECT count(*) AS n FROM documents'))!.n);
      }
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      assert.ok(seen >= 40, `ingest got going (${seen} documents)`);
      const killed = await checkWhole(db);
      assert.ok(killed.documents < distinct, `killed before the end (${killed.documents} of ${distinct})`);
      if (db instanceof SqliteDb) assert.equal(db.integrity(), 'ok');
      const r = run(['ingest', folder, ...target.args]);
      assert.equal(r.status, 0, r.stderr);
      const s = summaryOf(r.stdout);
      assert.equal(s.new + s.unchanged, corpus.length);
      assert.ok(s.unchanged >= killed.documents);
      const whole = await checkWhole(db);
      assert.equal(whole.documents, distinct);
      assert.equal(whole.analyses, distinct);
      await db.close();
      await target.cleanup();
    });

    it('two processes ingesting the same file at once store each document once', async () => {
      const target = make();
      const start = () => new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const c = spawn(process.execPath, [BIN, 'ingest', jsonl, ...target.args], { env: { ...process.env, DATABASE_URL: '' } });
        let out = '';
        let err = '';
        c.stdout.on('data', (b: Buffer) => { out += b.toString(); });
        c.stderr.on('data', (b: Buffer) => { err += b.toString(); });
        c.on('exit', (code) => resolve({ code, out, err }));
      });
      const [a, b] = await Promise.all([start(), start()]);
      assert.deepEqual([a.code, b.code], [0, 0], a.err + b.err);
      const [sa, sb] = [summaryOf(a.out), summaryOf(b.out)];
      const unique = new Set(corpus.slice(0, 60).map((d) => `${d.text}\u0000${d.published}`)).size;
      assert.equal(sa.new + sb.new, unique, 'each document is new to exactly one process');
      const db = await target.open();
      const whole = await checkWhole(db);
      assert.equal(whole.analyses, unique);
      await db.close();
      await target.cleanup();
    });
  });
}
