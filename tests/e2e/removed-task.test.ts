/**
 * A task removed from a newer version of its plan keeps its address: a site
 * is built, in a throw-away copy of the project, from the real content with
 * one task row deleted from content/sources/vp-ubnd-2024.txt (line 240, task
 * 20 "Trao đổi, học tập kinh nghiệm…", the last of its section). Its
 * registered address must show a page that says so, links to the plan, is
 * axe-clean and fits a phone, and the permalink check must pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { seriousViolations } from './axe';
import { listen } from '../../scripts/lib/serve';
import { copyProject } from '../../scripts/lib/project';

const run = promisify(execFile);
let project: string;
let server: Server;
let baseUrl: string;
let browser: Browser;

async function step(dir: string, cmd: string, ...args: string[]) {
  const bin = join(dir, 'node_modules', '.bin');
  try {
    return await run(cmd, args, {
      cwd: dir,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, BASE_PATH: '/' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')} thất bại:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

beforeAll(async () => {
  project = copyProject(resolve('.'), 'removed');
  const source = join(project, 'content', 'sources', 'vp-ubnd-2024.txt');
  const lines = readFileSync(source, 'utf8').split('\n');
  expect(lines[239]).toMatch(/^20\tTrao đổi, học tập kinh nghiệm/);
  lines.splice(239, 1);
  writeFileSync(source, lines.join('\n'));
  const bin = join(project, 'node_modules', '.bin');
  await step(project, join(bin, 'tsx'), 'scripts/build-data.ts');
  await step(project, join(bin, 'astro'), 'build');
  const served = await listen(join(project, 'dist'));
  server = served.server;
  baseUrl = `${served.origin}/`;
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('a removed task keeps its address', () => {
  it('with a page that says it is no longer in the current version and links to the plan', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}vp-ubnd-2024/20/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('Nhiệm vụ 20 không còn trong phiên bản hiện hành của kế hoạch');
    const plan = page.locator('main a[href="/vp-ubnd-2024/"]').last();
    expect(await plan.innerText()).toMatch(/^Kế hoạch/);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('the tasks around it keep theirs, and the permalink check passes', async () => {
    const tasks = JSON.parse(readFileSync(join(project, 'public', 'data', 'tasks.json'), 'utf8')) as {
      url: string;
      number: string;
    }[];
    expect(tasks.find((t) => t.url === '/vp-ubnd-2024/19/')?.number).toBe('19');
    expect(tasks.find((t) => t.url === '/vp-ubnd-2024/21/')?.number).toBe('21');
    expect(tasks.some((t) => t.url === '/vp-ubnd-2024/20/')).toBe(false);
    const check = await step(project, process.execPath, '--import', 'tsx', 'scripts/permalinks.ts', '--check');
    expect(check.stdout).toContain('đều còn hiệu lực');
  });
});
