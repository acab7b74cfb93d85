// What the workbench's team features need of the API, on both backends: re-analysis through
// POST /v1/documents/:id/analyses with the reviewed events it carried over
// (GET /v1/analyses/:id/carried), and the audit log's actions (GET /v1/audit/actions).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { BACKENDS } from '../store/test-stores.js';
import { testApp, type TestApp } from './test-app.js';

const ROUNDUP = readFileSync('samples/roundup.txt', 'utf8');

interface Carried { eventId: number; from: number | null; carried: { status: string; edited: string[] }; status: string; summary: string; by: string }
interface Analysis { id: number; published: string | null; events: number; latest: boolean; by: string; pipeline: string }

for (const backend of BACKENDS) {
  describe(`API: re-analysis and the events it carried (${backend.name})`, () => {
    let t: TestApp;
    let doc = '';
    let first: { id: number; status: string }[] = [];
    before(async () => {
      t = await testApp({}, backend);
      const r = await t.as('analyst', { method: 'POST', url: '/v1/documents?published=2016-11-10', headers: { 'content-type': 'text/plain' }, payload: ROUNDUP });
      doc = (r.json() as { document: { documentId: string } }).document.documentId;
      first = ((await t.as('viewer', { method: 'GET', url: `/v1/events?document=${doc}&sort=id&limit=100` })).json() as { items: { id: number; status: string }[] }).items;
      await t.as('analyst', { method: 'POST', url: `/v1/events/${first[0].id}/verify` });
      await t.as('analyst', { method: 'PATCH', url: `/v1/events/${first[2].id}`, payload: { summary: 'Checked summary.' } });
    });
    after(async () => { await t.close(); });

    const analyses = async () => ((await t.as('viewer', { method: 'GET', url: `/v1/documents/${doc}/analyses` })).json() as { items: Analysis[] }).items;

    it('the same engine and date again: 200 unchanged, no new analysis', async () => {
      const r = await t.as('analyst', { method: 'POST', url: `/v1/documents/${doc}/analyses`, payload: {} });
      assert.equal(r.statusCode, 200);
      assert.equal((r.json() as { document: { status: string } }).document.status, 'unchanged');
      assert.equal((await analyses()).length, 1);
    });

    it('another publication date: 201, a second analysis, latest; the verified and the edited event carried', async () => {
      const r = await t.as('analyst', { method: 'POST', url: `/v1/documents/${doc}/analyses`, payload: { published: '2016-11-17' } });
      assert.equal(r.statusCode, 201, r.body);
      const out = (r.json() as { document: { status: string; analysisId: number } }).document;
      assert.equal(out.status, 'reanalysed');
      const list = await analyses();
      assert.deepEqual(list.map((a) => [a.published, a.latest]), [['2016-11-10', false], ['2016-11-17', true]]);
      assert.equal(list[1].by, `key:${t.keys.analyst.split('_')[1]}`);
      const carried = ((await t.as('viewer', { method: 'GET', url: `/v1/analyses/${out.analysisId}/carried` })).json() as { items: Carried[] }).items;
      assert.deepEqual(carried.map((c) => [c.from, c.carried.status, c.status]), [[first[0].id, 'verified', 'verified'], [first[2].id, 'draft', 'draft']]);
      assert.deepEqual(carried[1].carried.edited, ['summary']);
      assert.equal(carried[1].summary, 'Checked summary.');
      const now = ((await t.as('viewer', { method: 'GET', url: `/v1/events/${carried[0].eventId}` })).json() as { status: string; analysisId: number });
      assert.deepEqual([now.status, now.analysisId], ['verified', out.analysisId]);
      const firstCarried = (await t.as('viewer', { method: 'GET', url: `/v1/analyses/${list[0].id}/carried` })).json() as { items: Carried[] };
      assert.deepEqual(firstCarried.items, []);
    });

    it('carried: 404 analysis.not_found for an unknown analysis; 400 for a malformed id; 401 without a key', async () => {
      const missing = await t.as('viewer', { method: 'GET', url: '/v1/analyses/999999/carried' });
      assert.equal(missing.statusCode, 404);
      assert.equal((missing.json() as { error: { code: string } }).error.code, 'analysis.not_found');
      assert.equal(((await t.as('viewer', { method: 'GET', url: '/v1/analyses/x/carried' })).json() as { error: { code: string } }).error.code, 'request.invalid');
      assert.equal((await t.as('none', { method: 'GET', url: '/v1/analyses/1/carried' })).statusCode, 401);
    });

    it('a viewer cannot re-analyse: 403 auth.forbidden', async () => {
      const r = await t.as('viewer', { method: 'POST', url: `/v1/documents/${doc}/analyses`, payload: { published: '2016-11-20' } });
      assert.equal(r.statusCode, 403);
      assert.equal((r.json() as { error: { code: string } }).error.code, 'auth.forbidden');
    });

    it('audit actions: each recorded action with its count, for an admin; the audit log filters by one', async () => {
      const made = (await t.as('admin', { method: 'POST', url: '/v1/keys', payload: { role: 'viewer', name: 'desk' } })).json() as { record: { id: string } };
      await t.as('admin', { method: 'DELETE', url: `/v1/keys/${made.record.id}` });
      const r = await t.as('admin', { method: 'GET', url: '/v1/audit/actions' });
      assert.equal(r.statusCode, 200);
      const items = (r.json() as { items: { action: string; count: number }[] }).items;
      const count = Object.fromEntries(items.map((i) => [i.action, i.count]));
      assert.deepEqual(
        { ingest: count['document.ingest'], reanalyse: count['document.reanalyse'], verify: count['event.verify'], edit: count['event.edit'], create: count['key.create'], revoke: count['key.revoke'] },
        { ingest: 1, reanalyse: 1, verify: 1, edit: 1, create: 4, revoke: 1 }, 'three keys of the test app, one made here');
      assert.deepEqual(items.map((i) => i.action), [...items.map((i) => i.action)].sort());
      const log = (await t.as('admin', { method: 'GET', url: `/v1/audit?target=key:${made.record.id}` })).json() as { items: { action: string; before: unknown; after: unknown }[] };
      assert.deepEqual(log.items.map((i) => i.action), ['key.revoke', 'key.create'], 'newest first');
    });
  });
}
