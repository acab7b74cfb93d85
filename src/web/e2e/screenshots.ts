// The README's screenshots (docs/workbench-*.png), taken in Chromium from a throwaway store holding
// the bundled samples and ~1,500 events of the invented benchmark corpus (then a re-analysis, and
// keys made and revoked on the admin page):
//   node --import tsx src/web/e2e/screenshots.ts
import { mkdirSync, readFileSync } from 'node:fs';
import { launch, signIn, signOut, watchedPage } from './browser.js';
import { seedEvents } from './seed.js';
import { startServer } from './server.js';

const OUT = 'docs';
mkdirSync(OUT, { recursive: true });
const server = await startServer();
const browser = await launch();
try {
  await seedEvents(server.store, 1500);
  const w = await watchedPage(browser, { width: 1280, height: 800 });
  const { page } = w;
  await signIn(page, server.base, server.keys.analyst);
  const post = (text: string, published: string, title: string) => fetch(`${server.base}/v1/documents?published=${published}&title=${encodeURIComponent(title)}`, {
    method: 'POST', headers: { authorization: `Bearer ${server.keys.analyst}`, 'content-type': 'text/plain' }, body: text,
  }).then((r) => r.json() as Promise<{ document: { documentId: string } }>);
  await post(readFileSync('samples/news.txt', 'utf8'), '2019-03-12', 'Wire report: market bombing and base attack (invented sample)');
  const roundup = (await post(readFileSync('samples/roundup.txt', 'utf8'), '2016-11-10', 'Weekly roundup of claimed operations (invented sample)')).document.documentId;
  await page.goto(`${server.base}/#/inbox`);
  await page.locator('.inbox-list table').waitFor();
  await page.screenshot({ path: `${OUT}/workbench-inbox.png` });

  await page.goto(`${server.base}/#/documents/${roundup}`);
  await page.locator('.doc-text').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/workbench-document.png` });

  await page.goto(`${server.base}/#/events?status=draft,verified`);
  await page.locator('.map-note').waitFor();
  await page.waitForTimeout(800);
  for (let i = 0; i < 3; i++) { await page.locator('body').press('j'); await page.locator('.detail .field-rows').waitFor(); await page.locator('body').press('v'); await page.locator('.detail .detail-head .badge', { hasText: 'verified' }).waitFor(); }
  await page.locator('.toast').waitFor({ state: 'detached' });
  await page.screenshot({ path: `${OUT}/workbench-events.png` });

  await page.goto(`${server.base}/#/events?document=${roundup}&status=draft,verified,rejected`);
  await page.locator('.map-note').waitFor();
  await page.locator('body').press('j');
  await page.locator('body').press('j');
  await page.locator('.detail .field-rows').waitFor();
  await page.locator('body').press('v');
  await page.locator('.history li').first().waitFor();
  await page.locator('.toast').waitFor({ state: 'detached' });
  await page.screenshot({ path: `${OUT}/workbench-event-detail.png` });

  // Re-analysis: the roundup with another publication date; its verified event is carried over.
  await page.goto(`${server.base}/#/documents/${roundup}`);
  await page.getByLabel('Publication date').fill('2016-11-12');
  await page.getByRole('button', { name: 'Re-analyse' }).click();
  await page.getByRole('heading', { name: 'Analyses (2)' }).waitFor();
  await page.locator('.carried-list li').first().waitFor();
  await page.locator('.toast').waitFor({ state: 'detached' });
  await page.locator('.analyses-card').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `${OUT}/workbench-analyses.png` });

  // The admin page: two keys made, one revoked, the newest audit entries opened.
  await signOut(page);
  await signIn(page, server.base, server.keys.admin);
  await page.getByRole('link', { name: 'Admin' }).click();
  for (const [name, role] of [['wire desk', 'viewer'], ['night desk', 'analyst']]) {
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Role', { exact: true }).selectOption(role);
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByRole('button', { name: 'Done: I have stored the key' }).click();
    await page.locator('.keys-table tr', { hasText: name }).waitFor();
  }
  await page.getByRole('button', { name: 'Revoke key wire desk' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
  await page.locator('.keys-table tr', { hasText: 'wire desk' }).locator('.key-revoked').waitFor();
  await page.locator('.audit-table > tbody > tr', { hasText: 'key.revoke' }).waitFor();
  for (const i of [0, 1]) await page.locator('.audit-table > tbody > tr').nth(i).locator('summary').click();
  await page.locator('.toast').waitFor({ state: 'detached' });
  await page.screenshot({ path: `${OUT}/workbench-admin.png`, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1120 } });
  if (w.problems.length) throw new Error(w.problems.join('\n'));
  process.stderr.write(`screenshots in ${OUT}/\n`);
} finally {
  await browser.close();
  await server.close();
}
