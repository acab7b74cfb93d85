// What the workbench needs of the API: who a key is (GET /v1/session), every event in brief for the
// map, timeline and table (GET /v1/events/brief) with the same filter semantics the browser applies,
// and the workbench itself served under a strict Content-Security-Policy.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { BRIEF_COLUMNS } from '../store/event-brief.js';
import { BACKENDS } from '../store/test-stores.js';
import { toBriefs, type BriefPage } from '../web/app/logic/brief.js';
import { matches, STATUSES, type EventFilter, type Status } from '../web/app/logic/event-filter.js';
import { webAssets } from '../web/build.js';
import { testApp, type TestApp } from './test-app.js';
import { CONTENT_SECURITY_POLICY } from './web.js';

const ROUNDUP = readFileSync('samples/roundup.txt', 'utf8');
const NEWS = readFileSync('samples/news.txt', 'utf8');
const BAD_KEY = 'cs_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

describe('API: GET /v1/session', () => {
  let t: TestApp;
  let open: TestApp;
  before(async () => { t = await testApp(); open = await testApp({ openRead: true }); });
  after(async () => { await t.close(); await open.close(); });

  it('no key: key null, reads not open (200, never an error)', async () => {
    const r = await t.as('none', { method: 'GET', url: '/v1/session' });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json(), { key: null, openRead: false });
  });
  it('no key on an --open-read server: reads open', async () => {
    assert.deepEqual((await open.as('none', { method: 'GET', url: '/v1/session' })).json(), { key: null, openRead: true });
  });
  for (const role of ['viewer', 'analyst', 'admin'] as const) {
    it(`a ${role} key: its id, name and role`, async () => {
      const body = (await t.as(role, { method: 'GET', url: '/v1/session' })).json() as { key: { id: string; role: string; name: string } };
      assert.equal(body.key.role, role);
      assert.equal(body.key.id, t.keys[role].split('_')[1]);
      assert.equal(body.key.name, `test ${role}`);
    });
  }
  it('an unknown key: 401 auth.invalid_key', async () => {
    const r = await t.as('none', { method: 'GET', url: '/v1/session', headers: { authorization: `Bearer ${BAD_KEY}` } });
    assert.equal(r.statusCode, 401);
    assert.equal((r.json() as { error: { code: string } }).error.code, 'auth.invalid_key');
  });
});

