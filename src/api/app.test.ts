// The HTTP API through app.inject: access by role, coded refusals of bad requests, the analyst's
// flow (ingest, review, export), banks, OpenAPI coverage, metrics, rate limits. Texts are the
// bundled invented samples.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import type { LightMyRequestResponse } from 'fastify';
import { analyze } from '../analyze.js';
import { ACLED_COLUMNS } from '../export/acled-csv.js';
import { BACKENDS } from '../store/test-stores.js';
import type { Role } from '../store/store.js';
import { testApp, type TestApp } from './test-app.js';

const ROUNDUP = readFileSync('samples/roundup.txt', 'utf8');
const NEWS = readFileSync('samples/news.txt', 'utf8');
const json = { 'content-type': 'application/json' };
const text = { 'content-type': 'text/plain' };

function assertError(r: LightMyRequestResponse, status: number, code: string): void {
  assert.equal(r.statusCode, status, r.body);
  const body = r.json() as { error: { code: string; message: string; requestId: string } };
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  assert.equal(body.error.requestId, r.headers['x-request-id']);
}

describe('API: access', () => {
  let t: TestApp;
  let open: TestApp;
  before(async () => { t = await testApp(); open = await testApp({ openRead: true }); });
  after(async () => { await t.close(); await open.close(); });

  const CASES: ReadonlyArray<[string, 'GET' | 'POST' | 'PATCH' | 'DELETE', string, Role | 'none' | 'bad', number, string | null]> = [
    ['a write without a key', 'POST', '/v1/documents', 'none', 401, 'auth.missing_key'],
    ['a write with a viewer key', 'POST', '/v1/documents', 'viewer', 403, 'auth.forbidden'],
    ['a write with a made-up key', 'POST', '/v1/documents', 'bad', 401, 'auth.invalid_key'],
    ['an edit without a key', 'PATCH', '/v1/events/1', 'none', 401, 'auth.missing_key'],
    ['a verify without a key', 'POST', '/v1/events/1/verify', 'none', 401, 'auth.missing_key'],
    ['a bank item removal without a key', 'DELETE', '/v1/banks/b/items/i', 'none', 401, 'auth.missing_key'],
    ['a bank import by an analyst', 'POST', '/v1/banks/import', 'analyst', 403, 'auth.forbidden'],
    ['a key made by an analyst', 'POST', '/v1/keys', 'analyst', 403, 'auth.forbidden'],
    ['the audit log for an analyst', 'GET', '/v1/audit', 'analyst', 403, 'auth.forbidden'],
    ['the audit actions for an analyst', 'GET', '/v1/audit/actions', 'analyst', 403, 'auth.forbidden'],
    ['the key list for a viewer', 'GET', '/v1/keys', 'viewer', 403, 'auth.forbidden'],
    ['a key revoked by an analyst', 'DELETE', '/v1/keys/0123456789ab', 'analyst', 403, 'auth.forbidden'],
    ['a read without a key (closed by default)', 'GET', '/v1/events', 'none', 401, 'auth.missing_key'],
    ['analyze without a key', 'POST', '/v1/analyze', 'none', 401, 'auth.missing_key'],
    ['a read with a viewer key', 'GET', '/v1/events', 'viewer', 200, null],
    ['the audit log for an admin', 'GET', '/v1/audit', 'admin', 200, null],
    ['the audit actions for an admin', 'GET', '/v1/audit/actions', 'admin', 200, null],
    ['health without a key', 'GET', '/healthz', 'none', 200, null],
    ['OpenAPI without a key', 'GET', '/v1/openapi.json', 'none', 200, null],
    ['metrics without a key', 'GET', '/metrics', 'none', 200, null],
    ['an unknown route', 'GET', '/v1/nothing', 'none', 404, 'request.not_found'],
  ];
  for (const [name, method, url, role, status, code] of CASES) {
    it(`${name}: ${status}`, async () => {
      const headers = role === 'bad' ? { authorization: 'Bearer cs_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } : {};
      const r = await t.as(role === 'bad' ? 'none' : role, { method, url, headers, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) });
      if (code) assertError(r, status, code);
      else assert.equal(r.statusCode, status, r.body);
    });
  }

  it('--open-read: reads without a key, writes still refused', async () => {
    assert.equal((await open.as('none', { method: 'GET', url: '/v1/events' })).statusCode, 200);
    assert.equal((await open.as('none', { method: 'POST', url: '/v1/analyze', headers: text, payload: NEWS })).statusCode, 200);
    assertError(await open.as('none', { method: 'POST', url: '/v1/documents', headers: text, payload: NEWS }), 401, 'auth.missing_key');
    assertError(await open.as('none', { method: 'GET', url: '/v1/keys' }), 401, 'auth.missing_key');
  });

  it('a revoked key stops working at once', async () => {
    const made = (await t.as('admin', { method: 'POST', url: '/v1/keys', payload: { role: 'viewer', name: 'temp' } })).json() as { key: string; record: { id: string } };
    const use = () => t.app.inject({ method: 'GET', url: '/v1/events', headers: { 'x-api-key': made.key } });
    assert.equal((await use()).statusCode, 200);
    assert.equal((await t.as('admin', { method: 'DELETE', url: `/v1/keys/${made.record.id}` })).statusCode, 200);
    assertError(await use(), 401, 'auth.invalid_key');
    const listed = (await t.as('admin', { method: 'GET', url: '/v1/keys' })).body;
    assert.equal(listed.includes(made.key), false, 'no secret in the key list');
  });
});

