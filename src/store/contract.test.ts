// The Store contract: the same cases on SQLite and on PostgreSQL (a real server; never skipped).
// Documents are the bundled invented samples and generated corpus documents.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../analyze.js';
import type { AnalysisResult, ClaimEvent } from '../core/types.js';
import { ClaimScopeError } from '../core/errors.js';
import { fingerprints } from '../fingerprint/fingerprints.js';
import { match } from '../banks/match.js';
import { generateCorpus } from '../../bench/corpus.js';
import type { EventFilter, Store } from './store.js';
import { BACKENDS, type TestStore } from './test-stores.js';

const ROUNDUP = readFileSync('samples/roundup.txt', 'utf8');
const NEWS = readFileSync('samples/news.txt', 'utf8');
const roundup = analyze(ROUNDUP, { id: 'roundup', published: '2016-11-10' });
const news = analyze(NEWS, { id: 'news', published: '2019-03-12' });
const ctx = { by: 'key:test0001' };

const input = (text: string, result: AnalysisResult, name: string | null = null) =>
  ({ text, result, name, title: null, published: result.document.published });

async function codeOf(p: Promise<unknown>): Promise<string> {
  try { await p; } catch (e) { if (e instanceof ClaimScopeError) return e.code; throw e; }
  return 'no error';
}

// Filters, each with the same rule written over the analysed events in JS.
const FILTERS: ReadonlyArray<[string, EventFilter, (e: ClaimEvent) => boolean]> = [
  ['country', { country: 'sy' }, (e) => e.location.country === 'SY'],
  ['admin1 by name', { admin1: 'nineveh' }, (e) => e.location.admin1 === 'Nineveh'],
  ['admin1 by ISO code', { admin1: 'SY-DY' }, (e) => e.location.admin1Code === 'SY-DY'],
  ['from', { from: '2016-11-06' }, (e) => (e.date.latest ?? e.date.best ?? '') >= '2016-11-06'],
  ['to', { to: '2016-11-04' }, (e) => e.date.best !== null && (e.date.earliest ?? e.date.best) <= '2016-11-04'],
  ['from and to', { from: '2016-11-05', to: '2016-11-06' }, (e) => (e.date.latest ?? '') >= '2016-11-05' && (e.date.earliest ?? '9') <= '2016-11-06'],
  ['ACLED sub-event type', { type: 'armed clash' }, (e) => e.type.acledSubEventType === 'Armed clash'],
  ['actor, part of a name', { actor: 'mobilization' }, (e) => e.actors.some((a) => a.canonical.includes('Mobilization'))],
  ['free text, a word of the incident', { q: 'gogjali' }, (e) => ROUNDUP.slice(e.span.start, e.span.end).includes('Gogjali')],
  ['free text, a prefix, folded', { q: 'GOGJ' }, (e) => ROUNDUP.slice(e.span.start, e.span.end).includes('Gogjali')],
  // must match nothing:
  ['an unknown country', { country: 'FR' }, () => false],
  ['a date range before everything', { to: '2001-01-01' }, () => false],
  ['a word in no incident', { q: 'zzyzx' }, () => false],
  ['an actor nobody named', { actor: 'nobody at all' }, () => false],
  ['status rejected (none yet)', { status: ['rejected'] }, () => false],
];

