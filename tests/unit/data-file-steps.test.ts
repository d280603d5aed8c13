/**
 * The data files as a build writes them, after the pages: the whole-site files
 * (src/astro/site-data-steps.ts) and each inspection's (src/astro/inspection-data-steps.ts).
 * Each is the text the preview serves, and a rebuild that copies the unchanged documents'
 * parts from the last build's files, or leaves unchanged inspections' files in place, writes,
 * byte for byte, what a build from nothing writes. A stale part in responses.json or an
 * inspection's CSV would be as wrong as a stale page, and harder to see.
 */
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DataFileReuse } from '../../src/astro/data-file-reuse.ts';
import { writeInspectionDataFiles } from '../../src/astro/inspection-data-steps.ts';
import { createInputKeys } from '../../src/astro/page-inputs.ts';
import { writeSiteDataFiles } from '../../src/astro/site-data-steps.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { toInspectionRecords, toResponseRecords } from '../../src/lib/outputs/data/data-export.ts';
import { toStatusRecords } from '../../src/lib/outputs/data/data-statuses.ts';
import { INSPECTION_DATA_DIR, inspectionDataTexts } from '../../src/lib/outputs/data/inspection-data-files.ts';
import { SITE_DATA_FILES, siteDataText } from '../../src/lib/outputs/data/site-data-files.ts';
import { createSite, type Site } from '../../src/lib/site/site.ts';
import { generateContent } from '../support/generate.ts';
import { tempDir } from '../support/isolation.ts';

