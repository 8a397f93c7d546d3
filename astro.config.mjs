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
  // No inline script or style anywhere (Astro would inline small bundles):
  // the policy below can then stay at 'self' (docs/SECURITY.md).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
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
  integrations: [mdx({ remarkPlugins: [remarkGfm] })],
});
