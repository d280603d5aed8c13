/**
 * A real Chromium (Debian's headless shell: tests/support/chromium.ts) driven by
 * playwright-core, and a static file server on loopback for built sites. Without Chromium,
 * browser tests are skipped with a message, except in CI, where a missing browser is a failure.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { AXE_SCRIPT_PATH, axeSource } from './axe.ts';
import { CHROMIUM_ARGS, hasChromium, HEADLESS_SHELL_PATH, missingChromium, readFeatureSwitches, type FeatureSwitches } from './chromium.ts';

export { hasChromium };

/** `describe` for browser tests: skipped with a clear message when there is no Chromium outside CI. */
export function describeInBrowser(name: string, body: () => void): void {
  if (!hasChromium && !process.env.CI) {
    console.warn(`Skipping browser tests "${name}": ${missingChromium}.`);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

let featureSwitches: Promise<FeatureSwitches> | undefined;

/** The switches the global setup read (tests/support/chromium-setup.ts), or read here once where no setup ran (the benchmark). */
function switches(): Promise<FeatureSwitches> {
  let provided: FeatureSwitches | null = null;
  try {
    provided = inject('chromiumFeatureSwitches');
  } catch {
    // Not inside a Vitest worker.
  }
  featureSwitches ??= provided ? Promise.resolve(provided) : readFeatureSwitches();
  return featureSwitches;
}

/** Starts Chromium's headless shell, as the project's browser tests always do (tests/support/chromium.ts). */
export async function launchBrowser(): Promise<Browser> {
  if (!hasChromium) throw new Error(`Chromium is missing: ${missingChromium}. CI must install Debian's chromium and chromium-headless-shell packages.`);
  const features = await switches();
  return chromium.launch({
    executablePath: HEADLESS_SHELL_PATH,
    ignoreDefaultArgs: [features.playwright],
    args: [...CHROMIUM_ARGS, features.ours],
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** The site's root URL, ending in the base path: `http://127.0.0.1:PORT/` or `…/pcc-responses/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Serves a built site from `dir` at `base` on 127.0.0.1, like a static host would (and axe-core for the tests, at AXE_SCRIPT_PATH). */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === AXE_SCRIPT_PATH) {
      // The tests' own copy of axe-core (tests/support/axe.ts), cached so Chromium compiles it once.
      response.writeHead(200, { 'Content-Type': TYPES['.js']!, 'Cache-Control': 'max-age=3600' });
      return response.end(axeSource);
    }
    if (!path.startsWith(base)) return notFound(response);
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(normalize(dir))) return notFound(response);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/` });
        return response.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound(response);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function notFound(response: import('node:http').ServerResponse) {
  response.writeHead(404, { 'Content-Type': 'text/plain' });
  response.end('Not found');
}

export interface SiteInBrowser {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/**
 * For a `describeInBrowser` block: starts Chromium and serves the built site at `dir`
 * before its tests, and stops both after them.
 */
export function useSiteInBrowser(dir: string, base = '/'): SiteInBrowser {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(dir, base)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('The browser has not started: use the site inside a test');
      return browser;
    },
    get server() {
      if (!server) throw new Error('The server has not started: use the site inside a test');
      return server;
    },
  };
}