const root = tempDir('pcc-data-files-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const contentDir = join(root, 'content');
/** The output folder the builds below write into, one after another, and the cache folder beside it. */
const out = join(root, 'site');
const cacheDir = join(root, 'cache');

beforeAll(() => {
  generateContent(contentDir, { forces: 6, inspections: 4 });
});

/** The site made from the content folder `dir`. */
function siteFrom(dir: string): Site {
  const { corpus } = loadContent(dir, dir);
  return createSite(corpus, { base: '/', siteUrl: 'https://responses.example.org/', fileDates: new Map() });
}

/** How a build reuses the last build's files, with the keys of `site`'s pages (made by the loader's code version `code`). */
const reuseFor = (site: Site, { force = false, code = 'loader-code-1' } = {}): DataFileReuse => ({ cacheDir, keys: createInputKeys(site, null, 'data files', code), force });

/** A copy of the content folder, changed by `change`, and its site. */
function changedSite(change: (dir: string) => void): Site {
  const dir = join(root, 'changed');
  rmSync(dir, { recursive: true, force: true });
  cpSync(contentDir, dir, { recursive: true });
  change(dir);
  return siteFrom(dir);
}

/** Each whole-site data file's bytes, by its address. */
function readSiteFiles(dir: string): Map<string, string> {
  return new Map(SITE_DATA_FILES.map((file) => [file.path, readFileSync(join(dir, file.path), 'utf8')]));
}

/** What a build from nothing writes of the whole-site files for `site`, into a folder of its own. */
function siteFilesFromNothing(site: Site): Map<string, string> {
  const dir = join(root, 'fresh');
  rmSync(dir, { recursive: true, force: true });
  expect(writeSiteDataFiles(site, dir).copied).toBe(0);
  return readSiteFiles(dir);
}

/** Every file in the inspections' data folder, by name, with its text. */
function readInspectionFolder(dir: string): Map<string, string> {
  const folder = join(dir, INSPECTION_DATA_DIR);
  return new Map(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

/** What a build from nothing writes of each inspection's files for `site`, into a folder of its own. */
function inspectionFilesFromNothing(site: Site): Map<string, string> {
  const dir = join(root, 'fresh');
  rmSync(dir, { recursive: true, force: true });
  expect(writeInspectionDataFiles(site, dir)).toMatchObject({ kept: 0, written: site.corpus.inspections.length });
  return readInspectionFolder(dir);
}

/** How many documents' parts the four files have (a document with no recommendations has none in the statuses files). */
const partsOf = (site: Site, documents = site.corpus.responses) => SITE_DATA_FILES.reduce((sum, file) => sum + documents.filter((d) => file.part(site, d) !== '').length, 0);

describe('the whole-site data files', () => {
  test('a build from nothing writes each file as the preview serves it, and as the records are', () => {
    const site = siteFrom(contentDir);
    const files = siteFilesFromNothing(site);
    for (const file of SITE_DATA_FILES) expect(files.get(file.path), file.path).toBe([...siteDataText(file, site)].join(''));
    expect(JSON.parse(files.get('/data/statuses.json')!)).toEqual(JSON.parse(JSON.stringify(toStatusRecords(site))));
    expect(JSON.parse(files.get('/data/responses.json')!)).toEqual(JSON.parse(JSON.stringify(toResponseRecords(site))));
    expect(files.get('/data/statuses.csv')!.split('\r\n').length - 2).toBe(toStatusRecords(site).length);
  });

  test('a rebuild after one edit copies every other inspection\'s documents\' parts, and writes what a build from nothing writes', () => {
    const site = siteFrom(contentDir);
    rmSync(out, { recursive: true, force: true });
    expect(writeSiteDataFiles(site, out, reuseFor(site))).toMatchObject({ copied: 0, made: partsOf(site) });

    const edited = site.corpus.responses.find((d) => site.inspection(d.inspection).recommendations.length > 0)!;
    const after = changedSite((dir) => appendFileSync(join(dir, edited.file), '\nA fictional sentence added by a test.\n'));
    expect(after.document(edited.id)!.text).toContain('A fictional sentence added by a test.');
    const sameInspection = after.corpus.responses.filter((d) => d.inspection === edited.inspection);
    const written = writeSiteDataFiles(after, out, reuseFor(after));
    expect(written.made).toBe(partsOf(after, sameInspection));
    expect(written.copied).toBe(partsOf(after) - written.made);
    expect(readSiteFiles(out)).toEqual(siteFilesFromNothing(after));
  });

  test('a rebuild after a document is deleted and another changes its status writes what a build from nothing writes', () => {
    const site = siteFrom(contentDir);
    rmSync(out, { recursive: true, force: true });
    writeSiteDataFiles(site, out, reuseFor(site));
    // A document whose neighbours in the files are about other inspections, so theirs are copied either side of the gap.
    const documents = site.corpus.responses;
    const gone = documents.find((d, i) => i > 0 && documents[i - 1]!.inspection !== d.inspection && documents[i + 1] && documents[i + 1]!.inspection !== d.inspection)!;
    const changed = documents.findLast((d) => d.inspection !== gone.inspection && Object.keys(d.recommendations).length > 0)!;
    expect(changed.inspection).not.toBe(gone.inspection);
    const after = changedSite((dir) => {
      const path = (file: string) => join(dir, file);
      rmSync(path(gone.file));
      writeFileSync(path(changed.file), readFileSync(path(changed.file), 'utf8').replace(/^( {2}"?[\w-]+"?:) [\w-]+$/m, '$1 no-action'));
    });
    expect(after.corpus.responses.map((d) => d.id)).not.toContain(gone.id);
    expect(after.document(changed.id).recommendations).not.toEqual(changed.recommendations);
    const written = writeSiteDataFiles(after, out, reuseFor(after));
    expect(written.copied).toBeGreaterThan(0);
    expect(readSiteFiles(out)).toEqual(siteFilesFromNothing(after));
  });

  test('a file changed since the last build wrote it is made whole again, and nothing is copied without the note', () => {
    const site = siteFrom(contentDir);
    rmSync(out, { recursive: true, force: true });
    writeSiteDataFiles(site, out, reuseFor(site));
    const expected = siteFilesFromNothing(site);

    // A hand edit of one file: its parts are all made again, the other files' copied.
    appendFileSync(join(out, '/data/statuses.json'), ' ');
    const statusesJson = SITE_DATA_FILES.find((file) => file.path === '/data/statuses.json')!;
    const made = site.corpus.responses.filter((d) => statusesJson.part(site, d) !== '').length;
    expect(writeSiteDataFiles(site, out, reuseFor(site))).toMatchObject({ made, copied: partsOf(site) - made });
    expect(readSiteFiles(out)).toEqual(expected);

    // A build that stopped part-way took the note away first.
    rmSync(join(cacheDir, 'pcc-site-data.json'));
    expect(writeSiteDataFiles(site, out, reuseFor(site))).toMatchObject({ copied: 0 });
    expect(readSiteFiles(out)).toEqual(expected);

    // `astro build --force` copies nothing, and leaves a note the next build copies from.
    expect(writeSiteDataFiles(site, out, reuseFor(site, { force: true }))).toMatchObject({ copied: 0 });
    expect(writeSiteDataFiles(site, out, reuseFor(site))).toMatchObject({ made: 0, copied: partsOf(site) });
    expect(readSiteFiles(out)).toEqual(expected);
  });

  test('the keys\' code version decides: with another, every part is made again', () => {
    const site = siteFrom(contentDir);
    rmSync(out, { recursive: true, force: true });
    writeSiteDataFiles(site, out, reuseFor(site));
    expect(writeSiteDataFiles(site, out, reuseFor(site, { code: 'loader-code-2' }))).toMatchObject({ copied: 0, made: partsOf(site) });
  });
});

describe('each inspection\'s data files', () => {
  test('a build from nothing writes each inspection\'s records as CSV and JSON, as the preview serves them, and nothing else', () => {
    const site = siteFrom(contentDir);
    const files = inspectionFilesFromNothing(site);
    expect(files.size).toBe(site.corpus.inspections.length * 2);
    for (const inspection of site.corpus.inspections) {
      for (const { path, text } of inspectionDataTexts(site, inspection)) expect(files.get(path.split('/').pop()!)).toBe(text);
      expect(JSON.parse(files.get(`${inspection.id}.json`)!)).toEqual(JSON.parse(JSON.stringify(toInspectionRecords(site, inspection))));
    }
  });

  test('a rebuild after one edit writes its inspection\'s files only, and the folder holds what a build from nothing makes', () => {
    const site = siteFrom(contentDir);
    rmSync(out, { recursive: true, force: true });
    writeInspectionDataFiles(site, out, reuseFor(site));
    const edited = site.corpus.responses[0]!;
    const untouched = site.corpus.inspections.find((i) => i.id !== edited.inspection)!;
    const before = statSync(join(out, INSPECTION_DATA_DIR, `${untouched.id}.csv`)).mtimeMs;
    const after = changedSite((dir) => appendFileSync(join(dir, edited.file), '\nA fictional sentence added by a test.\n'));
    expect(writeInspectionDataFiles(after, out, reuseFor(after))).toEqual({ written: 1, kept: after.corpus.inspections.length - 1, removed: 0 });
    expect(readInspectionFolder(out)).toEqual(inspectionFilesFromNothing(after));
    expect(statSync(join(out, INSPECTION_DATA_DIR, `${untouched.id}.csv`)).mtimeMs).toBe(before);
  });

  test('a removed inspection\'s files go, a file changed by hand is written again, and another code version writes them all', () => {
    const site = siteFrom(contentDir);
    rmSync(out, { recursive: true, force: true });
    writeInspectionDataFiles(site, out, reuseFor(site));
    // An inspection nobody answered: its file can go with it.
    const gone = site.corpus.inspections.find((i) => !site.corpus.responses.some((r) => r.inspection === i.id))!;
    const after = changedSite((dir) => rmSync(join(dir, gone.file)));
    const handEdited = after.corpus.inspections[0]!;
    appendFileSync(join(out, INSPECTION_DATA_DIR, `${handEdited.id}.json`), ' ');
    writeFileSync(join(out, INSPECTION_DATA_DIR, 'left-by-someone.txt'), 'a stray file');
    expect(writeInspectionDataFiles(after, out, reuseFor(after))).toEqual({ written: 1, kept: after.corpus.inspections.length - 1, removed: 3 });
    expect(readInspectionFolder(out)).toEqual(inspectionFilesFromNothing(after));
    expect(writeInspectionDataFiles(after, out, reuseFor(after, { code: 'loader-code-2' }))).toMatchObject({ written: after.corpus.inspections.length, kept: 0 });
    // Without the note (a build that stopped part-way took it away first), all are written again.
    rmSync(join(cacheDir, 'pcc-inspection-data.json'));
    expect(writeInspectionDataFiles(after, out, reuseFor(after, { code: 'loader-code-2' }))).toMatchObject({ written: after.corpus.inspections.length, kept: 0 });
  });
});