describe('API: bad requests get their codes', () => {
  let t: TestApp;
  let small: TestApp;
  before(async () => { t = await testApp(); small = await testApp({ bodyLimit: 1024 }); });
  after(async () => { await t.close(); await small.close(); });

  const CASES: ReadonlyArray<[string, 'GET' | 'POST' | 'PATCH', string, Record<string, string>, string | Buffer | undefined, number, string]> = [
    ['octet-stream', 'POST', '/v1/analyze', { 'content-type': 'application/octet-stream' }, Buffer.from([1, 2, 3]), 415, 'request.unsupported_media_type'],
    ['an image', 'POST', '/v1/documents', { 'content-type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47]), 415, 'request.unsupported_media_type'],
    ['binary as text', 'POST', '/v1/analyze', text, Buffer.from([0x41, 0, 0x42, 0]), 422, 'input.binary'],
    ['Latin-1 as text', 'POST', '/v1/analyze', text, Buffer.from([0x63, 0x61, 0x66, 0xe9]), 422, 'input.invalid_utf8'],
    ['Latin-1 in JSON', 'POST', '/v1/documents', json, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]), 422, 'input.invalid_utf8'],
    ['blank text', 'POST', '/v1/analyze', text, ' \n\t ', 422, 'input.empty'],
    ['a NUL inside JSON text', 'POST', '/v1/documents', json, JSON.stringify({ text: 'a\u0000b' }), 422, 'input.binary'],
    ['malformed JSON', 'POST', '/v1/analyze', json, '{"text": ', 400, 'request.bad_json'],
    ['an empty JSON body', 'POST', '/v1/documents', json, '', 400, 'request.bad_json'],
    ['JSON without text', 'POST', '/v1/analyze', json, '{"published": "2016-11-10"}', 400, 'request.invalid'],
    ['an unknown field', 'POST', '/v1/documents', json, '{"text": "x", "colour": 1}', 400, 'request.invalid'],
    ['a day that does not exist', 'POST', '/v1/analyze', json, JSON.stringify({ text: NEWS, published: '2019-02-30' }), 400, 'usage.bad_date'],
    ['a bad date filter', 'GET', '/v1/events?from=2016-13-01', {}, undefined, 400, 'usage.bad_date'],
    ['limit 0', 'GET', '/v1/events?limit=0', {}, undefined, 400, 'request.invalid'],
    ['an unknown sort', 'GET', '/v1/events?sort=colour', {}, undefined, 400, 'request.invalid'],
    ['an unknown status', 'GET', '/v1/events?status=draft,lost', {}, undefined, 400, 'request.invalid'],
    ['an unknown query parameter', 'GET', '/v1/events?colour=red', {}, undefined, 400, 'request.invalid'],
    ['a document id that is no sha256', 'GET', '/v1/documents/abc', {}, undefined, 400, 'request.invalid'],
    ['a document that is not there', 'GET', `/v1/documents/${'0'.repeat(64)}`, {}, undefined, 404, 'document.not_found'],
    ['an event that is not there', 'GET', '/v1/events/999999', {}, undefined, 404, 'event.not_found'],
    ['an analysis that is not there', 'GET', '/v1/analyses/999999', {}, undefined, 404, 'analysis.not_found'],
    ['a bank that is not there', 'GET', '/v1/banks/nobank', {}, undefined, 404, 'bank.not_found'],
    ['an unknown export format', 'GET', '/v1/export?format=xlsx', {}, undefined, 400, 'request.invalid'],
    ['an edit of an event that is not there', 'PATCH', '/v1/events/999999', json, '{"summary": "x"}', 404, 'event.not_found'],
    ['an edit of a field that cannot be edited', 'PATCH', '/v1/events/1', json, '{"id": "x"}', 400, 'request.invalid'],
    ['an empty edit', 'PATCH', '/v1/events/1', json, '{}', 400, 'request.invalid'],
  ];
  for (const [name, method, url, headers, payload, status, code] of CASES) {
    it(`${name}: ${status} ${code}`, async () => {
      assertError(await t.as('admin', { method, url, headers, ...(payload === undefined ? {} : { payload }) }), status, code);
    });
  }

  it('a body over the limit: 413 input.too_large', async () => {
    assertError(await small.as('analyst', { method: 'POST', url: '/v1/documents', headers: text, payload: 'x '.repeat(2000) }), 413, 'input.too_large');
  });

  it('request ids: taken from x-request-id, else made', async () => {
    const r = await t.as('viewer', { method: 'GET', url: '/v1/nothing', headers: { 'x-request-id': 'desk-42' } });
    assert.equal(r.headers['x-request-id'], 'desk-42');
    assert.equal((r.json() as { error: { requestId: string } }).error.requestId, 'desk-42');
  });

  it('free-text and filter parameters never break the server (property)', async () => {
    await fc.assert(fc.asyncProperty(fc.record({ q: fc.string({ maxLength: 60 }), actor: fc.string({ maxLength: 30 }), admin1: fc.string({ maxLength: 30 }), type: fc.string({ maxLength: 30 }) }), async (p) => {
      const r = await t.as('viewer', { method: 'GET', url: '/v1/events', query: p });
      assert.ok(r.statusCode === 200 || r.statusCode === 400, `${r.statusCode} ${r.body}`);
    }), { numRuns: 150 });
  });
});

