import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parseTimings, recordTiming, timePhase } from '../../src/lib/basics/timings.ts';

const dir = mkdtempSync(join(tmpdir(), 'pcc-timings-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('appends one JSON line per phase to the timings file, in whole milliseconds', () => {
  const file = join(dir, 'a.jsonl');
  recordTiming('content:load', 12.6, file);
  recordTiming('astro:render', 40, file);
  expect(readFileSync(file, 'utf8')).toBe('{"phase":"content:load","ms":13}\n{"phase":"astro:render","ms":40}\n');
});

test('times a phase into the file PCC_TIMINGS names when the phase runs, and gives back its result', () => {
  const file = join(dir, 'b.jsonl');
  const before = process.env.PCC_TIMINGS;
  try {
    delete process.env.PCC_TIMINGS;
    expect(timePhase('site', () => 'derived')).toBe('derived');
    process.env.PCC_TIMINGS = file;
    expect(timePhase('index', () => 42)).toBe(42);
    expect(() => timePhase('astro:render', () => { throw new Error('render failed'); })).toThrow('render failed');
  } finally {
    if (before === undefined) delete process.env.PCC_TIMINGS;
    else process.env.PCC_TIMINGS = before;
  }
  // The phase run while no file was set left no line; a phase that failed is still timed.
  expect([...parseTimings(readFileSync(file, 'utf8')).keys()]).toEqual(['index', 'astro:render']);
});

test('adds up a phase recorded more than once', () => {
  const totals = parseTimings('{"phase":"content:load","ms":10}\n{"phase":"index","ms":3}\n{"phase":"content:load","ms":5}\n');
  expect(totals.get('content:load')).toBe(15);
  expect(totals.get('index')).toBe(3);
});