for (const backend of BACKENDS) {
  describe(`store contract: ${backend.name}`, () => {
    let t: TestStore;
    let store: Store;
    before(async () => { t = await backend.open(); store = t.store; });
    after(async () => { await t.cleanup(); });

    it('ingest stores a document once; the same text again is unchanged, with the same ids', async () => {
      const first = await store.ingest(input(ROUNDUP, roundup, 'samples/roundup.txt'), ctx);
      assert.equal(first.status, 'new');
      assert.equal(first.documentId, roundup.fingerprints.sha256);
      assert.equal(first.events, roundup.events.length);
      const again = await store.ingest(input(ROUNDUP, roundup, 'copy/roundup.txt'), ctx);
      assert.deepEqual([again.status, again.analysisId, again.documentId], ['unchanged', first.analysisId, first.documentId]);
      assert.deepEqual(await store.findAnalysis(first.documentId, roundup.pipeline.fingerprint, '2016-11-10'), { id: first.analysisId, events: roundup.events.length });
      assert.equal(await store.findAnalysis(first.documentId, roundup.pipeline.fingerprint, null), null);
      assert.equal(await store.addName(first.documentId, 'copy/roundup.txt', ctx), false);
      assert.equal(await store.addName('0'.repeat(64), 'x', ctx), false);
      const doc = (await store.document(first.documentId))!;
      assert.equal(doc.text, ROUNDUP);
      assert.deepEqual(doc.names, ['copy/roundup.txt', 'samples/roundup.txt']);
      assert.deepEqual([doc.analyses, doc.events, doc.label], [1, roundup.events.length, roundup.assessment.label]);
      const audit = await store.auditLog({ limit: 10, offset: 0, target: `document:${first.documentId}` });
      assert.deepEqual(audit.items.map((a) => [a.action, a.by]), [['document.name', ctx.by], ['document.ingest', ctx.by]]);
    });

    it('the analysis is stored as produced, with its events under review', async () => {
      const id = (await store.documents({ limit: 10, offset: 0 })).items[0].latestAnalysis;
      const a = (await store.analysis(id))!;
      assert.deepEqual(a.result, roundup);
      assert.equal(a.pipeline, roundup.pipeline.fingerprint);
      assert.deepEqual(a.reviewed.map((e) => [e.ordinal, e.status, e.version, e.current]), roundup.events.map((_, i) => [i, 'draft', 1, true]));
      assert.deepEqual(a.reviewed.map((e) => e.event), roundup.events);
      assert.equal(await store.analysis(999_999), null);
    });

    it('documents: list, label filter, free-text search, paging', async () => {
      await store.ingest(input(NEWS, news, 'samples/news.txt'), ctx);
      const all = await store.documents({ limit: 10, offset: 0 });
      assert.equal(all.total, 2);
      assert.equal(all.items[0].id, news.fingerprints.sha256); // most recently updated first
      assert.equal((await store.documents({ limit: 1, offset: 1 })).items[0].id, roundup.fingerprints.sha256);
      assert.equal((await store.documents({ limit: 10, offset: 0, label: news.assessment.label })).items.every((d) => d.label === news.assessment.label), true);
      assert.deepEqual((await store.documents({ limit: 10, offset: 0, q: 'gogjali' })).items.map((d) => d.id), [roundup.fingerprints.sha256]);
      assert.equal((await store.documents({ limit: 10, offset: 0, q: 'zzyzx' })).total, 0);
      assert.equal((await store.documents({ limit: 10, offset: 0, q: '!!' })).total, 2); // no words: no filter
      assert.equal(await store.document('0'.repeat(64)), null);
    });

    for (const [name, filter, rule] of FILTERS) {
      it(`events filter: ${name}`, async () => {
        const expected = roundup.events.filter(rule).map((e) => e.id);
        const page = await store.events({ ...filter, documentId: roundup.fingerprints.sha256, limit: 100, offset: 0, sort: 'id' });
        assert.deepEqual(page.items.map((e) => e.event.id), expected);
        assert.equal(page.total, expected.length);
      });
    }

    it('events: paging, totals and sorting', async () => {
      const total = roundup.events.length + news.events.length;
      const first = await store.events({ limit: 3, offset: 0, sort: 'id' });
      assert.equal(first.total, total);
      assert.equal(first.items.length, 3);
      const rest = await store.events({ limit: 100, offset: 3, sort: 'id' });
      assert.equal(rest.items.length, total - 3);
      const ids = [...first.items, ...rest.items].map((e) => e.id);
      assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
      const byDate = (await store.events({ limit: 100, offset: 0, sort: '-date' })).items.map((e) => e.event.date.best ?? '');
      assert.deepEqual(byDate, [...byDate].sort().reverse());
      const seen: number[] = [];
      for await (const e of store.eachEvent({})) seen.push(e.id);
      assert.deepEqual(seen, [...ids]);
    });

    it('an edit records before/after, who and when; verify and reject; If-Match', async () => {
      const ev = (await store.events({ documentId: roundup.fingerprints.sha256, limit: 1, offset: 0, sort: 'id' })).items[0];
      const edited = await store.changeEvent(ev.id, { patch: { summary: 'Edited summary.', location: { name: 'Gogjali village', lat: 36.35, lon: 43.23 }, casualties: { killed: { low: 21, best: 25, high: 30 } } }, ifVersion: 1 }, ctx);
      assert.equal(edited.version, 2);
      assert.deepEqual(edited.edited, ['summary', 'location.name', 'location.lat', 'location.lon', 'casualties.killed']);
      assert.equal(edited.event.summary, 'Edited summary.');
      assert.deepEqual(edited.event.casualties.killed && [edited.event.casualties.killed.low, edited.event.casualties.killed.best, edited.event.casualties.killed.high], [21, 25, 30]);
      assert.equal(await codeOf(store.changeEvent(ev.id, { patch: { summary: 'Stale.' }, ifVersion: 1 }, ctx)), 'event.version_conflict');
      assert.equal(await codeOf(store.changeEvent(ev.id, { patch: { date: { best: '2016-02-30' } } }, ctx)), 'event.bad_edit');
      assert.equal(await codeOf(store.changeEvent(ev.id, { patch: { location: { lat: 95, lon: 0 } } }, ctx)), 'event.bad_edit');
      assert.equal(await codeOf(store.changeEvent(ev.id, { patch: { casualties: { killed: { low: 9, best: 5, high: null } } } }, ctx)), 'event.bad_edit');
      assert.equal(await codeOf(store.changeEvent(999_999, { patch: { summary: 'x' } }, ctx)), 'event.not_found');
      assert.equal((await store.event(ev.id))!.version, 2, 'refused edits change nothing');
      const verified = await store.changeEvent(ev.id, { patch: { status: 'verified' }, note: 'checked against a wire report' }, { by: 'key:test0002' });
      assert.deepEqual([verified.status, verified.version], ['verified', 3]);
      const same = await store.changeEvent(ev.id, { patch: { status: 'verified' } }, ctx);
      assert.equal(same.version, 3, 'no change, no new version');
      const history = await store.eventHistory(ev.id);
      assert.deepEqual(history.map((h) => [h.action, h.by]), [['edit', ctx.by], ['verify', 'key:test0002']]);
      assert.deepEqual(history[0].after, { summary: 'Edited summary.', 'location.name': 'Gogjali village', 'location.lat': 36.35, 'location.lon': 43.23, 'casualties.killed': { low: 21, best: 25, high: 30 } });
      assert.equal((history[0].before as Record<string, unknown>).summary, ev.event.summary);
      assert.deepEqual(history[1].before, { status: 'draft' });
      assert.equal(history[1].note, 'checked against a wire report');
      assert.deepEqual((await store.events({ status: ['verified'], limit: 10, offset: 0 })).items.map((e) => e.id), [ev.id]);
      assert.deepEqual((await store.events({ q: 'edited', limit: 10, offset: 0 })).items.map((e) => e.id), [ev.id], 'search follows the edit');
      const second = (await store.events({ documentId: roundup.fingerprints.sha256, limit: 2, offset: 0, sort: 'id' })).items[1];
      assert.equal((await store.changeEvent(second.id, { patch: { status: 'rejected' } }, ctx)).status, 'rejected');
      const audit = await store.auditLog({ limit: 10, offset: 0, target: `event:${ev.id}` });
      assert.deepEqual(audit.items.map((a) => a.action), ['event.verify', 'event.edit']);
    });

    it('re-analysis keeps history; reviewed events carry their status and edits to the new analysis', async () => {
      const docId = roundup.fingerprints.sha256;
      const before = (await store.events({ documentId: docId, limit: 100, offset: 0, sort: 'id' })).items;
      const again = analyze(ROUNDUP, { id: 'roundup', published: '2016-11-11' });
      const out = await store.ingest(input(ROUNDUP, again), ctx);
      assert.equal(out.status, 'reanalysed');
      const analyses = await store.analyses(docId);
      assert.deepEqual(analyses.map((a) => [a.published, a.latest]), [['2016-11-10', false], ['2016-11-11', true]]);
      const now = (await store.events({ documentId: docId, limit: 100, offset: 0, sort: 'id' })).items;
      assert.equal(now.length, again.events.length);
      assert.ok(now.every((e) => e.analysisId === out.analysisId && e.current));
      assert.deepEqual(now.slice(0, 2).map((e) => e.status), ['verified', 'rejected']);
      assert.equal(now[0].event.summary, 'Edited summary.');
      assert.deepEqual((await store.eventHistory(now[0].id)).map((h) => [h.action, h.note]), [['carry', `from event ${before[0].id}`]]);
      assert.equal(now[2].status, 'draft');
      const all = await store.events({ documentId: docId, scope: 'all', limit: 100, offset: 0 });
      assert.equal(all.total, before.length + now.length);
      assert.equal((await store.event(before[0].id))!.current, false);
      assert.equal((await store.document(docId))!.analyses, 2);
    });

    it('carriedEvents: the reviewed events a re-analysis took over, with what they carried and their status now', async () => {
      const docId = roundup.fingerprints.sha256;
      const [first, second] = await store.analyses(docId);
      const now = (await store.events({ documentId: docId, limit: 100, offset: 0, sort: 'id' })).items;
      const old = (await store.events({ documentId: docId, scope: 'all', limit: 100, offset: 0, sort: 'id' })).items.filter((e) => e.analysisId === first.id);
      const carried = (await store.carriedEvents(second.id))!;
      assert.deepEqual(carried.map((c) => [c.eventId, c.from, c.carried.status, c.status]), [[now[0].id, old[0].id, 'verified', 'verified'], [now[1].id, old[1].id, 'rejected', 'rejected']]);
      assert.deepEqual(carried[0].carried.edited.sort(), ['casualties.killed', 'location.lat', 'location.lon', 'location.name', 'summary']);
      assert.deepEqual(carried[1].carried.edited, []);
      assert.equal(carried[0].summary, 'Edited summary.');
      assert.equal(carried[0].by, ctx.by);
      assert.deepEqual(await store.carriedEvents(first.id), [], 'the first analysis carried nothing');
      assert.equal(await store.carriedEvents(999_999), null, 'no such analysis');
      await store.changeEvent(now[1].id, { patch: { status: 'draft' } }, ctx);
      const after = (await store.carriedEvents(second.id))!;
      assert.deepEqual([after[1].carried.status, after[1].status], ['rejected', 'draft'], 'what was carried stays; the status now follows later reviews');
      await store.changeEvent(now[1].id, { patch: { status: 'rejected' } }, ctx);
    });

    it('API keys: stored with their hash, revoked, audited', async () => {
      const rec = await store.createKey({ id: 'abcd1234', hash: 'h'.repeat(64), name: 'desk', role: 'analyst' }, ctx);
      assert.deepEqual([rec.role, rec.revoked, rec.createdBy], ['analyst', null, ctx.by]);
      assert.equal((await store.keyForAuth('abcd1234'))!.hash, 'h'.repeat(64));
      assert.equal(await store.keyForAuth('nope'), null);
      assert.ok((await store.revokeKey('abcd1234', ctx))!.revoked);
      assert.ok((await store.keyForAuth('abcd1234'))!.record.revoked);
      assert.equal(await store.revokeKey('nope', ctx), null);
      assert.deepEqual((await store.keys()).map((k) => k.id), ['abcd1234']);
      const audit = await store.auditLog({ limit: 10, offset: 0, target: 'key:abcd1234' });
      assert.deepEqual(audit.items.map((a) => a.action), ['key.revoke', 'key.create']);
      assert.equal(JSON.stringify(audit.items).includes('hhhh'), false, 'no hash in the audit log');
    });

    it('auditActions: every recorded action once, by name, with its count', async () => {
      const actions = await store.auditActions();
      assert.deepEqual(actions.map((a) => a.action), [...actions.map((a) => a.action)].sort());
      const count = (name: string) => actions.find((a) => a.action === name)?.count;
      assert.equal(count('key.create'), 1);
      assert.equal(count('key.revoke'), 1);
      assert.equal(count('document.reanalyse'), 1);
      assert.equal(count('event.nothing'), undefined);
      const total = actions.reduce((n, a) => n + a.count, 0);
      assert.equal(total, (await store.auditLog({ limit: 1, offset: 0 })).total);
    });

    it('banks: exact and near matches, tombstones, deltas, atomic bulk import, audited writes', async () => {
      const A = ROUNDUP;
      await store.createBank('known', 'block', {}, ctx);
      await store.putItem({ bank: 'known', id: 'a', signals: fingerprints(A), labels: { tier: '1' }, status: 'active' }, ctx);
      assert.equal((await match(store, ['known'], fingerprints(A))).matches[0]?.signal, 'sha256');
      assert.equal((await match(store, ['known'], fingerprints(`Forwarded. ${A} End.`))).matches[0]?.verdict, 'strong');
      assert.equal((await match(store, ['known'], fingerprints(NEWS))).matches.length, 0);
      await store.createBank('news', 'allow', {}, ctx);
      await store.putItem({ bank: 'news', id: 'n', signals: fingerprints(A), labels: {}, status: 'active' }, ctx);
      assert.equal((await match(store, ['known'], fingerprints(A))).allowedBy[0]?.bank, 'news');
      await store.setStatus('news', 'n', 'tombstone', ctx);
      const delta = await store.changes('news', null);
      assert.deepEqual(delta.map((i) => [i.id, i.status, i.signals.minhash]), [['n', 'tombstone', null]]);
      assert.equal((await match(store, ['known'], fingerprints(A))).matches.length, 1);
      const good = { bank: 'imported', kind: 'block' as const, id: 'x', signals: fingerprints(NEWS), labels: {}, status: 'active' as const };
      assert.equal(await codeOf(store.putItems([good, { ...good, id: 'y', bank: 'missing-bank', kind: undefined }], ctx)), 'bank.not_found');
      assert.equal(await store.bank('imported'), null, 'nothing of a failed import is kept');
      assert.equal(await store.putItems([good], ctx), 1);
      assert.equal((await store.item('imported', 'x'))!.status, 'active');
      assert.equal(await codeOf(store.createBank('bad name!', 'block')), 'usage.bad_option');
      const actions = (await store.auditLog({ limit: 50, offset: 0 })).items.map((a) => a.action).filter((a) => a.startsWith('bank.'));
      assert.deepEqual(actions.sort(), ['bank.create', 'bank.create', 'bank.create', 'bank.item', 'bank.item', 'bank.item', 'bank.item']);
    });

    it('stats count documents, analyses, current events by status, banks', async () => {
      const s = await store.stats();
      assert.equal(s.documents, 2);
      assert.equal(s.analyses, 3);
      assert.equal(s.events.verified, 1);
      assert.equal(s.events.rejected, 1);
      assert.equal(s.events.draft + s.events.verified + s.events.rejected, (await store.events({ limit: 1, offset: 0 })).total);
      assert.equal(s.banks, 3);
    });

    it('a concurrent ingest of the same document in one process stores it once', async () => {
      const docs = generateCorpus({ bytes: 6_000, seed: 9 });
      const r = analyze(docs[0].text, { published: docs[0].published });
      const outcomes = await Promise.all([1, 2, 3].map(() => store.ingest(input(docs[0].text, r), ctx)));
      assert.deepEqual(outcomes.map((o) => o.status).sort(), ['new', 'unchanged', 'unchanged']);
      assert.equal((await store.analyses(r.fingerprints.sha256)).length, 1);
    });

    it('eachEvent reads past one page (500 events)', async () => {
      const docs = generateCorpus({ bytes: 220_000, seed: 4 });
      let n = (await store.events({ limit: 1, offset: 0 })).total;
      for (const d of docs) {
        if (n > 520) break;
        const o = await store.ingest(input(d.text, analyze(d.text, { published: d.published })), ctx);
        if (o.status === 'new') n += o.events;
      }
      assert.ok(n > 500, `${n} events`);
      let seen = 0;
      let last = 0;
      for await (const e of store.eachEvent({})) { assert.ok(e.id > last); last = e.id; seen++; }
      assert.equal(seen, n);
    });
  });
}
