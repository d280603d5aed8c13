import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { measureCommand } from '../lib/measure.ts';
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
});

test('passes on a failing command\'s exit code and output', async () => {
  const result = await measureCommand(NODE, ['-e', 'console.error("no"); process.exit(3)'], { cwd: ROOT, env: process.env });
  expect(result.status).toBe(3);
  expect(result.output).toContain('no');
});

test.skipIf(!existsSync('/usr/bin/time'))('reports the CPU time a busy command used (with GNU time)', async () => {
  // Spins until it has itself used 400 ms of CPU, however busy the machine is.
  const busy = 'while (process.cpuUsage().user < 400_000);';
  const result = await measureCommand(NODE, ['-e', busy], { cwd: ROOT, env: process.env });
  expect(result.cpuMs).toBeGreaterThanOrEqual(380);
});
