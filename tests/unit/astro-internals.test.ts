import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkAstroVersion, incrementalManifestFile, installedAstroVersion, INCREMENTAL_MANIFEST } from '../../src/astro/astro-internals.ts';
import { ROOT } from '../support/paths.ts';

describe('the adapter for Astro\'s private incremental-build file', () => {
  test('accepts the Astro the project installs', () => {
    const pinned = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies.astro;
    expect(installedAstroVersion()).toBe(pinned);
    expect(() => checkAstroVersion(installedAstroVersion())).not.toThrow();
  });

  test('accepts a later patch of the same release', () => {
    expect(() => checkAstroVersion('7.3.99')).not.toThrow();
    expect(() => checkAstroVersion('7.4.99')).not.toThrow();
  });

  test.each(['7.5.0', '8.0.0', '6.3.5'])('stops a build on Astro %s, saying what to check and where', (version) => {
    expect(() => checkAstroVersion(version)).toThrow(new RegExp(`Astro ${version.replace(/\./g, '\\.')} is installed: check that node_modules/astro/dist/core/build/incremental\\.js still writes incremental-build\\.json`));
  });

  test('gives the file in the cache folder only for a supported Astro', () => {
    expect(incrementalManifestFile('/cache', '7.3.5')).toBe(join('/cache', INCREMENTAL_MANIFEST));
    expect(() => incrementalManifestFile('/cache', '8.0.0')).toThrow(/SUPPORTED_ASTRO/);
  });
});
