// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { loadSiteConfig } from './src/lib/settings/environment.ts';
import { contentIntegration } from './src/astro/integration.ts';
import { editorIntegration } from './src/astro/editor-integration.ts';
import { incrementalIntegration } from './src/astro/incremental-integration.ts';
import { timingsIntegration } from './src/astro/timings-integration.ts';

// The office's site.config.json, read once for the whole build (PCC_BASE and PCC_SITE_URL
// override where the site is served, for tests and benchmarks): it says where the site is
// served, and the integration validates it (a broken file is reported there) and uses it.
const settings = loadSiteConfig();
const base = settings.config.base;
const site = settings.config.siteUrl;

export default defineConfig({
  base,
  site,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Code blocks are plain: Shiki's inline styles would need 'unsafe-inline' in the CSP.
  markdown: { syntaxHighlight: false },
  // editorIntegration comes first: it writes the editor's program into the output before
  // incrementalIntegration sweeps away what this build did not write.
  // incrementalIntegration comes before contentIntegration: it removes the files a build no
  // longer makes before the search index and the sitemap are written beside the pages.
  // timingsIntegration stays last: its build:done hook times the others'.
  integrations: [mdx(), editorIntegration(), incrementalIntegration(), contentIntegration(settings), timingsIntegration()],
  devToolbar: { enabled: false },
  // A page whose getStaticPaths() entry returns the same cacheKey as last build (a digest of
  // what it shows: src/astro/cache-key.ts) and whose code is unchanged is reused, not rendered
  // again (docs/performance.md, "Rebuild after one edit").
  experimental: { incrementalBuild: true },
  // Where Astro keeps that cache (default node_modules/.astro/): PCC_CACHE_DIR gives a test
  // its own, so builds of other sites in between cannot replace its last build's list.
  ...(process.env.PCC_CACHE_DIR ? { cacheDir: process.env.PCC_CACHE_DIR } : {}),
  // The output folder is kept between builds, so unchanged pages stay where they are instead
  // of being deleted and copied back from Astro's cache: src/astro/incremental-integration.ts
  // empties it whenever it does not hold the last build's pages, and removes what a build
  // no longer makes.
  // With PCC_CACHE_DIR, Vite's own cache (its pre-bundled dependencies, default
  // node_modules/.vite/) is kept there too: two preview servers started at once with different
  // settings (the preview's test and the editor's) would otherwise each find the other's
  // dependencies stale and delete them while the other serves from them.
  vite: { build: { emptyOutDir: false }, ...(process.env.PCC_CACHE_DIR ? { cacheDir: `${process.env.PCC_CACHE_DIR}/vite` } : {}) },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
