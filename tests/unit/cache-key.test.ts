import { describe, expect, test } from 'vitest';
import { digestOf, findNonPlainData } from '../../src/astro/cache-key.ts';

describe('digestOf (pages\' cache keys)', () => {
  test('is the same for the same data', () => {
    expect(digestOf({ title: 'A', statuses: ['complete', 'late'] })).toBe(digestOf({ title: 'A', statuses: ['complete', 'late'] }));
  });

  test('changes when any word, number, flag or list item changes, however deep', () => {
    const view = { title: 'A', entries: [{ status: 'complete', html: '<p>Words.</p>', late: false, days: 3 }] };
    const keys = [
      view,
      { ...view, title: 'B' },
      { ...view, entries: [{ ...view.entries[0], html: '<p>Words!</p>' }] },
      { ...view, entries: [{ ...view.entries[0], late: true }] },
      { ...view, entries: [{ ...view.entries[0], days: 4 }] },
      { ...view, entries: [...view.entries, view.entries[0]] },
      { ...view, entries: [{ ...view.entries[0], note: null }] },
    ].map((v) => digestOf(v));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('tells apart values that print alike', () => {
    expect(digestOf(['ab', 'c'])).not.toBe(digestOf(['a', 'bc']));
    expect(digestOf('1')).not.toBe(digestOf(1));
    expect(digestOf({ a: [] })).not.toBe(digestOf({ a: {} }));
  });

  test('covers the settings and the view together', () => {
    const view = { title: 'A' };
    expect(digestOf({ title: 'Office one' }, view)).not.toBe(digestOf({ title: 'Office two' }, view));
  });
});

describe('findNonPlainData', () => {
  test('finds nothing in plain data', () => {
    expect(findNonPlainData({ title: 'A', n: 3, ok: true, none: null, gone: undefined, list: [{ html: '<p>x</p>' }] })).toBeNull();
  });

  test('names where a value is that a key could not see change', () => {
    expect(findNonPlainData({ chart: { draw: () => '<svg/>' } })).toBe('chart.draw (a function)');
    expect(findNonPlainData({ counts: new Map([['late', 1]]) })).toBe('counts (a Map)');
    expect(findNonPlainData({ rows: [{}, { seen: new Set(['a']) }] })).toBe('rows[1].seen (a Set)');
    expect(findNonPlainData({ share: 0 / 0 })).toBe('share (NaN)');
  });
});