describe('API: rate limits', () => {
  it('over the limit: 429 request.rate_limited, counted per key', async () => {
    const t = await testApp({ rateLimit: 3 });
    for (let i = 0; i < 3; i++) assert.equal((await t.as('viewer', { method: 'GET', url: '/v1/banks' })).statusCode, 200);
    assertError(await t.as('viewer', { method: 'GET', url: '/v1/banks' }), 429, 'request.rate_limited');
    assert.equal((await t.as('analyst', { method: 'GET', url: '/v1/banks' })).statusCode, 200, 'another key has its own budget');
    await t.close();
  });
});

for (const backend of BACKENDS) {
  describe(`API: an analyst's flow (${backend.name})`, () => {
    let t: TestApp;
    before(async () => { t = await testApp({}, backend); });
    after(async () => { await t.close(); });
    let roundupId = '';

    it('analyze returns the output contract, as the library does', async () => {
      const r = await t.as('viewer', { method: 'POST', url: '/v1/analyze?published=2016-11-10&id=r', headers: text, payload: ROUNDUP });
      assert.equal(r.statusCode, 200);
      assert.deepEqual(r.json(), JSON.parse(JSON.stringify(analyze(ROUNDUP, { published: '2016-11-10', id: 'r' }))));
    });

    it('ingest: JSON (201, again 200 unchanged), a batch with a bad item, JSON Lines', async () => {
      const one = await t.as('analyst', { method: 'POST', url: '/v1/documents', headers: json, payload: JSON.stringify({ text: ROUNDUP, published: '2016-11-10', title: 'Weekly roundup', name: 'roundup.txt' }) });
      assert.equal(one.statusCode, 201);
      roundupId = (one.json() as { document: { documentId: string } }).document.documentId;
      const again = await t.as('analyst', { method: 'POST', url: '/v1/documents', headers: json, payload: JSON.stringify({ text: ROUNDUP, published: '2016-11-10' }) });
      assert.deepEqual([again.statusCode, (again.json() as { document: { status: string } }).document.status], [200, 'unchanged']);
      const batch = await t.as('analyst', { method: 'POST', url: '/v1/documents', headers: json, payload: JSON.stringify({ documents: [{ text: NEWS, published: '2019-03-12' }, { text: ' ' }] }) });
      const b = batch.json() as { results: { index: number; status?: string; error?: { code: string } }[]; summary: Record<string, number> };
      assert.equal(batch.statusCode, 201);
      assert.deepEqual(b.results.map((r) => r.status ?? r.error?.code), ['new', 'input.empty']);
      const lines = `${JSON.stringify({ id: 'n1', text: NEWS, published: '2019-03-12' })}\nnot json\n${JSON.stringify({ id: 'r2', text: ROUNDUP })}\n`;
      const nd = (await t.as('analyst', { method: 'POST', url: '/v1/documents', headers: { 'content-type': 'application/x-ndjson' }, payload: lines })).json() as typeof b;
      assert.deepEqual(nd.results.map((r) => r.status ?? r.error?.code), ['unchanged', 'input.bad_jsonl', 'reanalysed']);
      assert.deepEqual(nd.summary, { documents: 3, new: 0, unchanged: 1, reanalysed: 1, failed: 1 });
    });

    it('documents: list with totals, detail with analysis, history, neutral reading', async () => {
      const list = (await t.as('viewer', { method: 'GET', url: '/v1/documents?limit=1' })).json() as { items: { id: string }[]; total: number };
      assert.equal(list.total, 2);
      assert.equal(list.items.length, 1);
      const found = (await t.as('viewer', { method: 'GET', url: '/v1/documents?q=gogjali' })).json() as { items: { id: string }[] };
      assert.deepEqual(found.items.map((d) => d.id), [roundupId]);
      const d = (await t.as('viewer', { method: 'GET', url: `/v1/documents/${roundupId}` })).json() as { document: { text: string; title: string; analyses: number }; analysis: { result: { fingerprints: { sha256: string } }; reviewed: { event: { evidence: unknown[] } }[] }; analyses: unknown[] };
      assert.equal(d.document.text, ROUNDUP);
      assert.equal(d.document.title, 'Weekly roundup');
      assert.equal(d.analysis.result.fingerprints.sha256, roundupId);
      assert.ok(d.analysis.reviewed.length > 0 && d.analysis.reviewed.every((e) => e.event.evidence.length > 0));
      assert.equal(d.analyses.length, 2);
      const neutral = (await t.as('viewer', { method: 'GET', url: `/v1/documents/${roundupId}/neutral` })).json() as { text: string };
      assert.equal(typeof neutral.text, 'string');
      assert.notEqual(neutral.text, ROUNDUP);
    });

    it('events: filters, edit with If-Match, verify, history, audit with the key id', async () => {
      const iq = (await t.as('viewer', { method: 'GET', url: `/v1/events?country=IQ&document=${roundupId}&sort=id` })).json() as { items: { id: number; version: number; event: { location: { country: string } } }[]; total: number };
      assert.ok(iq.total > 0 && iq.items.every((e) => e.event.location.country === 'IQ'));
      const id = iq.items[0].id;
      const got = await t.as('viewer', { method: 'GET', url: `/v1/events/${id}` });
      assert.equal(got.headers.etag, '"1"');
      const patched = await t.as('analyst', { method: 'PATCH', url: `/v1/events/${id}`, headers: { ...json, 'if-match': '"1"' }, payload: JSON.stringify({ summary: 'Reviewed summary.', casualties: { wounded: { low: 2, best: 3, high: 5 } } }) });
      assert.equal(patched.statusCode, 200, patched.body);
      assert.equal(patched.headers.etag, '"2"');
      assertError(await t.as('analyst', { method: 'PATCH', url: `/v1/events/${id}`, headers: { ...json, 'if-match': '"1"' }, payload: '{"summary": "Stale."}' }), 412, 'event.version_conflict');
      assertError(await t.as('analyst', { method: 'PATCH', url: `/v1/events/${id}`, headers: json, payload: '{"date": {"earliest": "2016-11-10", "latest": "2016-11-01"}}' }), 422, 'event.bad_edit');
      const v = await t.as('analyst', { method: 'POST', url: `/v1/events/${id}/verify`, headers: json, payload: '{"note": "matches the wire report"}' });
      assert.equal((v.json() as { status: string }).status, 'verified');
      const history = (await t.as('viewer', { method: 'GET', url: `/v1/events/${id}/history` })).json() as { items: { action: string; by: string; after: Record<string, unknown> }[] };
      const analystId = t.keys.analyst.split('_')[1];
      assert.deepEqual(history.items.map((h) => [h.action, h.by]), [['edit', `key:${analystId}`], ['verify', `key:${analystId}`]]);
      assert.deepEqual(history.items[0].after['casualties.wounded'], { low: 2, best: 3, high: 5 });
      const audit = (await t.as('admin', { method: 'GET', url: `/v1/audit?target=event:${id}` })).json() as { items: { action: string; by: string }[] };
      assert.deepEqual(audit.items.map((a) => a.action), ['event.verify', 'event.edit']);
      const rej = (await t.as('viewer', { method: 'GET', url: `/v1/events?status=verified` })).json() as { items: { id: number }[] };
      assert.deepEqual(rej.items.map((e) => e.id), [id]);
    });

    it('export: ACLED-style CSV with the issue\'s columns, GeoJSON, JSON Lines; rejected left out unless asked', async () => {
      const all = (await t.as('viewer', { method: 'GET', url: '/v1/events?limit=500' })).json() as { items: { id: number; status: string }[]; total: number };
      const rejected = all.items.find((e) => e.status === 'draft')!.id;
      assert.equal((await t.as('analyst', { method: 'POST', url: `/v1/events/${rejected}/reject` })).statusCode, 200);
      const csv = await t.as('viewer', { method: 'GET', url: '/v1/export?format=acled-csv' });
      assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
      const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
      const issueColumns = ['event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities', 'tags', 'date_earliest', 'date_latest', 'uncertainty_km', 'killed_low', 'killed_high', 'evidence', 'review_status'];
      for (const c of issueColumns) assert.ok(c in rows[0], c);
      assert.ok(ACLED_COLUMNS.every((c) => c in rows[0]));
      assert.equal(rows.length, all.total - 1);
      assert.equal(rows.some((r) => r.store_id === String(rejected)), false);
      const verified = rows.find((r) => r.review_status === 'verified')!;
      assert.equal(verified.notes, 'Reviewed summary.');
      const withRejected = parse((await t.as('viewer', { method: 'GET', url: '/v1/export?format=acled-csv&status=rejected' })).body, { columns: true }) as Record<string, string>[];
      assert.deepEqual(withRejected.map((r) => r.store_id), [String(rejected)]);
      const geo = (await t.as('viewer', { method: 'GET', url: '/v1/export?format=geojson&country=IQ' })).json() as { type: string; features: { properties: { country: string } }[] };
      assert.equal(geo.type, 'FeatureCollection');
      assert.ok(geo.features.length > 0 && geo.features.every((f) => f.properties.country === 'IQ'));
      const jl = (await t.as('viewer', { method: 'GET', url: '/v1/export?format=jsonl' })).body.trim().split('\n').map((l) => JSON.parse(l) as { id: number });
      assert.equal(jl.length, all.total - 1);
    });

    it('banks: create, add a stored document, match, per-document matches, export and import, tombstone', async () => {
      assert.equal((await t.as('analyst', { method: 'POST', url: '/v1/banks', payload: { name: 'known' } })).statusCode, 201);
      const item = (await t.as('analyst', { method: 'POST', url: '/v1/banks/known/items', payload: { document: roundupId, labels: { tier: '1' } } })).json() as { id: string };
      assert.equal(item.id, `sha256:${roundupId}`);
      const m = (await t.as('viewer', { method: 'POST', url: '/v1/match', payload: { text: `Forwarded. ${ROUNDUP}` } })).json() as { matches: { item: string; verdict: string }[] };
      assert.deepEqual(m.matches.map((x) => [x.item, x.verdict]), [[item.id, 'strong']]);
      const perDoc = (await t.as('viewer', { method: 'GET', url: `/v1/documents/${roundupId}/matches` })).json() as { matches: { signal: string }[] };
      assert.equal(perDoc.matches[0].signal, 'sha256');
      const exported = await t.as('viewer', { method: 'GET', url: '/v1/banks/known/export' });
      assert.equal(exported.body.trim().split('\n').length, 1);
      assertError(await t.as('admin', { method: 'POST', url: '/v1/banks/import', headers: { 'content-type': 'application/x-ndjson' }, payload: `${exported.body}{"bank": 1}\n` }), 422, 'bank.bad_import');
      const other = await testApp({}, backend);
      const imported = await other.as('admin', { method: 'POST', url: '/v1/banks/import', headers: { 'content-type': 'application/x-ndjson' }, payload: exported.body });
      assert.deepEqual(imported.json(), { imported: 1 });
      await other.close();
      assert.equal((await t.as('analyst', { method: 'DELETE', url: `/v1/banks/known/items/${encodeURIComponent(item.id)}` })).statusCode, 200);
      const after = (await t.as('viewer', { method: 'POST', url: '/v1/match', payload: { text: ROUNDUP } })).json() as { matches: unknown[] };
      assert.equal(after.matches.length, 0);
      const audit = (await t.as('admin', { method: 'GET', url: '/v1/audit?action=bank.item' })).json() as { total: number };
      assert.equal(audit.total, 2);
    });

    it('metrics: request counts by route and the store counts', async () => {
      const m = (await t.as('none', { method: 'GET', url: '/metrics' })).body;
      assert.match(m, /claimscope_http_requests_total\{method="GET",route="\/v1\/events",status="200"\} \d+/);
      assert.match(m, /claimscope_documents 2\n/);
      assert.match(m, /claimscope_events\{status="verified"\} 1\n/);
      assert.match(m, /claimscope_http_request_duration_seconds_bucket/);
    });
  });
}

