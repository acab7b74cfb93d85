// Accessibility of every view, checked by axe-core (WCAG 2.1 A and AA rules) in Debian's Chromium:
// the inbox, a document in the reduced-exposure view, the events with an event open, the banks page,
// a document's analysis history after a re-analysis, the admin page (a new key shown, an audit diff
// open, the revoke confirmation), and the sign-in form. Any violation fails the test, with the rule
// and the elements it names.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launch, signIn, signOut, watchedPage, type WatchedPage } from './browser.js';
import { startServer, type TestServer } from './server.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }

/** axe-core's violations on the page as it stands (evaluated through the DevTools protocol, so the page's CSP stays strict). */
async function violations(page: Page): Promise<string[]> {
  const found = await page.evaluate(async ({ source, tags }) => {
    if (!('axe' in window)) (0, eval)(source);
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, { source: AXE_SOURCE, tags: TAGS });
  return found.map((v: Violation) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** The events view with the first event of the table open in the detail pane. */
async function openFirstEvent(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Events', exact: true }).click();
  await page.locator('.events-head .count').waitFor();
  await page.keyboard.press('j');
}

describe('accessibility of the workbench (axe-core, WCAG 2.1 A/AA)', () => {
  let server: TestServer;
  let browser: Browser;
  let w: WatchedPage;

  before(async () => {
    server = await startServer();
    browser = await launch();
    w = await watchedPage(browser);
  });
  after(async () => { await browser?.close(); await server?.close(); });

  it('the sign-in form', async () => {
    await w.page.goto(`${server.base}/`);
    await w.page.getByLabel('API key').waitFor();
    assert.deepEqual(await violations(w.page), []);
  });

  it('the inbox, with the paste form open', async () => {
    const { page } = w;
    await signIn(page, server.base, server.keys.analyst);
    await page.getByText('Add documents: paste or upload').click();
    assert.deepEqual(await violations(page), []);
  });

  it('a document in the reduced-exposure view', async () => {
    const { page } = w;
    await page.getByLabel('Document text').fill(readFileSync('samples/roundup.txt', 'utf8'));
    await page.getByLabel('Published (optional)').fill('2016-11-10');
    await page.getByLabel('Title (optional)').fill('Invented roundup');
    await page.getByRole('button', { name: 'Analyse and store' }).click();
    await page.getByRole('heading', { name: 'Invented roundup' }).waitFor();
    assert.deepEqual(await violations(page), []);
  });

  it('the events with one open in the detail pane', async () => {
    const { page } = w;
    await openFirstEvent(page);
    await page.locator('.detail .detail-head').waitFor();
    assert.deepEqual(await violations(page), []);
  });

  it('the banks page', async () => {
    const { page } = w;
    await page.getByRole('link', { name: 'Banks' }).click();
    await page.getByText('No banks yet.').waitFor();
    assert.deepEqual(await violations(page), []);
  });

  it('a document\'s analysis history after a re-analysis, with the reviews it carried', async () => {
    const { page } = w;
    await openFirstEvent(page);
    await page.locator('.detail .field-rows').waitFor();
    await page.keyboard.press('v');
    await page.locator('.detail .detail-head .badge', { hasText: 'verified' }).waitFor();
    await page.locator('.detail-head .meta a').click();
    await page.getByLabel('Publication date').fill('2016-11-17');
    await page.getByRole('button', { name: 'Re-analyse' }).click();
    await page.locator('.carried-list li').waitFor();
    assert.deepEqual(await violations(page), []);
  });

  it('the admin page: the keys with a new key shown once, the audit log with a diff open', async () => {
    const { page } = w;
    await signOut(page);
    await signIn(page, server.base, server.keys.admin);
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByLabel('Name', { exact: true }).fill('night desk');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.locator('.new-key').waitFor();
    await page.locator('.audit-table summary').first().waitFor();
    await page.locator('.audit-table summary').first().click();
    assert.deepEqual(await violations(page), []);
  });

  it('the admin page: the revoke confirmation', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Done: I have stored the key' }).click();
    await page.getByRole('button', { name: 'Revoke key night desk' }).click();
    await page.getByRole('dialog').waitFor();
    assert.deepEqual(await violations(page), []);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('the check itself finds a violation when there is one (an image without a text alternative)', async () => {
    const { page } = w;
    await page.evaluate(() => { const img = document.createElement('img'); img.id = 'axe-probe'; document.body.append(img); });
    const found = await violations(page);
    await page.evaluate(() => document.getElementById('axe-probe')?.remove());
    assert.ok(found.some((v) => v.startsWith('image-alt')), found.join('\n'));
  });

  it('no console error, page error or CSP violation on the way', () => {
    assert.deepEqual(w.problems, []);
  });
});
