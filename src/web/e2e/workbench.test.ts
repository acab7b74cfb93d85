// The workbench end to end in Debian's Chromium: sign in, paste an invented roundup, read it in the
// reduced-exposure view, see its events on the map and the timeline, review with the keys (and
// see the audit trail), filter and brush, export CSV and check it, the banks page, a narrow window.
// Every test fails on a console error, a page error or a Content-Security-Policy violation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { ACLED_COLUMNS } from '../../export/acled-csv.js';
import { signIn, watchedPage } from './browser.js';
import { browserSuite } from './suite.js';

const ROUNDUP = readFileSync('samples/roundup.txt', 'utf8');

const countShown = async (page: Page) => Number(/^([\d,]+) of/.exec((await page.locator('.events-head .count').textContent()) ?? '')?.[1].replace(/,/g, ''));
const mapCount = async (page: Page) => Number(/^([\d,]+) events on the map/.exec((await page.locator('.map-note').textContent()) ?? '')?.[1].replace(/,/g, ''));
const timelineCount = async (page: Page) => Number(/^([\d,]+) dated events/.exec((await page.locator('.timeline-note').textContent()) ?? '')?.[1].replace(/,/g, ''));
/**
 * How far the page reaches past the window once its layout has settled: read again every 100 ms for
 * up to 3 s while it is over (views lay out their map and timeline from a ResizeObserver, which a
 * loaded machine may run after the network goes idle), with the widest element for the message.
 */
