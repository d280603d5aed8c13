import { describe, expect, test } from 'vitest';
import {
  addDays,
  comparePartialDates,
  daysBetween,
  earliestDay,
  formatDate,
  isDay,
  isPartialDate,
  latestDay,
  parseDay,
  parsePartialDate,
  toDayNumber,
  yearOf,
} from '../../src/lib/basics/days.ts';

describe('parsePartialDate', () => {
  test('reads a full date as a day', () => {
    expect(parsePartialDate('2019-11-21')).toEqual({ precision: 'day', year: 2019, month: 11, day: 21 });
  });

  test('reads YYYY-MM as a month', () => {
    expect(parsePartialDate('2019-09')).toEqual({ precision: 'month', year: 2019, month: 9 });
  });

  test('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ precision: 'day', year: 2024, month: 2, day: 29 });
  });

  test('accepts 29 February in a century leap year (2000) and the last day of each long month', () => {
    expect(parsePartialDate('2000-02-29')).not.toBeNull();
    expect(parsePartialDate('2019-01-31')).not.toBeNull();
    expect(parsePartialDate('2019-12-31')).not.toBeNull();
  });

  test.each([
    ['2024-02-30', 'a day February never has'],
    ['2023-02-29', '29 February in a year that is not a leap year'],
    ['2100-02-29', '29 February in a century year that is not a leap year'],
    ['2019-04-31', '31 April'],
    ['2019-13-01', 'month 13'],
    ['2019-00-10', 'month 0'],
    ['2019-13', 'month 13 on its own'],
    ['2019-09-00', 'day 0'],
    ['2019-9-1', 'a month and day without leading zeros'],
    ['2019-09-1', 'a day without a leading zero'],
    ['19-09-27', 'a two-digit year'],
    ['2019', 'a year on its own'],
    ['27/09/2019', 'a British-style date'],
    ['2019-09-27T00:00:00Z', 'a timestamp'],
    [' 2019-09-27', 'a date with a leading space'],
    ['', 'an empty string'],
  ])('rejects %s (%s)', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });
});

describe('parseDay, isDay and isPartialDate', () => {
  test('parseDay accepts a full date and refuses a month', () => {
    expect(parseDay('2019-11-21')).toEqual({ precision: 'day', year: 2019, month: 11, day: 21 });
    expect(parseDay('2019-11')).toBeNull();
  });

  test('isDay is true only for a real full date', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2019-09')).toBe(false);
    expect(isDay('2024-02-30')).toBe(false);
  });

  test('isPartialDate accepts a day or a month and nothing else', () => {
    expect(isPartialDate('2019-09-27')).toBe(true);
    expect(isPartialDate('2019-09')).toBe(true);
    expect(isPartialDate('September 2019')).toBe(false);
  });
});

describe('day arithmetic', () => {
  test('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
  });

  test('refuses to count a month-only or impossible date', () => {
    expect(() => toDayNumber('2019-09')).toThrow('Not a full date: 2019-09');
    expect(() => toDayNumber('2024-02-30')).toThrow();
  });

  test('adds days across the end of a month and a year', () => {
    expect(addDays('2019-09-30', 1)).toBe('2019-10-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });

  test('adds days across February in leap and ordinary years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  });

  test('goes back for a negative number of days', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  test('is not moved by the end of British Summer Time (27 October 2019)', () => {
    expect(addDays('2019-10-26', 2)).toBe('2019-10-28');
    expect(daysBetween('2019-10-26', '2019-10-28')).toBe(2);
  });

  test('daysBetween is negative when the second date is earlier', () => {
    expect(daysBetween('2019-11-21', '2019-11-22')).toBe(1);
    expect(daysBetween('2019-11-22', '2019-11-21')).toBe(-1);
    expect(daysBetween('2019-11-21', '2019-11-21')).toBe(0);
  });

  test('daysBetween counts a leap day', () => {
    // 2024-02-01 to 2024-03-01: the 29 days of February 2024.
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2023-02-01', '2023-03-01')).toBe(28);
  });
});

describe('earliestDay and latestDay', () => {
  test('a month starts on its first day', () => {
    expect(earliestDay('2019-09')).toBe('2019-09-01');
  });

  test('a full date is its own earliest and latest day', () => {
    expect(earliestDay('2019-09-27')).toBe('2019-09-27');
    expect(latestDay('2019-09-27')).toBe('2019-09-27');
  });

  test('a month ends on its last day, 29 February in a leap year', () => {
    expect(latestDay('2019-09')).toBe('2019-09-30');
    expect(latestDay('2019-12')).toBe('2019-12-31');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023-02')).toBe('2023-02-28');
  });

  test('latestDay refuses something that is not a date', () => {
    expect(() => latestDay('2019-13')).toThrow('Not a date: 2019-13');
  });
});

describe('comparePartialDates', () => {
  test('orders full dates by day', () => {
    expect(comparePartialDates('2019-09-27', '2019-11-21')).toBeLessThan(0);
    expect(comparePartialDates('2019-11-21', '2019-09-27')).toBeGreaterThan(0);
    expect(comparePartialDates('2019-11-21', '2019-11-21')).toBe(0);
  });

  test('sorts a month as its first day: equal to the 1st, before any later day of that month', () => {
    expect(comparePartialDates('2019-09', '2019-09-01')).toBe(0);
    expect(comparePartialDates('2019-09', '2019-09-15')).toBeLessThan(0);
    expect(comparePartialDates('2019-09-15', '2019-09')).toBeGreaterThan(0);
  });

  test('sorts a month after every day of the month before', () => {
    expect(comparePartialDates('2019-08-31', '2019-09')).toBeLessThan(0);
  });

  test('sorts a mixed list with Array.prototype.sort', () => {
    expect(['2020-01', '2019-09-15', '2019-09', '2019-10-01'].sort(comparePartialDates))
      .toEqual(['2019-09', '2019-09-15', '2019-10-01', '2020-01']);
  });
});

describe('formatDate', () => {
  test('writes a day the GOV.UK way, without a leading zero', () => {
    expect(formatDate('2019-11-21')).toBe('21 November 2019');
    expect(formatDate('2019-11-01')).toBe('1 November 2019');
  });

  test('writes a month as month and year', () => {
    expect(formatDate('2019-09')).toBe('September 2019');
  });

  test('names January and December', () => {
    expect(formatDate('2024-01-05')).toBe('5 January 2024');
    expect(formatDate('2023-12')).toBe('December 2023');
  });

  test('leaves text that is not a date as it is', () => {
    expect(formatDate('2024-02-30')).toBe('2024-02-30');
    expect(formatDate('sometime')).toBe('sometime');
  });
});

describe('yearOf', () => {
  test('reads the year of a day or a month', () => {
    expect(yearOf('2019-11-21')).toBe(2019);
    expect(yearOf('2024-02')).toBe(2024);
  });
});
