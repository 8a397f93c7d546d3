/**
 * The floor for this stack: a minimal Astro project with one Markdown page
 * per page of our site, each carrying the text of one of our tasks (so the
 * pages weigh about the same), a one-line layout, no integrations. Built
 * with this project's node_modules, so the Astro version is the same.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { linkModules } from './bench-project';

export interface TaskText {
  number: string;
  title: string;
  objective?: string;
  activities: { text: string; leadRaw?: string; coordinateRaw?: string; time?: { raw?: string } }[];
}

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<html lang="vi"><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head><body><main><slot /></main></body></html>
`;

const yamlString = (s: string) => JSON.stringify(s);
const md = (s: string) => s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');

function page(t: TaskText): string {
  const rows = t.activities.map(
    (a) => `| ${md(a.text)} | ${md(a.leadRaw ?? '')} | ${md(a.coordinateRaw ?? '')} | ${md(a.time?.raw ?? '')} |`,
  );
  return [
    '---',
    `title: ${yamlString(`${t.number}. ${t.title}`)}`,
    'layout: ../../layouts/Page.astro',
    '---',
    '',
    `# ${md(t.title)}`,
    '',
    md(t.objective ?? ''),
    '',
    '| Hoạt động | Chủ trì | Phối hợp | Thời gian |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** A bare project with `count` pages cycling through `tasks`; returns its folder. */
export function bareProject(root: string, tasks: readonly TaskText[], count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bare-'));
  mkdirSync(join(dir, 'src', 'pages', 'p'), { recursive: true });
  mkdirSync(join(dir, 'src', 'layouts'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory' } });\n",
  );
  writeFileSync(join(dir, 'src', 'layouts', 'Page.astro'), LAYOUT);
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, 'src', 'pages', 'p', `${i + 1}.md`), page(tasks[i % tasks.length]!));
  linkModules(resolve(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
