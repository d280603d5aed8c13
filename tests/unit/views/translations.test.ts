/**
 * A response published in two languages (the fixture's Welsh letter and its English
 * translation, `bilingual-pair`): each page links to the other, the lists count the pair once
 * and show the reader's language's document, both have the timeliness of the earlier, and the
 * data files say which record is the translation.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { removeContentCopies, VALID_FILES as F } from '../../fixtures/fixtures.ts';
import { TRANSLATION_EDITS, TRANSLATION_FILE, translationText } from '../../fixtures/invalid-translations.ts';
import { formattedErrors, loadFixture } from '../content/expect-problem.ts';
import { createSite, type Site } from '../../../src/lib/site/site.ts';
import { toResponseView } from '../../../src/lib/views/response.ts';
import { toComparisonView } from '../../../src/lib/views/comparison.ts';
import { toInspectionView } from '../../../src/lib/views/inspection.ts';
import { toForceView } from '../../../src/lib/views/force.ts';
import { toHomeView } from '../../../src/lib/views/home.ts';
import { toInspectionRecords, toResponseRecords } from '../../../src/lib/outputs/data/data-export.ts';
import { toCsv } from '../../../src/lib/outputs/data/csv.ts';
import { CSV_RECORD_FIELDS } from '../../../src/lib/outputs/data/data-export.ts';
import { STATUS_RECORD_FIELDS, toStatusRecords } from '../../../src/lib/outputs/data/data-statuses.ts';
import type { Corpus } from '../../../src/lib/content/model.ts';

afterAll(removeContentCopies);

const WELSH_ID = 'dyffryn/vetting-review-2021';
const ENGLISH_ID = 'dyffryn/vetting-review-2021--en';

function load(edits = TRANSLATION_EDITS): Corpus {
  const { result } = loadFixture(edits);
  expect(formattedErrors(result)).toEqual([]);
  return result.corpus;
}

const corpus = load();
const english = createSite(corpus);
const welsh: Site = { ...english.inLanguage('cy'), pagesBase: '/cy/' };
const withoutPair = createSite(load([]));

describe('each page of the pair', () => {
  test('links the English document to the Welsh one, in the page\'s words, with hreflang', () => {
    expect(toResponseView(english, ENGLISH_ID).twin).toEqual({ href: `/responses/${WELSH_ID}/`, text: 'Read in Welsh', hreflang: 'cy', lang: 'en' });
  });

  test('links the Welsh document to the English one on a Welsh page ("Darllen yn Saesneg")', () => {
    expect(toResponseView(welsh, WELSH_ID, { lang: 'cy' }).twin).toEqual({ href: `/cy/responses/${ENGLISH_ID}/`, text: 'Darllen yn Saesneg', hreflang: 'en', lang: 'cy' });
  });

  test('has no link on a document published in one language', () => {
    expect(toResponseView(english, 'northshire/vetting-review-2021').twin).toBeNull();
  });
});

describe('the lists count the pair once, in the reader\'s language', () => {
  test('the comparison page shows the English document on an English page, linking to the Welsh', () => {
    const entry = toComparisonView(english, 'vetting-review-2021', '2').entries.find((e) => e.anchor === 'force-dyffryn')!;
    expect(entry.documents).toHaveLength(1);
    expect(entry.documents[0]!.link.href).toBe(`/responses/${ENGLISH_ID}/#recommendation-2`);
    expect(entry.documents[0]!.twin).toMatchObject({ href: `/responses/${WELSH_ID}/`, hreflang: 'cy', text: 'Read in Welsh' });
  });

  test('the comparison page shows the Welsh document on a Welsh page, linking to the English', () => {
    const entry = toComparisonView(welsh, 'vetting-review-2021', '2', 'cy').entries.find((e) => e.anchor === 'force-dyffryn')!;
    expect(entry.documents.map((d) => d.link.href)).toEqual([`/cy/responses/${WELSH_ID}/#recommendation-2`]);
    expect(entry.documents[0]!.textLang).toBeUndefined();
    expect(entry.documents[0]!.twin).toMatchObject({ href: `/cy/responses/${ENGLISH_ID}/`, hreflang: 'en', text: 'Darllen yn Saesneg' });
  });

  test('the comparison page counts as many forces with a document as without the translation', () => {
    const counts = (site: Site) => toComparisonView(site, 'vetting-review-2021', '1').counts.map((c) => c.count);
    expect(counts(english)).toEqual(counts(withoutPair));
    expect(counts(welsh)).toEqual(counts(withoutPair));
  });

  test('the inspection page has one row for the Welsh office, and the same summary', () => {
    const rows = toInspectionView(english, 'vetting-review-2021').documents.filter((r) => r.force === 'Heddlu Dyffryn' && r.document);
    expect(rows.map((r) => r.document!.link.href)).toEqual([`/responses/${ENGLISH_ID}/`]);
    expect(toInspectionView(english, 'vetting-review-2021').summary).toEqual(toInspectionView(withoutPair, 'vetting-review-2021').summary);
  });

  test('the force page and the home page count one document', () => {
    expect(toForceView(english, 'dyffryn').list.documents).toHaveLength(1);
    expect(toForceView(welsh, 'dyffryn', 'cy').list.documents[0]!.link.href).toBe(`/cy/responses/${WELSH_ID}/`);
    expect(toHomeView(english).counts).toEqual(toHomeView(withoutPair).counts);
  });
});

describe('timeliness of the pair', () => {
  test('is the earlier document\'s, on both', () => {
    const earlier = createSite(load([{ file: TRANSLATION_FILE, write: translationText((t) => t.replace('date: 2021-05-01', 'date: 2021-04-28')) }]));
    for (const id of [WELSH_ID, ENGLISH_ID]) {
      expect(earlier.timeliness(earlier.document(id))).toMatchObject({ basis: 'date', on: '2021-04-28' });
    }
    expect(withoutPair.timeliness(withoutPair.document(WELSH_ID)).on).toBe('2021-05-01');
  });
});

describe('what is due', () => {
  test('counts the pair from the earlier document', async () => {
    const { toForcesDue } = await import('../../../src/lib/site/what-is-due.ts');
    const later = createSite(load([
      { file: F.welsh, replace: 'date: 2021-05-01', with: 'date: 2021-05-03' },
      { file: TRANSLATION_FILE, write: translationText((t) => t.replace('date: 2021-05-01', 'date: 2021-04-28')) },
    ]));
    const dyffryn = (site: Site) => toForcesDue(site, site.inspection('vetting-review-2021'), '2021-04-30', 'dyffryn')[0]!.comments.map((d) => d.id);
    // The Welsh pages list the Welsh letter, dated after the day; its English translation, dated before, makes it count.
    expect(dyffryn(later.inLanguage('cy'))).toEqual([WELSH_ID]);
    expect(dyffryn(later)).toEqual([ENGLISH_ID]);
  });
});

describe('the data files', () => {
  test('responses: both documents are records; the translation names the first in translationOf, the last column', () => {
    const records = toResponseRecords(english);
    expect(records.find((r) => r.id === ENGLISH_ID)!.translationOf).toBe(WELSH_ID);
    expect(records.find((r) => r.id === WELSH_ID)!.translationOf).toBeNull();
    expect(records.filter((r) => r.translationOf === null)).toHaveLength(toResponseRecords(withoutPair).length);
    expect(CSV_RECORD_FIELDS.at(-1)).toBe('translationOf');
    const csv = toCsv(records, CSV_RECORD_FIELDS).split('\r\n');
    expect(csv[0]!.endsWith(',translationOf')).toBe(true);
    expect(csv.find((line) => line.startsWith(`${ENGLISH_ID},`))!.endsWith(`,${WELSH_ID}`)).toBe(true);
  });

  test('statuses: a row for each document and recommendation; the translation\'s rows name the first in translationOf', () => {
    const rows = toStatusRecords(english).filter((r) => r.force === 'dyffryn');
    expect(rows.map((r) => `${r.document} ${r.recommendation} ${r.translationOf}`).sort()).toEqual([
      `${WELSH_ID} 1 null`, `${WELSH_ID} 2 null`, `${WELSH_ID} 4a null`,
      `${ENGLISH_ID} 1 ${WELSH_ID}`, `${ENGLISH_ID} 2 ${WELSH_ID}`, `${ENGLISH_ID} 4a ${WELSH_ID}`,
    ]);
    expect(STATUS_RECORD_FIELDS.at(-1)!.name).toBe('translationOf');
  });

  test('an inspection\'s file has the Welsh office\'s rows once', () => {
    const rows = toInspectionRecords(english, english.inspection('vetting-review-2021')).filter((r) => r.force === 'dyffryn');
    expect(rows.map((r) => r.document)).toEqual([ENGLISH_ID, ENGLISH_ID, ENGLISH_ID]);
  });
});

test('the fixture files are the ones named', () => {
  expect(F.welsh).toBe(`responses/${WELSH_ID}.md`);
});
