/**
 * The floors for this stack: minimal Astro projects with one Markdown page
 * per page of our site, each carrying the text of one of our tasks (so the
 * pages weigh about the same), a one-line layout, no integrations. Built
 * with this project's node_modules, so the Astro version is the same.
 *
 * Two ways to publish Markdown in Astro, measured both:
 * - `pages`: one `.md` file per page under src/pages/ (Vite compiles each
 *   file as a module, which is what makes this one slow at scale);
 * - `collection`: the idiomatic one, a content collection (glob loader over
 *   src/content/p/) and a single `src/pages/p/[...slug].astro` route that
 *   renders every entry with `render(entry)` in the same one-line layout.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { linkModules } from '../../scripts/lib/project';

export interface TaskText {
  number: string;
  title: string;
  objective?: string;
  activities: { text: string; leadRaw?: string; coordinateRaw?: string; time?: { raw?: string } }[];
}

export type BareKind = 'pages' | 'collection';

const HTML = (title: string, body: string) =>
  `<html lang="vi"><head><meta charset="utf-8" /><title>{${title}}</title></head><body><main>${body}</main></body></html>\n`;

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
${HTML('frontmatter.title', '<slot />')}`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  p: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/p' }) }),
};
`;

const ROUTE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('p');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
${HTML('entry.data.title', '<Content />')}`;

const yamlString = (s: string) => JSON.stringify(s);
const md = (s: string) => s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');

/** The page of one task: its title for the front matter, and the Markdown body. */
export function pageText(t: TaskText): { title: string; body: string } {
  const rows = t.activities.map(
    (a) => `| ${md(a.text)} | ${md(a.leadRaw ?? '')} | ${md(a.coordinateRaw ?? '')} | ${md(a.time?.raw ?? '')} |`,
  );
  return {
    title: `${t.number}. ${t.title}`,
    body: [
      `# ${md(t.title)}`,
      '',
      md(t.objective ?? ''),
      '',
      '| Hoạt động | Chủ trì | Phối hợp | Thời gian |',
      '|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  };
}

/** A whole `.md` file: front matter (title and any extra lines) and the body. */
export function markdownFile(t: TaskText, extra: string[] = []): string {
  const { title, body } = pageText(t);
  return ['---', `title: ${yamlString(title)}`, ...extra, '---', '', body].join('\n');
}

/** A bare project of the given kind with `count` pages cycling through `tasks`; returns its folder. */
export function bareProject(root: string, tasks: readonly TaskText[], count: number, kind: BareKind = 'pages'): string {
  const dir = mkdtempSync(join(tmpdir(), `cchc-bare-${kind}-`));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory' } });\n",
  );
  const pages = join(dir, 'src', 'pages', 'p');
  mkdirSync(pages, { recursive: true });
  if (kind === 'pages') {
    mkdirSync(join(dir, 'src', 'layouts'));
    writeFileSync(join(dir, 'src', 'layouts', 'Page.astro'), LAYOUT);
    for (let i = 0; i < count; i++)
      writeFileSync(
        join(pages, `${i + 1}.md`),
        markdownFile(tasks[i % tasks.length]!, ['layout: ../../layouts/Page.astro']),
      );
  } else {
    const content = join(dir, 'src', 'content', 'p');
    mkdirSync(content, { recursive: true });
    writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
    writeFileSync(join(pages, '[...slug].astro'), ROUTE);
    for (let i = 0; i < count; i++) writeFileSync(join(content, `${i + 1}.md`), markdownFile(tasks[i % tasks.length]!));
  }
  linkModules(resolve(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
