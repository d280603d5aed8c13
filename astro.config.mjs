// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentIntegration } from './src/integration.ts';
import { timingsIntegration } from './src/timings-integration.ts';

// Where the content lives and where the site is served: set by environment for tests,
// benchmarks and offices that host the site under a sub-path.
const base = process.env.PCC_BASE ?? '/';
const site = process.env.PCC_SITE_URL || undefined;

export default defineConfig({
  base,
  site,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Code blocks are plain: Shiki's inline styles would need 'unsafe-inline' in the CSP.
  markdown: { syntaxHighlight: false },
  // timingsIntegration stays last: its build:done hook times the others' (search indexing).
  integrations: [mdx(), contentIntegration(), timingsIntegration()],
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
