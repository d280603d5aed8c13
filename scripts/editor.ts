/**
 * `npm run editor`: the editor on this computer, with no account. Starts the preview (the site
 * as it will look, with /problems/) and the editor's local proxy, which reads and writes the
 * content files in this folder; then the office opens http://localhost:4321/admin/.
 * Ctrl+C stops both. PCC_CONTENT_DIR chooses another content folder (tests).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { contentDir, editorProxyPort } from '../src/lib/settings/environment.ts';

const PROXY_PORT = editorProxyPort();
const PREVIEW_PORT = Number(process.env.PORT ?? 4321);
const require = createRequire(import.meta.url);
const node = process.execPath;

// The proxy's root is the folder holding the content folder: the editor's paths start `content/`.
const repository = dirname(contentDir());
const children: ChildProcess[] = [
  spawn(node, [require.resolve('decap-server/dist/index.js')], {
    env: { ...process.env, GIT_REPO_DIRECTORY: repository, MODE: 'fs', PORT: String(PROXY_PORT), BIND_HOST: 'localhost', LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  }),
  spawn(node, [join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs'), 'dev', '--port', String(PREVIEW_PORT)], {
    cwd: resolve(import.meta.dirname, '..'),
    // The editor's configuration then reads and writes this computer's files through the proxy.
    env: { ...process.env, PCC_EDITOR_LOCAL: '1' },
    stdio: 'inherit',
  }),
];

console.log(`\nThe editor is starting. Open http://localhost:${PREVIEW_PORT}/admin/ in your browser and choose "Login".`);
console.log(`It saves into ${repository}; the preview of the site is at http://localhost:${PREVIEW_PORT}/. Press Ctrl+C to stop.\n`);

function stop(code: number): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
