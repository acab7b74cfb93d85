// The team features end to end in Debian's Chromium: an admin makes a key (shown once, copied),
// revokes it after a confirmation and finds both in the audit log; viewers and analysts get no
// admin page and the API refuses them; re-analysis adds a second analysis to the document's history
// and a verified event stays verified. Any console error, page error or CSP violation fails a test.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { signIn, signOut, watchedPage } from './browser.js';
import { browserSuite } from './suite.js';

const ROUNDUP = readFileSync('samples/roundup.txt', 'utf8');
const KEY = /^cs_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/;

describe('team features in a real browser (Chromium)', () => {
  const suite = browserSuite();
  let made = '';

  const api = (path: string, key: string, init: RequestInit = {}) =>
    fetch(`${suite.server.base}${path}`, { ...init, headers: { authorization: `Bearer ${key}`, ...init.headers } });
  const codeOf = async (r: Response) => ((await r.json()) as { error?: { code: string } }).error?.code;

  it('an admin creates a key: shown once with a warning, copied; it works; gone from the page once stored', async () => {
    const { page, context } = suite.w;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.base });
    await signIn(page, suite.server.base, suite.server.keys.admin);
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
    await page.locator('.keys-table tbody tr').nth(2).waitFor();
    assert.match((await page.locator('.keys-table tr', { hasText: 'e2e admin' }).textContent()) ?? '', /you/);
    await page.getByLabel('Name', { exact: true }).fill('night desk');
    await page.getByLabel('Role', { exact: true }).selectOption('analyst');
    await page.getByRole('button', { name: 'Create key' }).click();
    const value = page.getByLabel('The new key');
    await value.waitFor();
    const key = await value.inputValue();
    assert.match(key, KEY);
    made = key;
    assert.match((await page.locator('.new-key').textContent()) ?? '', /shown only this once.*cannot be shown again/);
    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), key);
    const session = (await (await api('/v1/session', key)).json()) as { key: { name: string; role: string } };
    assert.deepEqual([session.key.name, session.key.role], ['night desk', 'analyst']);
    const row = page.locator('.keys-table tr', { hasText: 'night desk' });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /analyst.*active/);
    assert.match((await row.textContent()) ?? '', /e2e admin \(key [0-9a-f]{12}\)/, 'created by, named');
    assert.equal((await page.content()).includes(key.slice(16)), true, 'on the page until the admin says it is stored');
    await page.getByRole('button', { name: 'Done: I have stored the key' }).click();
    await page.locator('.new-key').waitFor({ state: 'detached' });
    const secret = key.slice(16);
    assert.equal((await page.content()).includes(secret), false, 'the secret is gone from the page');
    await page.reload();
    await page.locator('.keys-table tr', { hasText: 'night desk' }).waitFor();
    assert.equal((await page.content()).includes(secret), false, 'and never comes back');
  });

  it('an admin revokes it after a confirmation (Cancel keeps it); it stops working', async () => {
    const { page } = suite.w;
    const row = page.locator('.keys-table tr', { hasText: 'night desk' });
    const id = (await row.getAttribute('data-key'))!;
    await page.getByRole('button', { name: 'Revoke key night desk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke the key “night desk”?' });
    await dialog.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel', 'Cancel has the focus');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.match((await row.textContent()) ?? '', /active/);
    await page.getByRole('button', { name: 'Revoke key night desk' }).click();
    await dialog.getByRole('button', { name: 'Revoke key' }).click();
    await row.locator('.key-revoked').waitFor();
    assert.equal(await row.getByRole('button', { name: /Revoke/ }).count(), 0);
    assert.equal(KEY.exec(made)?.[1], id);
    const r = await api('/v1/session', made);
    assert.deepEqual([r.status, await codeOf(r)], [401, 'auth.invalid_key']);
  });

  it('the audit log shows both, newest first, with who and a readable before → after; filters by action and target', async () => {
    const { page } = suite.w;
    const id = (await page.locator('.keys-table tr', { hasText: 'night desk' }).getAttribute('data-key'))!;
    await page.getByLabel('Target', { exact: true }).fill(`key:${id}`);
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    const rows = page.locator('.audit-table > tbody > tr');
    await page.locator('.audit-list .pager', { hasText: 'of 2' }).waitFor();
    assert.deepEqual(await rows.locator(':scope > td:nth-child(3)').allTextContents(), ['key.revoke', 'key.create']);
    for (const who of await rows.locator(':scope > td:nth-child(2)').allTextContents()) assert.match(who, /^e2e admin \(key [0-9a-f]{12}\)$/);
    assert.match(page.url(), new RegExp(`target=key%3A${id}`));
    const revoke = rows.nth(0);
    assert.match((await revoke.locator('summary').textContent()) ?? '', /^revoked: null → \d{4}-\d{2}-\d{2}/);
    await revoke.locator('summary').click();
    const diff = revoke.locator('table.diff tr.diff-changed');
    assert.deepEqual(await diff.locator('th, td').allTextContents().then((c) => [c[0], c[1]]), ['revoked', 'null']);
    const create = rows.nth(1);
    assert.match((await create.locator('summary').textContent()) ?? '', /added/);
    await create.locator('summary').click();
    assert.ok((await create.locator('tr.diff-added', { hasText: 'night desk' }).count()) === 1, 'the new record, field by field');
    assert.equal((await create.textContent())?.includes('hash'), false, 'no hash in the log');
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.getByLabel('Action', { exact: true }).selectOption('key.create');
    await page.locator('.audit-list .pager', { hasText: 'of 4' }).waitFor();
    assert.deepEqual([...new Set(await rows.locator(':scope > td:nth-child(3)').allTextContents())], ['key.create']);
    const options = await page.locator('#audit-action option').allTextContents();
    assert.ok(options.includes('key.revoke (1)') && options.includes('key.create (4)'), options.join(' | '));
  });

  it('the admin page in a narrow window: nothing wider than the window', async () => {
    const narrow = await watchedPage(suite.browser, { width: 420, height: 860 });
    try {
      await signIn(narrow.page, suite.server.base, suite.server.keys.admin);
      await narrow.page.goto(`${suite.server.base}/#/admin`);
      await narrow.page.locator('.audit-table').waitFor();
      const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${overflow}px wider than the window`);
      assert.deepEqual(narrow.problems, []);
    } finally { await narrow.context.close(); }
  });

  for (const role of ['analyst', 'viewer'] as const) {
    it(`${role === 'analyst' ? 'an' : 'a'} ${role} sees no admin page, and the API refuses it with auth.forbidden`, async () => {
      const { page } = suite.w;
      await signOut(page);
      await signIn(page, suite.server.base, suite.server.keys[role]);
      assert.equal(await page.locator('#nav a', { hasText: 'Admin' }).count(), 0, 'no Admin in the menu');
      await page.goto(`${suite.server.base}/#/admin`);
      await page.getByText('The admin page needs an admin key.').waitFor();
      assert.equal(await page.locator('.keys-table, .audit-table').count(), 0);
      for (const [method, path] of [['GET', '/v1/keys'], ['POST', '/v1/keys'], ['DELETE', '/v1/keys/0123456789ab'], ['GET', '/v1/audit'], ['GET', '/v1/audit/actions']] as const) {
        const r = await api(path, suite.server.keys[role], method === 'POST' ? { method, body: '{"role":"admin"}', headers: { 'content-type': 'application/json' } } : { method });
        assert.deepEqual([r.status, await codeOf(r)], [403, 'auth.forbidden'], `${method} ${path}`);
      }
    });
  }

  it('re-analysis: a second analysis in the history, the latest marked; a verified event stays verified', async () => {
    const { page } = suite.w;
    const posted = await api('/v1/documents?published=2016-11-10&title=Invented%20roundup', suite.server.keys.analyst, { method: 'POST', body: ROUNDUP, headers: { 'content-type': 'text/plain' } });
    const doc = ((await posted.json()) as { document: { documentId: string } }).document.documentId;
    await page.goto(`${suite.server.base}/#/documents/${doc}`);
    await page.getByRole('heading', { name: 'Analyses (1)' }).waitFor();
    await page.getByText('Re-analysis needs an analyst key.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Re-analyse' }).count(), 0, 'a viewer reads the history, never re-analyses');

    await signOut(page);
    await signIn(page, suite.server.base, suite.server.keys.analyst);
    await page.goto(`${suite.server.base}/#/events?document=${doc}&status=draft,verified,rejected`);
    await page.locator('.map-note').waitFor();
    await page.locator('body').press('j');
    await page.locator('.detail .field-rows').waitFor();
    await page.locator('body').press('v');
    await page.locator('.detail .detail-head .badge', { hasText: 'verified' }).waitFor();
    const verified = Number(await page.locator('.events-table tr[aria-selected="true"]').getAttribute('data-id'));
    const summary = (await page.locator('.detail-head h2').textContent())!;

    await page.goto(`${suite.server.base}/#/documents/${doc}`);
    const rows = page.locator('.analyses-table tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 1);
    await page.getByRole('button', { name: 'Re-analyse' }).click();
    await page.getByText(/^Nothing new: this engine already analysed the text with publication date 2016-11-10 \(analysis #\d+\)/).waitFor();
    assert.equal(await rows.count(), 1, 'the same engine and date store nothing new');

    await page.getByLabel('Publication date').fill('2016-11-17');
    await page.getByRole('button', { name: 'Re-analyse' }).click();
    await page.getByRole('heading', { name: 'Analyses (2)' }).waitFor();
    assert.equal(await rows.count(), 2);
    const newest = await rows.nth(0).locator('td').allTextContents();
    const oldest = await rows.nth(1).locator('td').allTextContents();
    assert.match(newest[0], /^#\d+latest$/, 'the latest marked');
    assert.match(oldest[0], /^#\d+$/);
    assert.deepEqual([newest[2], oldest[2]], ['2016-11-17', '2016-11-10'], 'the publication date each used');
    assert.match(newest[1], /by you \(e2e analyst\)/);
    assert.match(oldest[1], /by you \(e2e analyst\)/, 'ingested with the same key');
    assert.match(newest[3], /^[0-9a-f]{10}…$/, 'the pipeline fingerprint');
    assert.ok(Number(newest[4]) > 0, 'its events');

    const carried = page.locator('.carried-list li');
    await carried.first().waitFor();
    assert.equal(await carried.count(), 1, 'the one reviewed event');
    const line = (await carried.first().textContent()) ?? '';
    assert.match(line, /^verified kept: /);
    assert.match(line, new RegExp(`took over from event ${verified}`));
    const now = Number(await carried.first().getAttribute('data-event'));
    assert.notEqual(now, verified, 'a new event of the new analysis');
    await page.locator('.doc-events li', { hasText: summary }).locator('.badge', { hasText: 'verified' }).waitFor();

    await carried.first().getByRole('link').click();
    await page.locator('.detail .detail-head .badge', { hasText: 'verified' }).waitFor();
    assert.match((await page.locator('.detail .detail-head .meta').textContent()) ?? '', new RegExp(`event ${now} `));
    await page.locator('.history li', { hasText: 'carry' }).waitFor();
    assert.match((await page.locator('.history li', { hasText: 'carry' }).textContent()) ?? '', new RegExp(`from event ${verified}`));
  });
});
