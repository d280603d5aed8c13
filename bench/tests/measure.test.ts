import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { measureCommand, processKind } from '../lib/measure.ts';
import { ROOT } from '../../tests/support/paths.ts';

const NODE = resolve(ROOT, 'node_modules/.bin/node');

test('counts the memory of the processes a command starts, not only its own', async () => {
  // The command starts a child that fills 200 MB and holds it for a moment.
  const child = 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 600);';
  const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });`;
  const result = await measureCommand(NODE, ['-e', parent], { cwd: ROOT, env: process.env });
  expect(result.status).toBe(0);
  expect(result.output.trim()).toBe('1');
  expect(result.peakRss).toBeGreaterThan(200 * 1024 * 1024);
  expect(result.ms).toBeGreaterThan(600);
  // Both are Node: the parent and the child that held the 200 MB.
  expect(result.byKind.node?.processes).toBe(2);
  expect(result.byKind.node?.peak).toBeGreaterThan(200 * 1024 * 1024);
  expect(result.byKind.pagefind).toBeUndefined();
});

test('tells the build\'s Node from Pagefind\'s indexing binary and anything else', () => {
  expect(processKind('node')).toBe('node');
  expect(processKind('pagefind')).toBe('pagefind');
  expect(processKind('pagefind_extended')).toBe('pagefind');
  expect(processKind('time')).toBe('other');
  expect(processKind('sh')).toBe('other');
});

test('passes on a failing command\'s exit code and output', async () => {
  const result = await measureCommand(NODE, ['-e', 'console.error("no"); process.exit(3)'], { cwd: ROOT, env: process.env });
  expect(result.status).toBe(3);
  expect(result.output).toContain('no');
});

// CI installs GNU time (.ci/run), so there the test always runs; elsewhere it needs the package.
test.skipIf(!existsSync('/usr/bin/time') && !process.env.CI)('reports the CPU time a busy command used (with GNU time)', async () => {
  // Spins until it has itself used 400 ms of CPU, however busy the machine is.
  const busy = 'while (process.cpuUsage().user < 400_000);';
  const result = await measureCommand(NODE, ['-e', busy], { cwd: ROOT, env: process.env });
  expect(result.cpuMs).toBeGreaterThanOrEqual(380);
});
