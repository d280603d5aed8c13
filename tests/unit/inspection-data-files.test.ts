/**
 * Each inspection's data files as a build writes them (src/astro/inspection-data-steps.ts):
 * each is the text the preview serves, and a rebuild that leaves the files of unchanged
 * inspections in place holds, byte for byte, what a build from nothing writes.
 */
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createInputKeys } from '../../src/astro/page-inputs.ts';
import { writeInspectionDataFiles } from '../../src/astro/inspection-data-steps.ts';
import type { DataFileReuse } from '../../src/astro/site-data-steps.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { INSPECTION_DATA_DIR, inspectionDataTexts } from '../../src/lib/outputs/data/inspection-data-files.ts';
import { toInspectionRecords } from '../../src/lib/outputs/data/data-export.ts';
import { createSite, type Site } from '../../src/lib/site/site.ts';
import { generateContent } from '../support/generate.ts';
import { tempDir } from '../support/isolation.ts';

const root = tempDir('pcc-inspection-data-');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const contentDir = join(root, 'content');
const out = join(root, 'site');
const noteFile = join(root, 'cache', 'pcc-site-data.json');

beforeAll(() => {
  generateContent(contentDir, { forces: 6, inspections: 4 });
});

function siteFrom(dir: string): Site {
  const { corpus } = loadContent(dir, dir);
  return createSite(corpus, { base: '/', siteUrl: 'https://responses.example.org/', fileDates: new Map() });
}

const reuseFor = (site: Site, code = 'loader-code-1'): DataFileReuse => ({ noteFile, keys: createInputKeys(site, null, 'site data files', code) });

/** Every file in the data folder, by name, with its text. */
function readFolder(dir: string): Map<string, string> {
  const folder = join(dir, INSPECTION_DATA_DIR);
  return new Map(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

function fromNothing(site: Site): Map<string, string> {
  const dir = join(root, 'fresh');
  rmSync(dir, { recursive: true, force: true });
  expect(writeInspectionDataFiles(site, dir)).toMatchObject({ kept: 0, written: site.corpus.inspections.length });
  return readFolder(dir);
}

function changedSite(change: (dir: string) => void): Site {
  const dir = join(root, 'changed');
  rmSync(dir, { recursive: true, force: true });
  cpSync(contentDir, dir, { recursive: true });
  change(dir);
  return siteFrom(dir);
}

describe('each inspection\'s data files', () => {
  test('a build from nothing writes each inspection\'s records as CSV and JSON, as the preview serves them, and nothing else', () => {
    const site = siteFrom(contentDir);
    const files = fromNothing(site);
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
    expect(readFolder(out)).toEqual(fromNothing(after));
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
    expect(readFolder(out)).toEqual(fromNothing(after));
    expect(writeInspectionDataFiles(after, out, reuseFor(after, 'loader-code-2'))).toMatchObject({ written: after.corpus.inspections.length, kept: 0 });
    // Without the note (a build that stopped part-way took it away first), all are written again.
    rmSync(join(root, 'cache', 'pcc-inspection-data.json'));
    expect(writeInspectionDataFiles(after, out, reuseFor(after, 'loader-code-2'))).toMatchObject({ written: after.corpus.inspections.length, kept: 0 });
  });
});
