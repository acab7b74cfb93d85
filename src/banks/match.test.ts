// Banks on SQLite: exact and near-duplicate matching, verdicts, tombstones, allow-banks, deltas.
// Texts are neutral and invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fingerprints } from '../fingerprint/fingerprints.js';
import { openSqliteStore } from '../store/open.js';
import { match } from './match.js';
import { bandKeys, BANDS } from './lsh.js';

const A = 'The committee met on Tuesday to discuss the new budget for the public library, the parks and the swimming pool. Members asked for a report on the costs of repairs to the roof of the old school, and the chair said the council would publish it before the next meeting in the spring. The library will stay open on Sundays until the summer, and the parks team will plant two hundred trees along the river path.';
const B = 'Rain is expected over the northern hills on Friday, with snow above 1,500 metres and strong winds along the coast. Ferries may be cancelled on Saturday morning, and drivers are asked to check the roads before setting out. Temperatures will rise again from Monday, with sunny spells in the south and light showers in the west.';

async function storeWith(...texts: string[]) {
  const store = openSqliteStore(':memory:');
  await store.createBank('known', 'block');
  for (const [i, t] of texts.entries()) await store.putItem({ bank: 'known', id: `item-${i}`, signals: fingerprints(t), labels: { tier: '1' }, status: 'active' });
  return store;
}

const CASES: ReadonlyArray<{ name: string; query: string; verdict: 'strong' | 'review' | null; signal?: string }> = [
  { name: 'the same text', query: A, verdict: 'strong', signal: 'sha256' },
  { name: 'reformatted (case, spacing, punctuation)', query: A.toUpperCase().replace(/ /g, '  ').replace(/,/g, ' ;'), verdict: 'strong', signal: 'normalizedSha256' },
  { name: 'a header and footer added', query: `Shared from a forum. ${A} Posted yesterday.`, verdict: 'strong' },
  { name: 'paragraph order shuffled', query: A.split('. ').reverse().join('. '), verdict: 'strong' },
  { name: '5 % of words edited', query: A.split(' ').map((w, i) => (i % 20 === 7 ? 'changed' : w)).join(' '), verdict: 'strong' },
  // must NOT match:
  { name: 'an unrelated text', query: B, verdict: null },
  { name: 'a short unrelated line', query: 'Tickets for the concert go on sale next week.', verdict: null },
];

for (const c of CASES) {
  test(`match: ${c.name}`, async () => {
    const store = await storeWith(A, B.split('').reverse().join(''));
    const r = await match(store, ['known'], fingerprints(c.query));
    const hit = r.matches.find((m) => m.item === 'item-0');
    if (c.verdict === null) assert.equal(hit, undefined, JSON.stringify(r.matches));
    else {
      assert.ok(hit, 'a match');
      assert.equal(hit.verdict, c.verdict);
      if (c.signal) assert.equal(hit.signal, c.signal);
      assert.deepEqual(hit.labels, { tier: '1' });
    }
    await store.close();
  });
}

test('tombstoned and disabled items never match; a tombstone drops the signals but keeps the id', async () => {
  const store = await storeWith(A);
  await store.setStatus('known', 'item-0', 'disabled');
  assert.equal((await match(store, ['known'], fingerprints(A))).matches.length, 0);
  await store.setStatus('known', 'item-0', 'tombstone');
  const t = (await store.item('known', 'item-0'))!;
  assert.equal(t.status, 'tombstone');
  assert.equal(t.signals.minhash, null);
  assert.equal((await match(store, ['known'], fingerprints(A))).matches.length, 0);
  await store.close();
});

test('an allow-bank match suppresses block matches', async () => {
  const store = await storeWith(A);
  await store.createBank('news', 'allow');
  await store.putItem({ bank: 'news', id: 'n1', signals: fingerprints(A), labels: { source: 'wire' }, status: 'active' });
  const r = await match(store, ['known'], fingerprints(A));
  assert.equal(r.matches.length, 0);
  assert.equal(r.suppressed[0].item, 'item-0');
  assert.equal(r.allowedBy[0].bank, 'news');
  await store.close();
});

test('per-bank thresholds: a strict bank sends a near duplicate to review', async () => {
  const store = openSqliteStore(':memory:');
  await store.createBank('strict', 'block', { strongJaccard: 1, strongTlsh: -1 });
  await store.putItem({ bank: 'strict', id: 'x', signals: fingerprints(A), labels: {}, status: 'active' });
  const r = await match(store, ['strict'], fingerprints(`Shared from a forum. ${A}`));
  assert.equal(r.matches[0]?.verdict, 'review');
  await store.close();
});

test('export deltas: changes after a checkpoint, tombstones included, in order', async () => {
  const store = await storeWith(A, B);
  const all = await store.changes('known', null);
  assert.deepEqual(all.map((i) => i.id), ['item-0', 'item-1']);
  const checkpoint = { updated: all[1].updated, id: all[1].id };
  assert.equal((await store.changes('known', checkpoint)).length, 0);
  await store.setStatus('known', 'item-0', 'tombstone');
  const delta = await store.changes('known', checkpoint);
  assert.deepEqual(delta.map((i) => [i.id, i.status]), [['item-0', 'tombstone']]);
  await store.close();
});

test('LSH band keys: deterministic, 32 bands, equal signatures share every band', async () => {
  const sig = fingerprints(A).minhash!;
  assert.equal(bandKeys(sig).length, BANDS);
  assert.deepEqual(bandKeys(sig), bandKeys([...sig]));
  assert.throws(() => bandKeys([1, 2, 3]), RangeError);
});

test('zero matches across unrelated pairs (60 invented texts of random words: 1,770 pairs)', async () => {
  let seed = 7;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vel', 'no', 'ri', 'dan', 'po', 'li', 'mar', 'ek', 'zu', 'fa'];
  const word = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join('');
  const texts = Array.from({ length: 60 }, () => Array.from({ length: 80 }, word).join(' ') + '.');
  const store = openSqliteStore(':memory:');
  await store.createBank('b', 'block');
  for (const [i, t] of texts.entries()) await store.putItem({ bank: 'b', id: String(i), signals: fingerprints(t), labels: {}, status: 'active' });
  const wrong: string[] = [];
  for (const [i, t] of texts.entries()) for (const m of (await match(store, ['b'], fingerprints(t))).matches) if (m.item !== String(i)) wrong.push(`${i}~${m.item} ${m.signal} ${m.similarity ?? m.distance}`);
  assert.deepEqual(wrong, []);
  await store.close();
});

test('a bank file persists across reopening; migrations run once', async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const file = join(mkdtempSync(join(tmpdir(), 'claimscope-bank-')), 'banks.db');
  const first = openSqliteStore(file);
  await first.createBank('kept', 'block', { reviewTlsh: 60 });
  await first.putItem({ bank: 'kept', id: 'a', signals: fingerprints(A), labels: { tier: '2' }, status: 'active' });
  await first.close();
  const again = openSqliteStore(file);
  assert.equal((await again.bank('kept'))?.thresholds.reviewTlsh, 60);
  assert.deepEqual((await again.item('kept', 'a'))?.labels, { tier: '2' });
  assert.equal((await match(again, ['kept'], fingerprints(A))).matches[0]?.verdict, 'strong');
  await again.close();
});
