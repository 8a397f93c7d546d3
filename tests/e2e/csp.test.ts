/**
 * Content-Security-Policy in a real browser (docs/SECURITY.md): every page
 * type, the chart pages and the search page with results load and run their
 * scripts without a single violation, and the policy really is enforced — an
 * injected inline script is refused. Each page is loaded twice: as a plain
 * static host serves it (the <meta> policy only) and as a host that reads
 * dist/_headers serves it (the header policy as well).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, siteUrl } from './browser';
import { pageTypes } from './site';
import { PAGEFIND_WASM } from '../../src/lib/search/bundle';

let browser: Browser;
let context: BrowserContext;
let deployed: BrowserContext;
/** Paths the header-adding route saw, to know it covered Pagefind's script and WebAssembly. */
const routed = new Set<string>();

interface HeaderRule {
  path: RegExp;
  headers: Record<string, string>;
}

/** Netlify/Cloudflare `_headers`: a path pattern line, then indented "Name: value" lines. */
function headerRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ path: new RegExp(`^${pattern}$`), headers: {} });
    } else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      if (name && rules.length) rules.at(-1)!.headers[name.toLowerCase()] = value!;
    }
  }
  return rules;
}

const rules = () => headerRules(readFileSync(join(inject('distDir'), '_headers'), 'utf8'));

/** Serves every response of the site with the headers dist/_headers gives its path. */
async function withHeaders(ctx: BrowserContext): Promise<void> {
  const base = new URL(inject('baseUrl'));
  const all = rules();
  await ctx.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== base.origin) return route.continue();
    const path = '/' + url.pathname.slice(base.pathname.length);
    routed.add(path);
    const response = await route.fetch();
    const headers = { ...response.headers() };
    for (const rule of all) if (rule.path.test(path)) Object.assign(headers, rule.headers);
    await route.fulfill({ response, headers });
  });
}

async function watchViolations(ctx: BrowserContext): Promise<void> {
  // Registered before any page script, so a violation during parsing counts too.
  await ctx.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
}

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
  deployed = await browser.newContext();
  await withHeaders(deployed);
  for (const ctx of [context, deployed]) await watchViolations(ctx);
});
afterAll(async () => {
  await browser?.close();
});

interface Loaded {
  page: Page;
  problems: string[];
}

async function load(path: string, ctx = context): Promise<Loaded> {
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  return { page, problems };
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** The policy the page sets; absent means nothing is enforced. */
async function policy(page: Page): Promise<string> {
  return (await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')) ?? '';
}

const PAGES: [string, string][] = [
  ...pageTypes(),
  ['tiến độ chung', '/tien-do/'],
  ['tiến độ một kế hoạch', '/tien-do/vp-ubnd-2024/'],
  ['mạng lưới', '/mang-luoi/'],
  ['văn bản gốc, một đoạn dòng', '/vp-ubnd-2024/van-ban/#L226-L229'],
];

describe('Content-Security-Policy', () => {
  it.each(PAGES)('%s (%s): policy set, no violation, no console error', async (_, path) => {
    for (const ctx of [context, deployed]) await checkPage(path, ctx);
  });

  async function checkPage(path: string, ctx: BrowserContext): Promise<void> {
    const { page, problems } = await load(path, ctx);
    const csp = await policy(page);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    // Only the search page compiles WebAssembly.
    expect(csp.includes("'wasm-unsafe-eval'")).toBe(path === '/tim-kiem/');
    // Give deferred module scripts and chart enhancement a moment to run.
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    // The 404 page logs its own status as a console error; that is the server, not a policy.
    expect(problems.filter((p) => !(path === '/khong-co-trang-nay/' && /404/.test(p)))).toEqual([]);
    await page.close();
  }

  it.each([
    ['as a plain host serves it', false],
    ['with the _headers policy', true],
  ])('the search page finds results %s (Pagefind WebAssembly allowed)', async (_, headers) => {
    const { page, problems } = await load('/tim-kiem/?q=b%C6%B0u%20ch%C3%ADnh', headers ? deployed : context);
    await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 20_000 });
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    if (headers) expect(routed).toContain(`/pagefind/${PAGEFIND_WASM}`);
    await page.close();
  });

  it('search runs Pagefind on the page itself, never in its worker', async () => {
    // Only the search page's own policy ('wasm-unsafe-eval') lets it compile
    // the engine there (src/components/search/client.ts: noWorker).
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('pagefind-worker')) workers.push(r.url());
    });
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(siteUrl('/tim-kiem/?q=b%C6%B0u%20ch%C3%ADnh'));
    await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 20_000 });
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(workers).toEqual([]);
    await page.close();
  });

  it("_headers sends the <meta> policy, plus frame-ancestors and the search page's WebAssembly", async () => {
    const directives = (csp: string) =>
      new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [
            name!,
            values
              .filter((v) => !/^'sha\d+-/.test(v))
              .sort()
              .join(' '),
          ]),
      );
    const html = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const header = rules().find((r) => r.path.test('/'))?.headers['content-security-policy'] ?? '';
    const expected = directives(meta);
    expected.set('script-src', `${expected.get('script-src')} 'wasm-unsafe-eval'`.split(' ').sort().join(' '));
    expected.set('frame-ancestors', "'none'");
    expect(directives(header)).toEqual(expected);
    expect(rules().find((r) => r.path.test('/'))?.headers['x-content-type-options']).toBe('nosniff');
  });

  it('scripts bundled by Astro still run: the source range is highlighted', async () => {
    const { page } = await load('/vp-ubnd-2024/van-ban/#L226-L229');
    await page.waitForSelector('.line.hl');
    expect(await page.locator('.line.hl').count()).toBe(4);
    await page.close();
  });

  it('is enforced: an inline script injected into a page is refused', async () => {
    const { page } = await load('/vp-ubnd-2024/');
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __ran?: boolean };
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
      const a = document.createElement('div');
      a.innerHTML = '<img src="x" onerror="window.__ran = true">';
      document.body.append(a);
      await new Promise((r) => setTimeout(r, 300));
      return w.__ran === true;
    });
    expect(ran).toBe(false);
    expect((await violations(page)).join('\n')).toMatch(/script-src/);
    await page.close();
  });
});
