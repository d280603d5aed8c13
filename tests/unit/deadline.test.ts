import { describe, expect, test } from 'vitest';
import {
  STATUTORY_PERIOD_DAYS,
  TIMELINESS_DESCRIPTIONS,
  TIMELINESS_LABELS,
  describeTimeliness,
  getDueDate,
  getTimeliness,
  type Timeliness,
} from '../../src/lib/site/deadline.ts';
import { DOCUMENT_KIND_IDS } from '../../src/lib/basics/document-kinds.ts';

// A report published on 2019-09-27. Counting that day as day 1: 27-30 September are days
// 1-4, October is days 5-35, and 1 November is day 36, so day 56 is 21 November 2019.
const REPORT = '2019-09-27';
const DAY_56 = '2019-11-21';
const DAY_57 = '2019-11-22';

describe('getDueDate', () => {
  test('the statutory period is 56 days', () => {
    expect(STATUTORY_PERIOD_DAYS).toBe(56);
  });

  test('counts the publication day as day 1 of 56', () => {
    expect(getDueDate(REPORT)).toBe(DAY_56);
  });

  test('crosses the end of a year into a leap February', () => {
    // 20-31 December 2023 are days 1-12, January 2024 days 13-43, so day 56 is 13 February.
    expect(getDueDate('2023-12-20')).toBe('2024-02-13');
  });

  test('lands on 29 February in a leap year', () => {
    // 5-31 January 2024 are days 1-27; February 2024 has 29 days, days 28-56.
    expect(getDueDate('2024-01-05')).toBe('2024-02-29');
  });

  test('passes 28 February in an ordinary year', () => {
    // 5-31 January 2023 are days 1-27; February 2023 is days 28-55, so day 56 is 1 March.
    expect(getDueDate('2023-01-05')).toBe('2023-03-01');
  });

  test('starts from the last day of a month', () => {
    // 31 January 2019 is day 1; February 2019 is days 2-29; 1 March is day 30, so day 56 is 27 March.
    expect(getDueDate('2019-01-31')).toBe('2019-03-27');
  });

  test('has no due date when only the month of publication is known', () => {
    expect(getDueDate('2019-09')).toBeNull();
  });
});

