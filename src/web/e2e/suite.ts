// The frame of a browser test file: one server, one Chromium and one watched page for the describe
// block around it, closed afterwards; after each test, any console error, page error or CSP
// violation fails it, except those the test allowed (allow()) for itself.
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, watchedPage, type WatchedPage } from './browser.js';
import { startServer, type TestServer } from './server.js';

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  readonly w: WatchedPage;
  /** Problems this test expects (a refused key's 401), by pattern. */
  allow(...patterns: RegExp[]): void;
}

export function browserSuite(): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let w: WatchedPage | undefined;
  let allowed: RegExp[] = [];
  before(async () => {
    server = await startServer();
    browser = await launch();
    w = await watchedPage(browser);
  });
  after(async () => { await browser?.close(); await server?.close(); });
  afterEach(() => {
    const problems = (w?.problems ?? []).filter((p) => !allowed.some((a) => a.test(p)));
    if (w) w.problems.length = 0;
    allowed = [];
    assert.deepEqual(problems, [], 'no console error, page error or CSP violation');
  });
  const ready = <T>(x: T | undefined): T => { if (x === undefined) throw new Error('the browser suite is not set up yet'); return x; };
  return {
    get server() { return ready(server); },
    get browser() { return ready(browser); },
    get w() { return ready(w); },
    allow: (...patterns) => { allowed.push(...patterns); },
  };
}
