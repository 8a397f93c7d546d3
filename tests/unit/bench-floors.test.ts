/**
 * The benchmark's floors must carry the same pages: every floor gets `count`
 * Markdown files with one task's text each, laid out as its kind of project
 * expects. Files only; no build (that is `npm run bench`).
 */
import { describe, it, expect, afterAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bareProject, markdownFile, type TaskText } from '../../bench/lib/bare';
import { errorLines, starlightProject } from '../../bench/lib/starlight';

const tasks: TaskText[] = [
  {
    number: '1',
    title: 'Rà soát <thủ tục> {x} | y',
    objective: 'Mục tiêu *a*',
    activities: [{ text: 'Làm `b`', leadRaw: 'Sở Nội vụ', time: { raw: 'Quý I' } }],
  },
  { number: '2', title: 'Số hoá', activities: [] },
];
const root = process.cwd();
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('bench floors', () => {
  it('escapes Markdown and MDX-like characters of the task text', () => {
    const text = markdownFile(tasks[0]!);
    expect(text).toContain('title: "1. Rà soát <thủ tục> {x} | y"');
    expect(text).toContain('# Rà soát \\<thủ tục\\> \\{x\\} \\| y');
    expect(text).toContain('| Làm \\`b\\` | Sở Nội vụ |  | Quý I |');
  });

  it('writes one page per file in src/pages or in a content collection', () => {
    const pages = bareProject(root, tasks, 3, 'pages');
    const coll = bareProject(root, tasks, 3, 'collection');
    made.push(pages, coll);
    expect(readdirSync(join(pages, 'src/pages/p')).sort()).toEqual(['1.md', '2.md', '3.md']);
    expect(readFileSync(join(pages, 'src/pages/p/3.md'), 'utf8')).toContain('layout: ../../layouts/Page.astro');
    expect(readdirSync(join(coll, 'src/pages/p'))).toEqual(['[...slug].astro']);
    expect(readdirSync(join(coll, 'src/content/p')).sort()).toEqual(['1.md', '2.md', '3.md']);
    expect(readFileSync(join(coll, 'src/content/p/3.md'), 'utf8')).toBe(markdownFile(tasks[0]!));
    expect(readFileSync(join(coll, 'src/content.config.ts'), 'utf8')).toContain("base: './src/content/p'");
    expect(existsSync(join(coll, 'node_modules/astro'))).toBe(true);
  });

  it('lays out a Starlight site that lists its dependencies', () => {
    const deps = mkdtempSync(join(tmpdir(), 'deps-'));
    made.push(deps);
    mkdirSync(join(deps, 'node_modules/astro'), { recursive: true });
    const dependencies = { astro: '^7.3.5', '@astrojs/starlight': '^0.42.4' };
    writeFileSync(join(deps, 'package.json'), JSON.stringify({ dependencies }));
    const dir = starlightProject(deps, tasks, 3);
    made.push(dir);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).dependencies).toEqual(dependencies);
    expect(readdirSync(join(dir, 'src/content/docs')).sort()).toEqual(['index.md', 'p']);
    expect(readdirSync(join(dir, 'src/content/docs/p')).sort()).toEqual(['1.md', '2.md']);
    expect(readFileSync(join(dir, 'astro.config.mjs'), 'utf8')).toContain('pagefind: false');
  });

  it('keeps the first lines of a build error', () => {
    const log = 'x\n12:00 [build] ok\n12:01 [ERROR] [build] Caught error rendering /404: boom\nline 2\n    at foo\n';
    expect(errorLines(log, 2)).toBe('12:01 [ERROR] [build] Caught error rendering /404: boom\nline 2');
  });
});