describe('getTimeliness', () => {
  test('marks a response on time on the 56th day', () => {
    expect(getTimeliness({ kind: 'pcc-response', date: DAY_56 }, REPORT)).toEqual({
      status: 'on-time',
      basis: 'date',
      on: DAY_56,
      due: DAY_56,
      // The day of publication is 0, so day 56 is 55 days after it.
      daysFromReport: 55,
      daysLate: null,
    });
  });

  test('marks a response late the day after the 56th day', () => {
    expect(getTimeliness({ kind: 'pcc-response', date: DAY_57 }, REPORT)).toEqual({
      status: 'late',
      basis: 'date',
      on: DAY_57,
      due: DAY_56,
      daysFromReport: 56,
      daysLate: 1,
    });
  });

  test('marks a response on time on the day the report is published', () => {
    const t = getTimeliness({ kind: 'pcc-response', date: REPORT }, REPORT);
    expect(t.status).toBe('on-time');
    expect(t.daysFromReport).toBe(0);
  });

  test('counts days late across the end of a year', () => {
    // Due 21 November: 22-30 November is 9 days, December 31 more, 1 January one more: 41.
    const t = getTimeliness({ kind: 'pcc-response', date: '2020-01-01' }, REPORT);
    expect(t.status).toBe('late');
    expect(t.daysLate).toBe(41);
  });

  test('uses the publication date over the date on the document, and says so', () => {
    // Dated on day 55 but published on day 60 (25 November): late by 4 days.
    const t = getTimeliness({ kind: 'pcc-response', date: '2019-11-20', published: '2019-11-25' }, REPORT);
    expect(t).toEqual({
      status: 'late',
      basis: 'published',
      on: '2019-11-25',
      due: DAY_56,
      daysFromReport: 59,
      daysLate: 4,
    });
  });

  test('counts a document dated late but published in time as on time', () => {
    const t = getTimeliness({ kind: 'pcc-response', date: '2019-12-01', published: DAY_56 }, REPORT);
    expect(t.status).toBe('on-time');
    expect(t.basis).toBe('published');
    expect(t.on).toBe(DAY_56);
  });

  test('uses the publication date when the document carries no date', () => {
    const t = getTimeliness({ kind: 'pcc-response', published: DAY_57 }, REPORT);
    expect(t.status).toBe('late');
    expect(t.basis).toBe('published');
  });

  test('marks a document with no date and no publication date undated', () => {
    expect(getTimeliness({ kind: 'pcc-response' }, REPORT)).toEqual({
      status: 'undated',
      basis: null,
      on: null,
      due: DAY_56,
      daysFromReport: null,
      daysLate: null,
    });
  });

  test('cannot tell when only the month of the report is known', () => {
    expect(getTimeliness({ kind: 'pcc-response', date: '2019-10-01' }, '2019-09')).toEqual({
      status: 'unknown',
      basis: 'date',
      on: '2019-10-01',
      due: null,
      daysFromReport: null,
      daysLate: null,
    });
  });

  test('calls an undated document undated even when the report has only a month', () => {
    expect(getTimeliness({ kind: 'pcc-response' }, '2019-09').status).toBe('undated');
  });

  test.each(['force-response', 'inspectorate-letter'] as const)(
    'gives no deadline to a %s, however late, but still counts its days from the report',
    (kind) => {
      const t = getTimeliness({ kind, date: '2020-06-01' }, REPORT);
      expect(t.status).toBe('not-applicable');
      expect(t.daysLate).toBeNull();
      expect(t.due).toBe(DAY_56);
      // 3 (to 30 Sep) + 31 + 30 + 31 (Oct-Dec) + 31 + 29 + 31 + 30 + 31 (Jan-May 2020, a leap year) + 1 = 248.
      expect(t.daysFromReport).toBe(248);
    },
  );

  test('gives no deadline to an undated letter', () => {
    expect(getTimeliness({ kind: 'inspectorate-letter' }, REPORT).status).toBe('not-applicable');
  });

  test('every document kind but the policing body\'s response is outside the duty', () => {
    const statuses = DOCUMENT_KIND_IDS.map((kind) => getTimeliness({ kind, date: DAY_57 }, REPORT).status);
    expect(statuses).toEqual(['late', 'not-applicable', 'not-applicable']);
  });
});

describe('describeTimeliness', () => {
  const base: Timeliness = { status: 'on-time', basis: 'date', on: DAY_56, due: DAY_56, daysFromReport: 55, daysLate: null };

  test('says which day of 56 an on-time response came on', () => {
    expect(describeTimeliness(base)).toBe('On time: day 56 of 56');
    expect(describeTimeliness({ ...base, daysFromReport: 0 })).toBe('On time: day 1 of 56');
  });

  test('says "day" for one day late and "days" for more', () => {
    expect(describeTimeliness({ ...base, status: 'late', daysLate: 1 })).toBe('Late by 1 day');
    expect(describeTimeliness({ ...base, status: 'late', daysLate: 3 })).toBe('Late by 3 days');
  });

  test.each([
    ['undated', 'Undated'],
    ['unknown', 'Cannot tell'],
    ['not-applicable', 'No deadline'],
  ] as const)('uses the label for %s', (status, label) => {
    expect(describeTimeliness({ ...base, status })).toBe(label);
  });

  test('has a label and a description for every status', () => {
    expect(Object.keys(TIMELINESS_DESCRIPTIONS).sort()).toEqual(Object.keys(TIMELINESS_LABELS).sort());
    for (const text of Object.values(TIMELINESS_DESCRIPTIONS)) expect(text).not.toBe('');
  });
});
