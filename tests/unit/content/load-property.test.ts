/**
 * Whatever damage a file takes, the loader reports problems and never crashes. Starting from
 * the valid fixture, each case damages one or two of its files at random (truncation at any
 * byte, flipped bytes, deleted or duplicated lines, changed indents, huge strings, deep
 * nesting, aliases, control characters, invalid UTF-8) and loads the folder: `loadContent`
 * must return, within a time bound, with every problem naming a file.
 *
 * The cases are seeded, so a run can be repeated: a failure prints the seed and the shrunk
 * case, and `PCC_PROPERTY_SEED=<seed> npx vitest run tests/unit/content/load-property.test.ts`
 * runs the same cases again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { NO_CACHE, type ContentCache } from '../../../src/lib/content/cache.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { errorsOf } from '../../../src/lib/basics/problems.ts';
import { makeContent, removeContentCopies, VALID_FILES } from '../../fixtures/fixtures.ts';

afterAll(removeContentCopies);

const CASES = 2_000;
const SEED = Number(process.env.PCC_PROPERTY_SEED ?? 20_261_128);
/** The longest one load of the small fixture may take, however damaged: it normally takes milliseconds. */
const LOAD_BOUND_MS = 5_000;

const FILES = Object.values(VALID_FILES);

/** One kind of damage to a file's bytes; `at` values are fractions of the file, so every case fits any file. */
type Damage =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'indent'; at: number; indent: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'bytes'; at: number; bytes: readonly number[] };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** Text that is hard on a parser: each kind the issue names, sized to keep a case fast. */
const hostileText = fc.oneof(
  fc.integer({ min: 1_000, max: 300_000 }).map((n) => `title: ${'x'.repeat(n)}\n`),
  fc.integer({ min: 1_000, max: 300_000 }).map((n) => 'Placeholder '.repeat(n / 12)),
  fc.integer({ min: 10, max: 5_000 }).map((n) => `deep: ${'['.repeat(n)}${']'.repeat(n)}\n`),
  fc.integer({ min: 10, max: 2_000 }).map((n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')),
  fc.integer({ min: 10, max: 5_000 }).map((n) => `${'> '.repeat(n)}quote\n`),
  fc.integer({ min: 10, max: 2_000 }).map((n) => `${'- '.repeat(n)}item\n`),
  fc.constant(['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n')),
  fc.constant('x: *undefined-anchor\n'),
  fc.constant('<<: *merge\n'),
  fc.constant('"2": !!binary aGVsbG8=\n'),
  fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('---\n', '---', '\n---\n---\n', '\t', ': ', '"', "'", '{', '[', '|', '>', '#', '&', '*', '!', '%', '@', '`', '\u2028', '\uFEFF', '\0'),
);

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('flip' as const), at: fraction, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete-line' as const), at: fraction }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fraction }),
  fc.record({ kind: fc.constant('indent' as const), at: fraction, indent: fc.constantFrom('', ' ', '   ', '\t', '      ', ' \t ') }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, text: hostileText }),
  // Invalid UTF-8: lone continuation bytes, overlong forms, surrogates, bytes never valid.
  fc.record({ kind: fc.constant('bytes' as const), at: fraction, bytes: fc.constantFrom([0x80], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xff], [0xfe, 0xff], [0xef, 0xbb, 0xbf]) }),
);

/** Applies one damage to a file's bytes. */
function applyDamage(bytes: Buffer, d: Damage): Buffer {
  const at = Math.floor(d.at * (bytes.length + 1));
  const lines = () => {
    const text = bytes.toString('latin1').split('\n');
    return { text, index: Math.floor(d.at * text.length) };
  };
  switch (d.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'flip': {
      if (!bytes.length) return bytes;
      const copy = Buffer.from(bytes);
      copy[Math.min(at, copy.length - 1)] = d.byte;
      return copy;
    }
    case 'delete-line': {
      const { text, index } = lines();
      text.splice(index, 1);
      return Buffer.from(text.join('\n'), 'latin1');
    }
    case 'duplicate-line': {
      const { text, index } = lines();
      text.splice(index, 0, text[index] ?? '');
      return Buffer.from(text.join('\n'), 'latin1');
    }
    case 'indent': {
      const { text, index } = lines();
      text[index] = d.indent + (text[index] ?? '').trimStart();
      return Buffer.from(text.join('\n'), 'latin1');
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(d.text, 'utf8'), bytes.subarray(at)]);
    case 'bytes':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(d.bytes), bytes.subarray(at)]);
  }
}

/**
 * Remembers the work on the undamaged files, as the build's own cache does between builds,
 * so each case spends its time on the damaged file; damaged text is always worked out afresh.
 */
function undamagedCache(originals: ReadonlyMap<string, string>): ContentCache {
  const kept = new Map<string, unknown>();
  const remember = <T>(key: string, compute: () => T): T => {
    if (!kept.has(key)) kept.set(key, compute());
    return kept.get(key) as T;
  };
  return {
    file: (path, text) => originals.get(path) !== text ? NO_CACHE.file(path, text) : {
      digest: NO_CACHE.file(path, text).digest,
      yaml: (work) => remember(`${path}\0yaml`, work),
      body: (slot, work) => remember(`${path}\0body\0${slot}`, work),
      evidence: (work) => remember(`${path}\0evidence`, work),
      sentences: (work) => remember(`${path}\0sentences`, work),
      checks: (work) => remember(`${path}\0checks`, work),
      schema: (work) => remember(`${path}\0schema`, work),
    },
    save: () => {},
    stats: { hits: 0, misses: 0 },
  };
}

const scenario = fc.array(
  fc.record({ file: fc.constantFrom(...FILES), damages: fc.array(damage, { minLength: 1, maxLength: 3 }) }),
  { minLength: 1, maxLength: 2 },
);

test(`loadContent never throws, returns within ${LOAD_BOUND_MS} ms and names a file in every problem, for ${CASES} damaged copies of the valid fixture (seed ${SEED})`, () => {
  const copy = makeContent();
  const originals = new Map(FILES.map((file) => [file, readFileSync(join(copy.dir, file))]));
  const cache = undamagedCache(new Map(FILES.map((file) => [join(copy.dir, file), originals.get(file)!.toString('utf8')])));
  let slowest = 0;
  let withErrors = 0;
  const started = performance.now();
  fc.assert(
    fc.property(scenario, (edits) => {
      try {
        for (const { file, damages } of edits) {
          writeFileSync(join(copy.dir, file), damages.reduce(applyDamage, readFileSync(join(copy.dir, file))));
        }
        const before = performance.now();
        const { problems } = loadContent(copy.dir, copy.root, cache);
        const took = performance.now() - before;
        slowest = Math.max(slowest, took);
        if (errorsOf(problems).length) withErrors++;
        expect(took).toBeLessThan(LOAD_BOUND_MS);
        for (const problem of problems) {
          expect(problem.file, JSON.stringify(problem)).toMatch(/^content(\/|$)/);
          expect(problem.message.length, JSON.stringify(problem)).toBeGreaterThan(0);
        }
      } finally {
        for (const [file, bytes] of originals) writeFileSync(join(copy.dir, file), bytes);
      }
    }),
    { numRuns: CASES, seed: SEED, endOnFailure: false },
  );
  console.log(`${CASES} damaged copies loaded in ${((performance.now() - started) / 1000).toFixed(1)} s; slowest load ${slowest.toFixed(0)} ms; ${withErrors} with errors reported`);
  // A generator whose damage never broke anything would prove nothing.
  expect(withErrors).toBeGreaterThan(CASES / 2);
}, 300_000);
