/**
 * Headless Debian Chromium through playwright-core. A missing browser throws:
 * in CI that is a failure, never a skip.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { CHROMIUM, launch } from '../../scripts/lib/browser';
import { afterAll, beforeAll, inject } from 'vitest';

export { CHROMIUM, launch };

export type Session<K extends string> = { browser: Browser } & Record<K, BrowserContext>;

/**
 * One browser for the tests of the file that calls this, launched before them
 * and closed after them, with one context per entry of `contexts` (created in
 * that order). The fields are set once the tests run, not when this returns.
 */
export function useBrowser<K extends string>(contexts: Record<K, BrowserContextOptions>): Session<K> {
  const session: Record<string, Browser | BrowserContext> = {};
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
    session.browser = browser;
    for (const [name, options] of Object.entries<BrowserContextOptions>(contexts))
      session[name] = await browser.newContext(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return session as Session<K>;
}

/** Site URL of a site-relative path ("/vp-ubnd-2024/13/"), honouring the served base path. */
export function siteUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), inject('baseUrl')).href;
}

export interface Visit {
  page: Page;
  consoleErrors: string[];
  /** Requests to anything but the local server: must stay empty. */
  external: string[];
  status: number | undefined;
}

export async function visit(context: BrowserContext, path: string): Promise<Visit> {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1'].includes(u.hostname) && !['data:', 'blob:', 'about:'].includes(u.protocol))
      external.push(r.url());
  });
  const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
  return { page, consoleErrors, external, status: response?.status() };
}
