/**
 * Serves the editor's program (Decap CMS, prebuilt in node_modules/decap-cms/dist) from the
 * site itself under `admin/decap-cms/`: copied into the build, and served by the preview.
 * No file of the editor comes from another origin (docs/publishing.md, "The editor").
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withEditorPolicy } from '../lib/editor/csp.ts';

/** Where the editor's program is served, under the site's base. */
export const EDITOR_PROGRAM_PATH = 'admin/decap-cms/';

/** The prebuilt bundle's folder. */
function programDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

/** The files the editor loads: its script, its code-split chunks and WebAssembly, never the source maps. */
export function programFiles(dir = programDir()): string[] {
  return readdirSync(dir).filter((name) => /^(?:[0-9]+\.)?decap-cms\.js$|\.wasm$/.test(name)).sort();
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm' };

export function editorIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'pcc-editor',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (command !== 'dev') return;
        const prefix = `${base}${EDITOR_PROGRAM_PATH}`;
        const dir = programDir();
        const files = new Set(programFiles(dir));
        updateConfig({
          vite: {
            plugins: [{
              name: 'pcc-editor-program',
              configureServer(server) {
                server.middlewares.use((request, response, next) => {
                  const path = (request.url ?? '').split('?')[0]!;
                  const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
                  if (!files.has(name)) return next();
                  response.setHeader('Content-Type', TYPES[extname(name)] ?? 'application/octet-stream');
                  response.end(readFileSync(join(dir, name)));
                });
              },
            }],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const source = programDir();
        const page = join(fileURLToPath(dir), 'admin/index.html');
        // Astro's policy for the page has style hashes, beside which browsers ignore the
        // 'unsafe-inline' Decap's styles need: the editor's own policy replaces it.
        writeFileSync(page, withEditorPolicy(readFileSync(page, 'utf8')));
        const target = join(fileURLToPath(dir), EDITOR_PROGRAM_PATH);
        mkdirSync(target, { recursive: true });
        // Copied on every build (a few milliseconds): the output folder is kept between builds,
        // and src/astro/incremental-integration.ts removes what a build left untouched.
        for (const name of programFiles(source)) copyFileSync(join(source, name), join(target, name));
      },
    },
  };
}