for (const backend of BACKENDS) {
  describe(`API: GET /v1/events/brief (${backend.name})`, () => {
    let t: TestApp;
    let ids: number[] = [];
    before(async () => {
      t = await testApp({}, backend);
      for (const [text, published] of [[ROUNDUP, '2016-11-10'], [NEWS, '2019-03-12']]) {
        const r = await t.as('analyst', { method: 'POST', url: `/v1/documents?published=${published}`, headers: { 'content-type': 'text/plain' }, payload: text });
        assert.equal(r.statusCode, 201, r.body);
      }
      ids = ((await t.as('viewer', { method: 'GET', url: '/v1/events?limit=500' })).json() as { items: { id: number }[] }).items.map((e) => e.id);
      await t.as('analyst', { method: 'POST', url: `/v1/events/${ids[0]}/reject` });
      await t.as('analyst', { method: 'POST', url: `/v1/events/${ids[1]}/verify` });
    });
    after(async () => { await t.close(); });

    const briefs = async (query = '') => {
      const r = await t.as('viewer', { method: 'GET', url: `/v1/events/brief${query}` });
      assert.equal(r.statusCode, 200, r.body);
      return r.json() as BriefPage;
    };

    it('every current event, one row under the columns, newest first, with the total', async () => {
      const page = await briefs();
      assert.deepEqual(page.columns, [...BRIEF_COLUMNS]);
      assert.equal(page.total, ids.length);
      assert.equal(page.rows.length, ids.length);
      for (const row of page.rows) assert.equal(row.length, BRIEF_COLUMNS.length);
      const list = toBriefs(page);
      const full = ((await t.as('viewer', { method: 'GET', url: '/v1/events?limit=500&status=draft,verified,rejected' })).json() as { items: { id: number; event: { summary: string; location: { lat: number | null } } }[] }).items;
      assert.deepEqual(list.map((b) => b.id), full.map((e) => e.id), 'the same order as /v1/events?sort=-date');
      const byId = new Map(full.map((e) => [e.id, e]));
      for (const b of list) {
        assert.equal(b.summary, byId.get(b.id)!.event.summary);
        assert.equal(b.lat, byId.get(b.id)!.event.location.lat);
      }
    });

    it('limit cuts the rows, not the total', async () => {
      const page = await briefs('?limit=3');
      assert.equal(page.rows.length, 3);
      assert.equal(page.total, ids.length);
    });

    it('a bad filter is refused with its code', async () => {
      const r = await t.as('viewer', { method: 'GET', url: '/v1/events/brief?from=2016-02-30' });
      assert.equal((r.json() as { error: { code: string } }).error.code, 'usage.bad_date');
      const r2 = await t.as('viewer', { method: 'GET', url: '/v1/events/brief?limit=0' });
      assert.equal((r2.json() as { error: { code: string } }).error.code, 'request.invalid');
      const r3 = await t.as('none', { method: 'GET', url: '/v1/events/brief' });
      assert.equal(r3.statusCode, 401);
    });

    it('an edit shows in the brief (figures, edited)', async () => {
      const id = ids[2];
      const r = await t.as('analyst', { method: 'PATCH', url: `/v1/events/${id}`, payload: { casualties: { killed: { low: 7, best: 8, high: 9 } } } });
      assert.equal(r.statusCode, 200, r.body);
      const b = toBriefs(await briefs()).find((x) => x.id === id)!;
      assert.equal(b.killed, 8);
      assert.equal(b.edited, true);
    });

    it('the browser\'s filter and the server\'s select the same events (property)', async () => {
      const all = toBriefs(await briefs('?status=draft,verified,rejected'));
      const countries = [...new Set(all.map((b) => b.country).filter((c): c is string => !!c)), 'FR'];
      const types = [...new Set(all.flatMap((b) => [b.eventType, b.subEventType, b.attackType]).filter((x): x is string => !!x)), 'Riots'];
      const admin1s = [...new Set(all.flatMap((b) => [b.admin1, b.admin1Code]).filter((x): x is string => !!x))];
      const days = ['2016-10-01', '2016-11-03', '2016-11-05', '2019-03-07', '2019-03-11', '2020-01-01'];
      // Actor names as written and neutral, parts of them, other cases and marks, and ones that match nothing.
      const events = ((await t.as('viewer', { method: 'GET', url: '/v1/events?limit=500&status=draft,verified,rejected' })).json() as { items: { event: { actors: { canonical: string; text: string }[] } }[] }).items;
      const names = [...new Set(events.flatMap((e) => e.event.actors.flatMap((a) => [a.canonical, a.text])))];
      assert.ok(names.length > 3, 'the samples name actors');
      const actors = [...names, ...names.map((n) => n.slice(2, 9)), ...names.map((n) => n.toUpperCase()), ...names.map((n) => n.split(' ').pop()!),
        'Irāqi', 'state soldiers', 'army|state', '%', ' ', 'nobody named'];
      const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
      await fc.assert(fc.asyncProperty(fc.record({
        country: opt(fc.constantFrom(...countries)), admin1: opt(fc.constantFrom(...admin1s)), type: opt(fc.constantFrom(...types)),
        from: opt(fc.constantFrom(...days)), to: opt(fc.constantFrom(...days)), status: fc.subarray([...STATUSES] as Status[], { minLength: 1 }),
        actor: opt(fc.constantFrom(...actors)),
      }), async (f) => {
        const filter: EventFilter = { ...f };
        const q = new URLSearchParams();
        for (const [k, v] of Object.entries(filter)) if (v !== undefined) q.set(k, Array.isArray(v) ? v.join(',') : v);
        const server = toBriefs(await briefs(`?${q}`)).map((b) => b.id).sort();
        const browser = all.filter((b) => matches(b, filter, null)).map((b) => b.id).sort();
        assert.deepEqual(browser, server, q.toString());
      }), { numRuns: 120 });
    });
  });
}

