// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

// Absolute URLs (citations, QR codes) use SITE_URL; the site also works under
// a base path (BASE_PATH=/cchc/) for hosts that serve it from a subfolder.
const site = process.env.SITE_URL ?? 'https://cchc.quangtri.gov.vn';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // No inline script or style anywhere (Astro would inline small bundles):
  // the policy below can then stay at 'self' (docs/SECURITY.md).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // BUILD_INCREMENTAL=1: Astro reuses the HTML of pages whose cacheKey and code
  // are unchanged since the last build (task pages: src/lib/site/cache-key.ts;
  // docs/SCALE.md). Off by default: a plain build renders every page.
  experimental: { incrementalBuild: process.env.BUILD_INCREMENTAL === '1' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks every MDX content entry's asset module with the directive
        // "use astro:head-inject" and the bundler warns that it may drop it; Astro
        // finds those modules by their ?astroPropagatedAssets id, not the directive
        // (withastro/astro#18087, open). Only that warning is dropped here.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  // Astro writes this policy as a <meta> into every page; public/_headers
  // sends the same one as a header, plus what a meta cannot carry.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Astro 7 runs remark plugins only through the unified() processor (MDX
  // inherits it). GFM comes from remark-gfm itself, once (gfm: false stops the
  // processor adding its own copy); smartypants would rewrite the quotes and
  // dashes of the documents, which are published as written.
  // No code blocks reach a body (src/content/body makes them text): no highlighter,
  // whose inline styles the policy below would refuse anyway.
  markdown: {
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }),
    syntaxHighlight: false,
  },
  integrations: [mdx()],
});
