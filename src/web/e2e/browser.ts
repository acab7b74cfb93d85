// Debian's Chromium driven by playwright-core, for the end-to-end tests, the performance test and
// the screenshots. A page collects console errors, page errors and Content-Security-Policy
// violations: the tests fail on any of them.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ClaimScopeError } from '../../core/errors.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    const err = new ClaimScopeError('e2e.chromium_missing', `no Chromium at ${CHROMIUM}: install Debian's (apt-get install -y --no-install-recommends chromium) or set CHROMIUM_PATH; the browser tests never skip`);
    err.message = `claimscope: error[${err.code}] ${err.message}`; // the code in the test report
    throw err;
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface WatchedPage { page: Page; context: BrowserContext; problems: string[] }

export async function watchedPage(browser: Browser, opts: { width?: number; height?: number; acceptDownloads?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 }, acceptDownloads: opts.acceptDownloads ?? true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, context, problems };
}

/** Signs in on the page with a key (the sign-in form, as a person would). */
export async function signIn(page: Page, base: string, key: string): Promise<void> {
  await page.goto(`${base}/#/inbox`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
}

/** Signs out with the button and waits for the sign-in form. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to ClaimScope' }).waitFor();
}
