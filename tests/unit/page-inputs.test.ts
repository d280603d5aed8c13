/**
 * An inspection's pages and its documents' pages are keyed by what they are made of
 * (src/astro/page-inputs.ts), not by their views. Such a key is only safe if every change that
 * changes one of those pages' views changes its key: a page whose view changed under an
 * unchanged key would be served stale by a rebuild. So, on a generated site of every shape,
 * each kind of change is made, and every page whose view model changed must have a new key;
 * and an edit to one document leaves the keys of other inspections' pages alone (else a
 * rebuild would render everything again).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { digestOf, findNonPlainData } from '../../src/astro/cache-key.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Corpus } from '../../src/lib/content/model.ts';
import { toInspectionRecords } from '../../src/lib/outputs/data/data-export.ts';
import { createInputKeys } from '../../src/astro/page-inputs.ts';
import { createSite, type Site } from '../../src/lib/site/site.ts';
import { toComparisonView } from '../../src/lib/views/comparison.ts';
import { toInspectionView } from '../../src/lib/views/inspection.ts';
import { MATRIX_ORDERS, toOrderedMatrixView } from '../../src/lib/views/matrix.ts';
import { toResponseView } from '../../src/lib/views/response.ts';
import { toForceView } from '../../src/lib/views/force.ts';
import { forceYears, getForceYears, toForceDocuments, toForceYearView } from '../../src/lib/views/force-year.ts';
import { generateContent } from '../support/generate.ts';

const dir = mkdtempSync(join(tmpdir(), 'pcc-page-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SETTINGS = { title: 'Responses of a fictional office' };
/** A digest of the names of the files the bundler wrote (src/astro/asset-names.ts). */
const ASSETS = digestOf({ client: ['_astro/search.a1b2c3.js'], prerender: ['_astro/Base.d4e5f6.css'] });
const SITE_URL = 'https://responses.example.org/';
/** The version of the code that loaded the content (src/lib/content/cache.ts, `codeVersion`). */
const CODE = 'loader-code-1';
let corpus: Corpus;
let fileDates: Map<string, string>;

