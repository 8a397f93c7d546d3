/**
 * Hostile source text, proven in a browser. A separate site is built from a
 * content folder holding only hostile plans (tests/fixtures/bad/hostile: a
 * table; tests/fixtures/hostile-site: prose and a hostile meta title), in a
 * throw-away copy of the project so the real .generated/, public/data and
 * dist/ are never touched. Every hostile string must show as literal text on
 * the pages and in search results, and nothing may run: no dialog, no element
 * or attribute from the source in the DOM, no javascript: link, no console
 * error. The checks run twice: with the Content-Security-Policy, and with it
 * bypassed, so escaping alone is shown to hold (the policy is the second wall).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './browser';
import { listen } from '../../scripts/lib/serve';
import { copyProject } from '../../scripts/lib/project';

const run = promisify(execFile);
const ROOT = resolve('.');
const SOURCES = ['tests/fixtures/bad/hostile/sources', 'tests/fixtures/hostile-site/sources'];

let project: string;
let server: Server;
let baseUrl: string;
let browser: Browser;
let strict: BrowserContext;
let raw: BrowserContext;

/** npm run build without the permalink check (the registry lists the real site's pages). */
async function buildHostileSite(dir: string): Promise<void> {
  rmSync(join(dir, 'content', 'sources'), { recursive: true, force: true });
  rmSync(join(dir, 'content', 'corrections'), { recursive: true, force: true });
  mkdirSync(join(dir, 'content', 'sources'));
  for (const from of SOURCES)
    for (const name of readdirSync(from)) cpSync(join(from, name), join(dir, 'content', 'sources', name));
  const bin = join(dir, 'node_modules', '.bin');
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, BASE_PATH: '/' };
  for (const [cmd, ...args] of [
    [join(bin, 'tsx'), 'scripts/build-data.ts'],
    [join(bin, 'astro'), 'build'],
    [process.execPath, 'scripts/pagefind.mjs'],
  ] as const) {
    try {
      await run(cmd, args, { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      throw new Error(`${cmd} ${args.join(' ')} thất bại:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
    }
  }
}

beforeAll(async () => {
  project = copyProject(ROOT, 'hostile');
  await buildHostileSite(project);
  const served = await listen(join(project, 'dist'));
  server = served.server;
  baseUrl = `${served.origin}/`;
  browser = await launch();
  strict = await browser.newContext();
  raw = await browser.newContext({ bypassCSP: true });
  for (const context of [strict, raw])
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  if (project) rmSync(project, { recursive: true, force: true });
});

interface Seen {
  page: Page;
  dialogs: string[];
  errors: string[];
}

async function open(context: BrowserContext, path: string): Promise<Seen> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href, { waitUntil: 'load' });
  return { page, dialogs, errors };
}

/** Everything in the DOM that could run or navigate to script, described; must be empty. */
async function liveMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['iframe', 'object', 'embed', 'component', 'evil'].includes(tag)) found.push(`<${tag}>`);
      if (tag === 'script') {
        const s = el as HTMLScriptElement;
        const data = s.type === 'application/json';
        const bundled = s.src !== '' && new URL(s.src).origin === location.origin && s.textContent === '';
        if (!data && !bundled) found.push(`<script>${s.textContent?.slice(0, 60)}`);
      }
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`<${tag} ${attr.name}>`);
        // URL attributes only (text in a title= is harmless); data: only as
        // HTML, since the site's own icon is a data: SVG.
        const url = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc'].includes(
          attr.name,
        );
        if (url && /^\s*(javascript:|vbscript:|data:text\/html)/i.test(attr.value))
          found.push(`<${tag} ${attr.name}="${attr.value}">`);
      }
      if (tag === 'img' && el.getAttribute('src') === 'x') found.push('<img src=x>');
    }
    return found;
  });
}

/** The text a reader sees once every collapsed section (the plan's prose) is opened. */
async function mainText(page: Page): Promise<string> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  return page.locator('main').innerText();
}

// Where each hostile string must appear as text (from the two fixture folders).
const PAGES: [what: string, path: string, texts: string[]][] = [
  [
    'nhiệm vụ 3 (bảng)',
    '/thu/3/',
    ['<script>alert(1)</script> {props} <img src=x onerror=alert(2)>', '<iframe src="javascript:alert(3)"></iframe>'],
  ],
  ['nhiệm vụ 4 (bảng)', '/thu/4/', ['import fs from "node:fs"', 'export const a = 1', '<Component />']],
  [
    'kế hoạch (bảng)',
    '/thu/',
    ['<script>alert(1)</script> {props} <img src=x onerror=alert(2)>', 'import fs from "node:fs"'],
  ],
  ['văn bản gốc (bảng)', '/thu/van-ban/', ['<iframe src="javascript:alert(3)"></iframe>', '<Component />']],
  [
    'kế hoạch (văn xuôi)',
    '/van-xuoi/',
    [
      "Kế hoạch thử nghiệm văn xuôi <script>alert('meta')</script> {meta}",
      'Cải cách hành chính <script>alert(10)</script> năm 2025',
      'Căn cứ <iframe src="javascript:alert(11)"></iframe> ngày 01/01/2025;',
      'import Evil from "./evil.mdx"',
      'export const leak = process.env.HOME',
      'Văn bản có {alert(12)} và {props.x} và <Component client:load /> và <svg onload=alert(13)>.',
      '[bấm vào đây](javascript:alert(14)) và ![ảnh](javascript:alert(15)) và <a href="javascript:alert(16)">liên kết</a>',
    ],
  ],
  [
    'nhiệm vụ (văn xuôi)',
    '/van-xuoi/1-2/',
    ['Kiểm tra <img src=x onerror=alert(19)> và [liên kết](javascript:alert(20)).'],
  ],
  ['nhiệm vụ 1-3 (văn xuôi)', '/van-xuoi/1-3/', ['import x from "y" export default {alert(21)} <Component />.']],
  ['trang chủ', '/', ["Kế hoạch thử nghiệm văn xuôi <script>alert('meta')</script> {meta}"]],
  ['chất lượng dữ liệu', '/chat-luong/', ['"<Component />"']],
];

describe('hostile text shows as text and never runs', () => {
  it('the hostile site has the pages this test reads', () => {
    const tasks = JSON.parse(readFileSync(join(project, 'dist', 'data', 'tasks.json'), 'utf8')) as { url: string }[];
    for (const [, path] of PAGES.filter(([, p]) => /\/\d/.test(p))) expect(tasks.map((t) => t.url)).toContain(path);
  });

  it.each(PAGES)('%s (%s)', async (_, path, texts) => {
    for (const context of [strict, raw]) {
      const { page, dialogs, errors } = await open(context, path);
      const text = await mainText(page);
      for (const t of texts) expect(text, `${path}: "${t}"`).toContain(t);
      // The page's own title (browser tab) is text too.
      if (path === '/van-xuoi/') expect(await page.title()).toContain("<script>alert('meta')</script>");
      await page.waitForTimeout(200);
      expect(await liveMarkup(page)).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      if (context === strict)
        expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      await page.close();
    }
  });

  it('control: the same markup, really injected, is caught by these checks', async () => {
    const { page, dialogs } = await open(raw, '/thu/3/');
    await page.evaluate(() =>
      document
        .querySelector('main')!
        .insertAdjacentHTML('beforeend', '<img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a>'),
    );
    await expect.poll(() => dialogs).toEqual(['2']);
    expect(await liveMarkup(page)).toEqual(['<img onerror>', '<img src=x>', '<a href="javascript:alert(3)">']);
    await page.close();
  });

  it.each([
    ['onerror', '<script>alert(1)</script> {props} <img src=x onerror=alert(2)>'],
    ['evil', 'import Evil from "./evil.mdx"'],
    ['Component', '<Component />'],
  ])('search "%s": results show the source text literally', async (query, literal) => {
    for (const context of [strict, raw]) {
      const { page, dialogs, errors } = await open(context, `/tim-kiem/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 20_000 });
      const results = page.locator('[data-search-results]');
      expect(await results.locator('li').count()).toBeGreaterThan(0);
      expect(await results.innerText()).toContain(literal);
      // Pagefind's <mark> is the only markup results may carry.
      const tags = await results.evaluate((ol) => [...ol.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
      expect(new Set(tags)).toEqual(new Set(tags.filter((t) => ['li', 'h2', 'a', 'p', 'mark'].includes(t))));
      await page.waitForTimeout(200);
      expect(await liveMarkup(page)).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

// The body goes through the Markdown processor Astro 7 uses for MDX
// (astro.config.mjs: unified() with remark-gfm): the fixture's GFM table and
// strikethrough render as such, and the HTML and expression in a cell stay text.
describe('GFM in a plan body, through Astro', () => {
  it('renders the table and strikethrough of van-xuoi.txt ("Bảng thử")', async () => {
    const { page } = await open(strict, '/van-xuoi/');
    const table = page.locator('.plan-body table');
    expect(await table.count()).toBe(1);
    expect(await table.locator('th').allInnerTexts()).toEqual(['Cột một', 'Cột hai']);
    expect(await table.locator('td del').innerText()).toBe('đã bỏ');
    expect(await table.locator('td').nth(1).innerText()).toBe('<b>không in đậm</b> {alert(22)}');
    expect(await table.locator('b').count()).toBe(0);
    await page.close();
  });
});
