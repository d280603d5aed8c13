import { afterEach, describe, expect, test } from 'vitest';
import {
  bumpContentGeneration, clearLoadedSite, contentGeneration, getLoadedSite, isPreview, setLoadedSite, setPreview, type LoadedSite,
} from '../../../src/astro/build-state.ts';
import { DEFAULT_CONFIG } from '../../../src/lib/settings/office-settings.ts';
import { createSite } from '../../../src/lib/site/site.ts';

const loaded: LoadedSite = { site: createSite({ forces: [], inspections: [], responses: [] }), config: DEFAULT_CONFIG, statement: null, welshStatement: null, problems: [] };

// The state is the process's, as in a build; each test starts from none.
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('pcc-responses.build-state')];
});

describe('what the integration tells the pages', () => {
  test('gives the pages the very site the build loaded and checked, so no file is loaded twice', () => {
    setPreview(false);
    setLoadedSite(loaded);
    expect(getLoadedSite()).toBe(loaded);
  });

  test('drops the site once the pages are rendered, so nothing later in the process reads it', () => {
    setPreview(false);
    setLoadedSite(loaded);
    clearLoadedSite();
    expect(getLoadedSite()).toBeUndefined();
  });

  test('gives the preview no site: it loads for itself, again after every change', () => {
    setPreview(true);
    setLoadedSite(loaded);
    expect(isPreview()).toBe(true);
    expect(getLoadedSite()).toBeUndefined();
  });

  test('counts the preview\'s changes, so the pages know their content is out of date', () => {
    expect(contentGeneration()).toBe(0);
    bumpContentGeneration();
    bumpContentGeneration();
    expect(contentGeneration()).toBe(2);
  });

  test('reaches the pages\' own copy of the module, as Astro bundles them apart from the integration', async () => {
    const copy = `${new URL('../../../src/astro/build-state.ts', import.meta.url).href}?pages`;
    const pages = (await import(/* @vite-ignore */ copy)) as typeof import('../../../src/astro/build-state.ts');
    expect(pages.getLoadedSite).not.toBe(getLoadedSite);
    setPreview(false);
    setLoadedSite(loaded);
    expect(pages.getLoadedSite()).toBe(loaded);
  });
});