describe('API: OpenAPI', () => {
  it('documents every route, with its methods', async () => {
    const t = await testApp();
    const doc = (await t.as('none', { method: 'GET', url: '/v1/openapi.json' })).json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    const expected: [string, string][] = [
      ['post', '/v1/analyze'], ['post', '/v1/documents'], ['get', '/v1/documents'], ['get', '/v1/documents/{id}'], ['get', '/v1/documents/{id}/analyses'],
      ['post', '/v1/documents/{id}/analyses'], ['get', '/v1/analyses/{id}'], ['get', '/v1/documents/{id}/neutral'], ['get', '/v1/documents/{id}/matches'],
      ['get', '/v1/events'], ['get', '/v1/events/{id}'], ['patch', '/v1/events/{id}'], ['post', '/v1/events/{id}/verify'], ['post', '/v1/events/{id}/reject'],
      ['post', '/v1/events/{id}/reopen'], ['get', '/v1/events/{id}/history'], ['get', '/v1/banks'], ['post', '/v1/banks'], ['get', '/v1/banks/{bank}'],
      ['post', '/v1/banks/{bank}/items'], ['get', '/v1/banks/{bank}/items/{item}'], ['delete', '/v1/banks/{bank}/items/{item}'],
      ['post', '/v1/banks/{bank}/items/{item}/disable'], ['post', '/v1/banks/{bank}/items/{item}/enable'], ['get', '/v1/banks/{bank}/export'],
      ['post', '/v1/banks/import'], ['post', '/v1/match'], ['get', '/v1/export'], ['get', '/v1/keys'], ['post', '/v1/keys'], ['delete', '/v1/keys/{id}'],
      ['get', '/v1/audit'], ['get', '/v1/audit/actions'], ['get', '/v1/analyses/{id}/carried'], ['get', '/healthz'], ['get', '/v1/events/brief'], ['get', '/v1/session'],
    ];
    assert.equal(doc.openapi, '3.0.3');
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)).sort();
    assert.deepEqual(documented, expected.map(([m, p]) => `${m} ${p}`).sort());
    const registered = t.app.routeList.map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`).sort();
    assert.deepEqual(registered, documented, 'every registered route is documented, and nothing else');
    await t.close();
  });
});
