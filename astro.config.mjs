// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';

// Absolute URLs (citations, QR codes) use SITE_URL; the site also works under
// a base path (BASE_PATH=/cchc/) for hosts that serve it from a subfolder.
const site = process.env.SITE_URL ?? 'https://cchc.quangtri.gov.vn';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx({ remarkPlugins: [remarkGfm] })],
});
