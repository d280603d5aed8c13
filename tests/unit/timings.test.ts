import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parseTimings, recordTiming } from '../../src/lib/timings.ts';

const dir = mkdtempSync(join(tmpdir(), 'pcc-timings-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('appends one JSON line per phase to the timings file, in whole milliseconds', () => {
  const file = join(dir, 'a.jsonl');
  recordTiming('content:load', 12.6, file);
  recordTiming('astro:render', 40, file);
  expect(readFileSync(file, 'utf8')).toBe('{"phase":"content:load","ms":13}\n{"phase":"astro:render","ms":40}\n');
});

test('records nothing when no timings file is set', () => {
  expect(() => recordTiming('content:load', 5, undefined)).not.toThrow();
});

test('adds up a phase recorded more than once', () => {
  const totals = parseTimings('{"phase":"content:load","ms":10}\n{"phase":"index","ms":3}\n{"phase":"content:load","ms":5}\n');
  expect(totals.get('content:load')).toBe(15);
  expect(totals.get('index')).toBe(3);
});