async function settledOverflow(page: Page): Promise<{ overflow: number; widest: string }> {
  const read = () => page.evaluate(() => {
    let widest = '';
    let right = 0;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect().right;
      if (r > right) { right = r; widest = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`; }
    }
    return { overflow: document.documentElement.scrollWidth - window.innerWidth, widest };
  });
  let seen = await read();
  for (let waited = 0; seen.overflow > 0 && waited < 3000; waited += 100) {
    await page.waitForTimeout(100);
    seen = await read();
  }
  return seen;
}
const selectedStatus = async (page: Page) => (await page.locator('.detail .detail-head .badge').first().textContent())?.trim();

describe('workbench in a real browser (Chromium)', () => {
  const suite = browserSuite();
  let documentUrl = '';

  it('a wrong key is refused with its code; the right one signs in', async () => {
    const { page } = suite.w;
    suite.allow(/status of 401/);
    await page.goto(`${suite.server.base}/`);
    await page.getByLabel('API key').fill('cs_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.form-error', { hasText: 'error[auth.invalid_key]' }).waitFor();
    await signIn(page, suite.server.base, suite.server.keys.analyst);
    assert.match((await page.locator('#session').textContent()) ?? '', /e2e analyst · analyst/);
    await page.getByText('No documents yet.').waitFor();
  });

  it('paste an invented roundup: the document opens in the reduced-exposure view, with a content warning', async () => {
    const { page } = suite.w;
    await page.getByText('Add documents: paste or upload').click();
    await page.getByLabel('Document text').fill(ROUNDUP);
    await page.getByLabel('Published (optional)').fill('2016-11-10');
    await page.getByLabel('Title (optional)').fill('Invented roundup');
    await page.getByRole('button', { name: 'Analyse and store' }).click();
    await page.getByRole('heading', { name: 'Invented roundup' }).waitFor();
    documentUrl = page.url();
    const toggle = page.getByLabel('Reduced-exposure view (neutral wording)');
    assert.equal(await toggle.isChecked(), true, 'on by default');
    assert.match((await page.locator('.exposure .warning').textContent()) ?? '', /Content warning/);
    const neutral = (await page.locator('.doc-text').textContent()) ?? '';
    assert.ok(!/Khilafah|Rafidi/.test(neutral), 'the group\'s own terms are not shown');
    assert.ok(neutral.includes('Islamic State'), 'their neutral renderings are');
    assert.ok((await page.locator('.doc-text .hl-signal').count()) > 0, 'signal spans highlighted');
    assert.ok((await page.locator('.doc-text .hl-event').count()) > 0, 'event spans highlighted');
    assert.ok((await page.locator('.doc-text .hl-neutral').count()) > 0, 'neutral renderings marked');
    assert.equal(await page.locator('.doc-text script, .doc-text img').count(), 0);
    await page.getByRole('button', { name: /show span 1 of voice\.pejorative/ }).click();
    await page.locator('.doc-text .flash').waitFor();
    await toggle.uncheck();
    assert.ok(((await page.locator('.doc-text').textContent()) ?? '').includes('Khilafah'), 'the original only when turned off');
    await toggle.check();
    assert.match((await page.locator('#assessment-title + .assessment-line').textContent()) ?? '', /propaganda/);
    await page.getByText('Statement of reasons').waitFor();
  });

  it('its events on the map and on the timeline; j selects, v verifies, and the audit trail shows it', async () => {
    const { page } = suite.w;
    await page.getByRole('link', { name: /events on the map/ }).click();
    await page.locator('.map-note').waitFor();
    assert.equal(await countShown(page), 8);
    assert.equal(await mapCount(page), 8);
    assert.equal(await timelineCount(page), 8);
    assert.equal(await page.locator('.events-table tbody tr[data-id]').count(), 8);
    const painted = await page.locator('.map-canvas').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let vermillion = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] === 0xd5 && d[i + 1] === 0x5e && d[i + 2] === 0x00) vermillion++;
      return vermillion;
    });
    assert.ok(painted > 20, 'explosion points are drawn on the map');
    await page.locator('body').press('j');
    await page.locator('.detail .field-rows').waitFor();
    assert.equal(await page.locator('.events-table tr[aria-selected="true"]').count(), 1);
    assert.equal(await selectedStatus(page), 'draft');
    assert.ok((await page.locator('.detail .badge.stated').count()) > 0, 'stated values marked');
    assert.ok((await page.locator('.detail .badge.inferred').count()) > 0, 'inferred values marked');
    const excerpt = (await page.locator('.detail .excerpt').textContent()) ?? '';
    assert.ok(!/Khilafah|Rafidi/.test(excerpt), 'the excerpt is in the reduced-exposure view too');
    await page.locator('body').press('v');
    await page.locator('.detail .detail-head .badge', { hasText: 'verified' }).waitFor();
    await page.locator('.history li', { hasText: 'verify' }).waitFor();
    assert.match((await page.locator('.history li').first().textContent()) ?? '', /verify by key:/);
    assert.equal(await page.locator('.events-table tr[aria-selected="true"] .badge').textContent(), 'verified');
  });

  it('k and j move through the table; r rejects; e edits a figure with a note', async () => {
    const { page } = suite.w;
    const first = await page.locator('.events-table tr[aria-selected="true"]').getAttribute('data-id');
    await page.locator('body').press('j');
    await page.locator('body').press('j');
    await page.locator('body').press('k');
    const second = await page.locator('.events-table tr[aria-selected="true"]').getAttribute('data-id');
    assert.notEqual(second, first);
    await page.locator('.detail .field-rows').waitFor();
    await page.locator('body').press('e');
    await page.getByLabel('Killed best').fill('5');
    await page.getByLabel('Killed low').fill('4');
    await page.getByLabel('Killed high').fill('6');
    await page.getByLabel('Note for the audit trail (optional)').fill('figure checked against the second source');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.history li', { hasText: 'figure checked' }).waitFor();
    await page.locator('.detail .edited-badge').first().waitFor();
    await page.locator('body').press('r');
    await page.locator('.detail .detail-head .badge', { hasText: 'rejected' }).waitFor();
    assert.equal(await page.locator('.events-table tr[aria-selected="true"] .badge').textContent(), 'rejected');
    // The document's link shows every status; without "rejected" the event leaves the view.
    await page.getByLabel('rejected').uncheck();
    assert.equal(await countShown(page), 7);
    assert.equal(await mapCount(page), 7);
    assert.equal(await page.locator('.events-table tbody tr[data-id]').count(), 7);
  });

  it('a filter narrows the table, the map and the timeline together', async () => {
    const { page } = suite.w;
    const before = await countShown(page);
    await page.getByLabel('Type', { exact: true }).selectOption('Remote explosive/landmine/IED');
    const n = await countShown(page);
    assert.ok(n > 0 && n < before, `${n} of ${before}`);
    assert.equal(await mapCount(page), n);
    assert.equal(await timelineCount(page), n);
    assert.equal(await page.locator('.events-table tbody tr[data-id]').count(), n);
    assert.match(page.url(), /type=Remote/);
    await page.getByLabel('Type', { exact: true }).selectOption('');
    assert.equal(await countShown(page), before);
  });

  it('the actor filter narrows the table, the map and the timeline together; an actor in the detail filters too', async () => {
    const { page } = suite.w;
    const before = await countShown(page);
    const actor = page.getByLabel('Actor', { exact: true });
    const same = async (n: number) => {
      assert.equal(await mapCount(page), n);
      assert.equal(await timelineCount(page), n);
      assert.equal(await page.locator('.events-table tbody tr[data-id]').count(), n);
    };
    await actor.fill('MOBILIZATION');
    await actor.press('Tab');
    const n = await countShown(page);
    assert.ok(n > 0 && n < before, `${n} of ${before}`);
    await same(n);
    assert.match(page.url(), /actor=MOBILIZATION/);
    await actor.fill('nobody named this');
    await actor.press('Tab');
    assert.equal(await countShown(page), 0);
    await same(0);
    await page.getByText('No event matches these filters.').waitFor();
    await actor.fill('syrian army');
    await actor.press('Tab');
    const syrian = await countShown(page);
    assert.ok(syrian > 0 && syrian < before, `${syrian} of ${before}`);
    await page.locator('.events-table tbody tr[data-id]').first().click();
    await page.locator('.detail .field-rows').waitFor();
    await actor.fill('');
    await actor.press('Tab');
    assert.equal(await countShown(page), before);
    await page.getByRole('button', { name: 'filter by Syrian army' }).click();
    assert.equal(await actor.inputValue(), 'Syrian army');
    assert.equal(await countShown(page), syrian);
    await same(syrian);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    assert.equal(await actor.inputValue(), '');
    assert.equal(await countShown(page), before);
  });

  it('brushing the timeline filters the map and the table; the date fields follow', async () => {
    const { page } = suite.w;
    const before = await countShown(page);
    const box = (await page.locator('.timeline-overlay').boundingBox())!;
    // The roundup's days sit at the right of its axis: brush its right half.
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 14, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const from = await page.getByLabel('From').inputValue();
    assert.match(from, /^2016-1[01]-\d\d$/);
    const n = await countShown(page);
    assert.ok(n < before && n > 0, `${n} of ${before}`);
    assert.equal(await mapCount(page), n);
    assert.equal(await page.locator('.events-table tbody tr[data-id]').count(), n);
    assert.equal(await timelineCount(page), before, 'the timeline keeps showing what the brush can select');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    assert.equal(await page.getByLabel('From').inputValue(), '');
  });

  it('export ACLED CSV of what is shown: the header and one row per event', async () => {
    const { page } = suite.w;
    const shown = await countShown(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ACLED CSV' }).click()]);
    assert.equal(download.suggestedFilename(), 'claimscope-events.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const header = Object.keys(rows[0]);
    assert.deepEqual(header.slice(0, ACLED_COLUMNS.length), [...ACLED_COLUMNS]);
    assert.equal(rows.length, shown);
    for (const r of rows) {
      assert.match(r.country, /^(Iraq|Syria)$/);
      assert.match(r.country_iso, /^(IQ|SY)$/);
      assert.match(r.event_date, /^2016-1[01]-\d\d$/);
    }
    assert.ok(rows.some((r) => r.fatalities === '4'), 'the edited figure (low 4) is exported');
  });

  it('the banks page: make a bank, add the document from its page, see the match', async () => {
    const { page } = suite.w;
    await page.getByRole('link', { name: 'Banks' }).click();
    await page.getByText('No banks yet.').waitFor();
    await page.getByLabel('Name').fill('e2e-block');
    await page.getByRole('button', { name: 'Create bank' }).click();
    await page.getByRole('heading', { name: /e2e-block/ }).waitFor();
    await page.goto(documentUrl);
    await page.getByLabel('Add this document to bank').selectOption('e2e-block');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('.match-strong').first().waitFor();
    await page.getByRole('link', { name: 'Banks' }).click();
    await page.getByRole('button', { name: 'Show items' }).click();
    await page.locator('.bank-items code', { hasText: 'sha256:' }).waitFor();
    await page.getByLabel(/Text to match/).fill(ROUNDUP);
    await page.getByRole('button', { name: 'Match', exact: true }).click();
    await page.locator('.match-out .match-strong').waitFor();
    await page.getByRole('link', { name: 'Inbox' }).click();
    await page.locator('.match-strong', { hasText: '1 strong' }).waitFor();
  });

  it('a narrow window: one column, nothing wider than the window', async () => {
    const narrow = await watchedPage(suite.browser, { width: 420, height: 860 });
    try {
      await signIn(narrow.page, suite.server.base, suite.server.keys.viewer);
      for (const view of ['#/inbox', '#/events', documentUrl.slice(documentUrl.indexOf('#')), '#/banks']) {
        await narrow.page.goto(`${suite.server.base}/${view}`);
        await narrow.page.waitForLoadState('networkidle');
        const { overflow, widest } = await settledOverflow(narrow.page);
        assert.ok(overflow <= 0, `${view} is ${overflow}px wider than the window (widest: ${widest})`);
      }
      await narrow.page.goto(`${suite.server.base}/#/events`);
      await narrow.page.locator('.map-note').waitFor();
      const map = (await narrow.page.locator('.map-card').boundingBox())!;
      const detail = (await narrow.page.locator('.detail').boundingBox())!;
      assert.ok(detail.y > map.y + map.height - 1, 'the detail pane below, not beside');
      assert.equal(await narrow.page.getByRole('button', { name: /Verify/ }).count(), 0, 'no event selected yet');
      await narrow.page.locator('body').press('j');
      assert.equal(await narrow.page.getByRole('button', { name: /Verify/ }).isDisabled(), true, 'a viewer cannot review');
      assert.deepEqual(narrow.problems, []);
    } finally { await narrow.context.close(); }
  });

  it('the page runs under the CSP with no inline script or style', async () => {
    const { page } = suite.w;
    const r = await page.goto(`${suite.server.base}/?reload#/events`);
    assert.match(r!.headers()['content-security-policy'] ?? '', /default-src 'self'/);
    assert.doesNotMatch(r!.headers()['content-security-policy'] ?? '', /unsafe/);
    await page.locator('.map-note').waitFor();
    assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([src]), style, [style*=":"]:not([style=""])').length > 0 && [...document.querySelectorAll('script:not([src]), style')].length), 0);
  });
});
