/**
 * The whole-site data files as a build writes them (src/astro/site-data-steps.ts): each file is
 * the text the preview serves, and a rebuild that copies the unchanged documents' parts from
 * the last build's files writes, byte for byte, what a build from nothing writes. A stale part
 * in responses.json or statuses.csv would be as wrong as a stale page, and harder to see.
 */
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createInputKeys } from '../../src/astro/page-inputs.ts';
import { writeSiteDataFiles, type DataFileReuse } from '../../src/astro/site-data-steps.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { SITE_DATA_FILES, siteDataText } from '../../src/lib/outputs/data/site-data-files.ts';
import { toStatusRecords } from '../../src/lib/outputs/data/data-statuses.ts';
import { toResponseRecords } from '../../src/lib/outputs/data/data-export.ts';
import { createSite, type Site } from '../../src/lib/site/site.ts';
import { generateContent } from '../support/generate.ts';
import { tempDir } from '../support/isolation.ts';

const root = tempDir('pcc-site-data-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const contentDir = join(root, 'content');
/** The output folder the builds below write into, one after another, and the cache folder beside it. */
const out = join(root, 'site');
const noteFile = join(root, 'cache', 'pcc-site-data.json');

beforeAll(() => {
  generateContent(contentDir, { forces: 6, inspections: 4 });
});

/** The site made from the content folder `dir`. */
function siteFrom(dir: string): Site {
  const { corpus } = loadContent(dir, dir);
  return createSite(corpus, { base: '/', siteUrl: 'https://responses.example.org/', fileDates: new Map() });
}

/** How a build copies from the last build, with the keys of `site`'s pages. */
const reuseFor = (site: Site, force = false): DataFileReuse => ({ noteFile, keys: createInputKeys(site, null, 'site data files', 'loader-code-1'), force });

/** Each data file's bytes, by its address. */
function readFiles(dir: string): Map<string, string> {
  return new Map(SITE_DATA_FILES.map((file) => [file.path, readFileSync(join(dir, file.path), 'utf8')]));
}

/** What a build from nothing writes for `site`, into a folder of its own. */
function fromNothing(site: Site): Map<string, string> {
  const dir = join(root, 'fresh');
  rmSync(dir, { recursive: true, force: true });
  const written = writeSiteDataFiles(site, dir);
  expect(written.copied).toBe(0);
  return readFiles(dir);
}

/** A copy of the content folder, changed by `change`, and its site. */
function changedSite(change: (dir: string) => void): Site {
  const dir = join(root, 'changed');
  rmSync(dir, { recursive: true, force: true });
  cpSync(contentDir, dir, { recursive: true });
  change(dir);
  return siteFrom(dir);
}

/** How many documents' parts the four files have (a document with no recommendations has none in the statuses files). */
const partsOf = (site: Site, documents = site.corpus.responses) => SITE_DATA_FILES.reduce((sum, file) => sum + documents.filter((d) => file.part(site, d) !== '').length, 0);

describe('the whole-site data files', () => {
  test('a build from nothing writes each file as the preview serves it, and as the records are', () => {
    const site = siteFrom(contentDir);
    const files = fromNothing(site);
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
    expect(readFiles(out)).toEqual(fromNothing(after));
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
    expect(readFiles(out)).toEqual(fromNothing(after));
  });

  test('a file changed since the last build wrote it is made whole again, and nothing is copied without the note', () => {
    const site = siteFrom(contentDir);
    rmSync(out, { recursive: true, force: true });
    writeSiteDataFiles(site, out, reuseFor(site));
    const expected = fromNothing(site);

    // A hand edit of one file: its parts are all made again, the other files' copied.
    appendFileSync(join(out, '/data/statuses.json'), ' ');
    const statusesJson = SITE_DATA_FILES.find((file) => file.path === '/data/statuses.json')!;
    const made = site.corpus.responses.filter((d) => statusesJson.part(site, d) !== '').length;
    expect(writeSiteDataFiles(site, out, reuseFor(site))).toMatchObject({ made, copied: partsOf(site) - made });
    expect(readFiles(out)).toEqual(expected);

    // A build that stopped part-way took the note away first.
    rmSync(noteFile);
    expect(writeSiteDataFiles(site, out, reuseFor(site))).toMatchObject({ copied: 0 });
    expect(readFiles(out)).toEqual(expected);

    // `astro build --force` copies nothing, and leaves a note the next build copies from.
    expect(writeSiteDataFiles(site, out, reuseFor(site, true))).toMatchObject({ copied: 0 });
    expect(writeSiteDataFiles(site, out, reuseFor(site))).toMatchObject({ made: 0, copied: partsOf(site) });
    expect(readFiles(out)).toEqual(expected);
  });

  test('the keys\' code version decides: with another, every part is made again', () => {
    const site = siteFrom(contentDir);
    rmSync(out, { recursive: true, force: true });
    writeSiteDataFiles(site, out, reuseFor(site));
    const otherCode: DataFileReuse = { noteFile, keys: createInputKeys(site, null, 'site data files', 'loader-code-2') };
    expect(writeSiteDataFiles(site, out, otherCode)).toMatchObject({ copied: 0, made: partsOf(site) });
  });
});