beforeAll(() => {
  generateContent(dir);
  corpus = loadContent(dir, dir).corpus;
  fileDates = new Map(corpus.responses.map((r, i) => [r.file, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`]));
});

/** Every page keyed by its inspection or its force: its digest of the view it renders, and its key. */
function pages(site: Site, settings: unknown = SETTINGS): Map<string, { view: string; key: string }> {
  const keys = createInputKeys(site, settings, ASSETS, CODE);
  const out = new Map<string, { view: string; key: string }>();
  const add = (name: string, inspection: string, view: unknown) => out.set(name, { view: digestOf(view), key: keys.inspection(inspection) });
  for (const r of site.corpus.responses) out.set(`response ${r.id}`, { view: digestOf(toResponseView(site, r.id)), key: keys.document(r.id) });
  for (const i of site.corpus.inspections) {
    add(`inspection ${i.id}`, i.id, toInspectionView(site, i.id));
    for (const { id: order } of MATRIX_ORDERS) add(`matrix ${i.id} ${order}`, i.id, toOrderedMatrixView(site, i.id, order));
    add(`data ${i.id}`, i.id, toInspectionRecords(site, i));
    for (const rec of i.recommendations) add(`comparison ${i.id}/${rec.id}`, i.id, toComparisonView(site, i.id, rec.id));
  }
  for (const f of site.corpus.forces) {
    out.set(`force ${f.id}`, { view: digestOf(toForceView(site, f.id)), key: keys.force(f.id) });
    for (const year of getForceYears(site, f.id)) out.set(`force ${f.id} in ${year}`, { view: digestOf(toForceYearView(site, f.id, year)), key: keys.force(f.id) });
  }
  return out;
}

const siteOf = (c: Corpus, options: { siteUrl?: string; dates?: Map<string, string>; base?: string } = {}) =>
  createSite(c, { base: options.base ?? '/', siteUrl: options.siteUrl ?? SITE_URL, fileDates: options.dates ?? fileDates });

/** The pages whose view changed but whose key did not: each would be served stale. */
function staleAfter(change: (c: Corpus) => void, options: Parameters<typeof siteOf>[1] = {}): string[] {
  const changed = structuredClone(corpus);
  change(changed);
  return staleBetween(corpus, changed, options);
}

/** The same, between two corpora. */
function staleBetween(corpusBefore: Corpus, corpusAfter: Corpus, options: Parameters<typeof siteOf>[1] = {}): string[] {
  const before = pages(siteOf(corpusBefore));
  const stale = [...pages(siteOf(corpusAfter, options))].filter(([name, page]) => {
    const old = before.get(name);
    return old && old.view !== page.view && old.key === page.key;
  });
  return stale.map(([name]) => name);
}

const ADDED = 'A fictional sentence added by a test.';

/** The corpus loaded again after the file `file` (relative to the content's root) is edited, in a copy of the content: by default a sentence is added. */
function editedCorpus(file: string, edit: (text: string) => string = (text) => `${text}\n${ADDED}\n`): Corpus {
  const copy = mkdtempSync(join(tmpdir(), 'pcc-page-inputs-edit-'));
  try {
    cpSync(dir, copy, { recursive: true });
    writeFileSync(join(copy, file), edit(readFileSync(join(copy, file), 'utf8')));
    return loadContent(copy, copy).corpus;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

describe('keys from a page\'s inputs', () => {
  test('the records they are made from are plain data, which a digest spells faithfully', () => {
    expect(findNonPlainData(corpus)).toBeNull();
  });

  test('change whenever a change to a document\'s words changes a page', () => {
    const edited = editedCorpus(corpus.responses[0]!.file);
    expect(edited.responses[0]!.text).toContain(ADDED);
    expect(staleBetween(corpus, edited)).toEqual([]);
  });

  test('change with the code that loaded the content, which makes the documents\' HTML and text', () => {
    const site = siteOf(corpus);
    for (const inspection of corpus.inspections) {
      expect(createInputKeys(site, SETTINGS, ASSETS, CODE).inspection(inspection.id), inspection.id)
        .not.toBe(createInputKeys(site, SETTINGS, ASSETS, 'loader-code-2').inspection(inspection.id));
    }
  });

  test('change whenever a changed status changes a page', () => {
    const doc = corpus.responses.find((r) => Object.keys(r.recommendations).length > 0)!;
    const [rec, status] = Object.entries(doc.recommendations)[0]!;
    const other = status === 'no-action' ? 'awaiting-national' : 'no-action';
    const line = `  "${rec}": ${status}\n`;
    const edited = editedCorpus(doc.file, (text) => {
      expect(text).toContain(line);
      return text.replace(line, `  "${rec}": ${other}\n`);
    });
    expect(edited.responses.find((r) => r.id === doc.id)!.recommendations[rec]).toBe(other);
    expect(staleBetween(corpus, edited)).toEqual([]);
  });

  test('change whenever an inspection\'s title or date, a force\'s name, a file\'s git date or the site\'s address changes a page', () => {
    // Each change made to an inspection with documents, so their pages would show it.
    const answered = (c: Corpus) => c.inspections.find((i) => c.responses.some((r) => r.inspection === i.id))!;
    expect(staleAfter((c) => void (answered(c).title += ' (changed)'))).toEqual([]);
    // A later publication date moves every document's deadline, so their timeliness.
    expect(staleAfter((c) => void (answered(c).published = '2099-01-01'))).toEqual([]);
    expect(staleAfter((c) => void (c.forces[0]!.name += ' (changed)'))).toEqual([]);
    const dates = new Map(fileDates);
    dates.set(corpus.responses[0]!.file, '2025-12-31');
    dates.set(answered(corpus).file, '2025-12-31');
    expect(staleAfter(() => {}, { dates })).toEqual([]);
    expect(staleAfter(() => {}, { siteUrl: 'https://elsewhere.example.org/' })).toEqual([]);
    expect(staleAfter(() => {}, { base: '/responses/' })).toEqual([]);
  });

  test('change whenever an inspection comes into a force\'s scope, or leaves it, and that changes a page', () => {
    const narrow = corpus.inspections.find((i) => i.scope !== 'all')!;
    expect(staleAfter((c) => void (c.inspections.find((i) => i.id === narrow.id)!.scope = 'all'))).toEqual([]);
    const wide = corpus.inspections.find((i) => i.scope === 'all')!;
    expect(staleAfter((c) => void (c.inspections.find((i) => i.id === wide.id)!.scope = [corpus.forces[0]!.id]))).toEqual([]);
  });

  test('a force\'s pages find its years from its inspections as its documents\' list does', () => {
    const site = siteOf(corpus);
    for (const force of corpus.forces) {
      const { documents, missing } = toForceDocuments(site, force.id);
      expect(getForceYears(site, force.id), force.id).toEqual(forceYears(documents, missing));
    }
  });

  test('change with the office\'s settings, which the layout shows on every page', () => {
    const site = siteOf(corpus);
    expect(createInputKeys(site, SETTINGS, ASSETS, CODE).inspection(corpus.inspections[0]!.id))
      .not.toBe(createInputKeys(site, { title: 'Another fictional office' }, ASSETS, CODE).inspection(corpus.inspections[0]!.id));
  });

  test('change with the names of the stylesheets and scripts the build wrote, which every page links to', () => {
    const site = siteOf(corpus);
    const renamed = digestOf({ client: ['_astro/search.a1b2c3.js'], prerender: ['_astro/dates.d4e5f6.css'] });
    for (const inspection of corpus.inspections) {
      expect(createInputKeys(site, SETTINGS, ASSETS, CODE).inspection(inspection.id), inspection.id)
        .not.toBe(createInputKeys(site, SETTINGS, renamed, CODE).inspection(inspection.id));
    }
  });

  test('an edit to one document leaves the keys of every other inspection\'s pages as they were', () => {
    const doc = corpus.responses[0]!;
    const changed = editedCorpus(doc.file);
    const before = createInputKeys(siteOf(corpus), SETTINGS, ASSETS, CODE);
    const after = createInputKeys(siteOf(changed), SETTINGS, ASSETS, CODE);
    for (const inspection of corpus.inspections) {
      const same = before.inspection(inspection.id) === after.inspection(inspection.id);
      expect(same, inspection.id).toBe(inspection.id !== doc.inspection);
    }
    // And of every other document's page, but its translation's: none shows another document.
    const twin = siteOf(changed).twin(changed.responses.find((r) => r.id === doc.id)!)?.id;
    for (const r of corpus.responses) expect(before.document(r.id) === after.document(r.id), r.id).toBe(r.id !== doc.id && r.id !== twin);
    // And of every other force's pages: they show none of its documents.
    for (const force of corpus.forces) expect(before.force(force.id) === after.force(force.id), force.id).toBe(force.id !== doc.force);
  });
});
