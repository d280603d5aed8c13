import { describe, expect, test } from 'vitest';
import type { Timeliness } from '../../../src/lib/site/deadline.ts';
import { DEFAULT_STATUS_READING } from '../../../src/schemas/site-config.ts';
import {
  documentDate,
  inspectionKindIn,
  inspectionKindLabel,
  statusLegend,
  statusReadingIn,
  STATUS_COLOURS,
  TIMELINESS_COLOURS,
  siteLink,
  toDocumentSummary,
  toStatusCell,
  toTimelinessCell,
} from '../../../src/lib/views/format.ts';
import { STATUS_IDS } from '../../../src/lib/basics/statuses.ts';
import { makeInspection, makeResponse, makeSite } from '../support/factories.ts';

const inspection = makeInspection({ id: 'lorem-ipsum', title: 'Lorem ipsum: a placeholder report' });

describe('siteLink', () => {
  test('applies the base path', () => {
    expect(siteLink(makeSite({}), '/forces/', 'Forces')).toEqual({ href: '/forces/', text: 'Forces' });
    expect(siteLink(makeSite({}, { base: '/pcc-responses/' }), '/forces/', 'Forces')).toEqual({ href: '/pcc-responses/forces/', text: 'Forces' });
  });
});

describe('toStatusCell', () => {
  test('gives a status\'s id and label', () => {
    expect(toStatusCell('awaiting-national')).toEqual({ id: 'awaiting-national', label: 'Awaiting national action', colour: STATUS_COLOURS['awaiting-national'] });
  });

  test('says when no status is given', () => {
    expect(toStatusCell(undefined)).toEqual({ id: 'none', label: 'No status given', colour: STATUS_COLOURS.none });
  });
});

describe('colours', () => {
  test('gives every status its own colour, except that no status given shares not addressed\'s red', () => {
    const colours = Object.entries(STATUS_COLOURS).filter(([id]) => id !== 'none').map(([, c]) => c);
    expect(new Set(colours).size).toBe(colours.length);
    expect(STATUS_COLOURS.none).toBe(STATUS_COLOURS['not-addressed']);
    expect(TIMELINESS_COLOURS['on-time']).toBe(STATUS_COLOURS.complete);
    expect(TIMELINESS_COLOURS.late).toBe(STATUS_COLOURS['not-addressed']);
  });
});

describe('toTimelinessCell', () => {
  const base: Timeliness = { status: 'on-time', basis: 'published', on: '2019-11-21', due: '2019-11-21', daysFromReport: 55, daysLate: null };

  test('says a judgement rests on the publication date', () => {
    expect(toTimelinessCell(base)).toEqual({
      status: 'on-time',
      colour: TIMELINESS_COLOURS['on-time'],
      text: 'On time: day 56 of 56',
      basis: 'Based on the publication date, 21 November 2019.',
    });
  });

  test('says a judgement rests on the date on the document when no publication date is recorded', () => {
    expect(toTimelinessCell({ ...base, status: 'late', basis: 'date', on: '2019-11-22', daysLate: 1 })).toEqual({
      status: 'late',
      colour: TIMELINESS_COLOURS['late'],
      text: 'Late by 1 day',
      basis: 'Based on the date on the document, 22 November 2019 (no publication date is recorded).',
    });
  });

  test('says an undated document carries no date', () => {
    expect(toTimelinessCell({ ...base, status: 'undated', basis: null, on: null, daysFromReport: null })).toEqual({
      status: 'undated',
      colour: TIMELINESS_COLOURS['undated'],
      text: 'Undated',
      basis: 'The document carries no date and no publication date is recorded.',
    });
  });
});

describe('documentDate', () => {
  test('shows the date on the document first', () => {
    expect(documentDate(makeResponse({ force: 'northshire', inspection: 'lorem-ipsum', date: '2019-11-15', published: '2019-11-20' }))).toBe('15 November 2019');
  });

  test('shows when it was published when it carries no date', () => {
    expect(documentDate(makeResponse({ force: 'northshire', inspection: 'lorem-ipsum', published: '2019-11-20' }))).toBe('Published 20 November 2019');
  });

  test('says "Undated" when there is neither', () => {
    expect(documentDate(makeResponse({ force: 'northshire', inspection: 'lorem-ipsum' }))).toBe('Undated');
  });
});

describe('toDocumentSummary', () => {
  const document = makeResponse({ force: 'northshire', inspection: 'lorem-ipsum', date: '2019-11-22' });
  const site = makeSite({ inspections: [inspection], responses: [document] }, { base: '/pcc-responses/' });

  test('links to the document under the base path, with its kind, date and timeliness', () => {
    expect(toDocumentSummary(site, document)).toEqual({
      link: { href: '/pcc-responses/responses/northshire/lorem-ipsum/', text: 'Response to Lorem ipsum: a placeholder report' },
      kind: "Policing body's response",
      date: '22 November 2019',
      timeliness: {
        status: 'late',
        colour: TIMELINESS_COLOURS.late,
        text: 'Late by 1 day',
        basis: 'Based on the date on the document, 22 November 2019 (no publication date is recorded).',
      },
    });
  });

  test('takes other link text when given it', () => {
    expect(toDocumentSummary(site, document, 'Read it').link.text).toBe('Read it');
  });
});

describe('inspectionKindIn', () => {
  test('gives a kind the catalogue knows in the language, Welsh in lower case as it follows "Arolygiad"', () => {
    expect(['national-thematic', 'force', 'peel'].map((k) => inspectionKindIn('en', k))).toEqual(['National thematic', 'Force', 'PEEL']);
    expect(['national-thematic', 'force', 'peel'].map((k) => inspectionKindIn('cy', k))).toEqual(['thematig cenedlaethol', 'heddlu', 'PEEL']);
  });

  test('writes a kind the catalogue does not know as its words', () => {
    expect(inspectionKindIn('cy', 'joint-inspection')).toBe('Joint inspection');
  });
});

describe('inspectionKindLabel', () => {
  test('writes an inspection kind in words', () => {
    expect(inspectionKindLabel('national-thematic')).toBe('National thematic');
    expect(inspectionKindLabel('force')).toBe('Force');
    expect(inspectionKindLabel('peel')).toBe('PEEL');
  });
});

describe('statusLegend', () => {
  test('describes every status, in order', () => {
    const legend = statusLegend();
    expect(legend.map((l) => l.status.id)).toEqual(STATUS_IDS);
    expect(legend[0]).toEqual({ status: { id: 'complete', label: 'Complete', colour: 'g' }, description: 'The action has been taken.' });
  });
});

describe('whose reading the statuses are, in the page\'s language', () => {
  test('the sentence as it ships is the catalogue\'s, in English word for word the setting\'s default, and in Welsh on a Welsh page', () => {
    expect(statusReadingIn(DEFAULT_STATUS_READING, 'en')).toBe(DEFAULT_STATUS_READING);
    expect(statusReadingIn(DEFAULT_STATUS_READING, 'cy')).toBe('Darlleniad y wefan hon o bob dogfen yw\'r statwsau; mae pob un yn dangos y geiriau y mae\'n seiliedig arnynt.');
  });

  test('an office\'s own sentence is shown as the office wrote it, on the pages of both languages', () => {
    const own = 'Placeholder: statuses are the fictional office\'s own reading.';
    expect(statusReadingIn(own, 'en')).toBe(own);
    expect(statusReadingIn(own, 'cy')).toBe(own);
  });
});