describe('API: events stored before the brief column', () => {
  it('get their brief made from the event', async () => {
    const t = await testApp({}, BACKENDS[0]);
    try {
      await t.as('analyst', { method: 'POST', url: '/v1/documents?published=2016-11-10', headers: { 'content-type': 'text/plain' }, payload: ROUNDUP });
      const before = ((await t.as('viewer', { method: 'GET', url: '/v1/events/brief' })).json() as BriefPage).rows;
      await t.t.store.db.tx((q) => q.run('UPDATE events SET brief = NULL'));
      const after = ((await t.as('viewer', { method: 'GET', url: '/v1/events/brief' })).json() as BriefPage).rows;
      assert.deepEqual(after, before);
    } finally { await t.close(); }
  });
});

describe('the workbench: served with a strict Content-Security-Policy', () => {
  let t: TestApp;
  before(async () => { t = await testApp({ web: await webAssets() }); });
  after(async () => { await t.close(); });

  it('GET / without a key: the page, with the security headers', async () => {
    const r = await t.as('none', { method: 'GET', url: '/' });
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /^text\/html/);
    assert.equal(r.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
    const csp = String(r.headers['content-security-policy']);
    for (const d of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) assert.ok(csp.includes(d), d);
    assert.ok(!/unsafe-(inline|eval)/.test(csp));
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    assert.equal(r.headers['x-frame-options'], 'DENY');
    assert.equal(r.headers['referrer-policy'], 'no-referrer');
    assert.equal(r.headers['cache-control'], 'no-cache');
  });

  it('the page has no inline script, style or event handler', async () => {
    const html = (await t.as('none', { method: 'GET', url: '/' })).body;
    assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'every script has a src');
    assert.ok(!/<style|\sstyle=|\son[a-z]+=/i.test(html), 'no style element, style attribute or on* handler');
    assert.match(html, /<script type="module" src="\/assets\/app-[A-Z0-9]+\.js"><\/script>/);
  });

  it('assets: hashed names cached for good, gzip when asked, 304 on a matching ETag', async () => {
    const html = (await t.as('none', { method: 'GET', url: '/' })).body;
    const js = /src="(\/assets\/app-[^"]+\.js)"/.exec(html)![1];
    const plain = await t.as('none', { method: 'GET', url: js });
    assert.equal(plain.statusCode, 200);
    assert.match(String(plain.headers['content-type']), /^text\/javascript/);
    assert.match(String(plain.headers['cache-control']), /immutable/);
    const gz = await t.as('none', { method: 'GET', url: js, headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.rawPayload).toString(), plain.body);
    const again = await t.as('none', { method: 'GET', url: js, headers: { 'if-none-match': String(plain.headers.etag) } });
    assert.equal(again.statusCode, 304);
    const data = /data-countries="([^"]+)"/.exec(html)![1];
    assert.equal((await t.as('none', { method: 'GET', url: data })).statusCode, 200);
  });

  it('an unknown asset: 404 request.not_found; API responses carry the headers too', async () => {
    const r = await t.as('none', { method: 'GET', url: '/assets/nothing.js' });
    assert.equal(r.statusCode, 404);
    assert.equal((r.json() as { error: { code: string } }).error.code, 'request.not_found');
    const api = await t.as('viewer', { method: 'GET', url: '/v1/events' });
    assert.equal(api.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
  });

  it('without web assets only the API is served', async () => {
    const bare = await testApp();
    try { assert.equal((await bare.as('none', { method: 'GET', url: '/' })).statusCode, 404); } finally { await bare.close(); }
  });
});
