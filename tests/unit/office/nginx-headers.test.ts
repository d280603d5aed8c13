/**
 * The guide's nginx lines, run in a real nginx (Debian's package): every page gets the site's
 * headers, and the editor's page gets its own policy in place of the site's, not beside it
 * (browsers would apply both, and the editor would not start). Skipped with a message without
 * nginx, except in CI, which installs it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EDITOR_POLICY } from '../../../src/lib/editor/csp.ts';
import { HOSTING_HEADERS, toNginx } from '../../../src/lib/office/hosting-headers.ts';
import { freePort } from '../../support/servers.ts';

const NGINX = '/usr/sbin/nginx';
const hasNginx = existsSync(NGINX);
if (!hasNginx && !process.env.CI) console.warn(`Skipping the nginx headers test: no nginx at ${NGINX} (apt-get install nginx-light).`);

async function waitFor(url: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    try { await fetch(url); return; } catch { await new Promise((done) => setTimeout(done, 50)); }
  }
  throw new Error(`nginx did not answer at ${url}`);
}

describe.skipIf(!hasNginx && !process.env.CI)('the guide\'s nginx headers, in nginx', () => {
  let folder: string;
  let nginx: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'pcc-nginx-'));
    chmodSync(folder, 0o755); // nginx's workers run as another user when started by root
    for (const page of ['', 'admin/']) {
      mkdirSync(join(folder, 'site', page), { recursive: true });
      writeFileSync(join(folder, 'site', page, 'index.html'), '<!doctype html><title>page</title>');
    }
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const temp = (name: string) => `${name}_temp_path ${join(folder, name)};`;
    writeFileSync(join(folder, 'nginx.conf'), [
      'daemon off;', `pid ${join(folder, 'nginx.pid')};`, `error_log ${join(folder, 'error.log')};`,
      'events {}',
      'http {', 'access_log off;', ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
      'server {', `listen 127.0.0.1:${port};`, `root ${join(folder, 'site')};`, ...toNginx(), '}', '}',
    ].join('\n'));
    nginx = spawn(NGINX, ['-c', join(folder, 'nginx.conf'), '-p', folder], { stdio: 'inherit' });
    await waitFor(origin);
  });

  afterAll(() => {
    nginx?.kill();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('a page gets every header of the list, with the site\'s policy', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    for (const [name, value] of HOSTING_HEADERS) expect(response.headers.get(name)).toBe(value);
  });

  test('the editor\'s page gets the editor\'s policy alone, and the other headers as well', async () => {
    const response = await fetch(`${origin}/admin/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(`${EDITOR_POLICY}; frame-ancestors 'none'`);
    for (const [name, value] of HOSTING_HEADERS) {
      if (name !== 'Content-Security-Policy') expect(response.headers.get(name)).toBe(value);
    }
  });
});
