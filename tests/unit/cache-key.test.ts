import { describe, expect, test } from 'vitest';
import { digestOf } from '../../src/lib/cache-key.ts';

describe('digestOf (pages\' cache keys)', () => {
  test('is the same for the same data, whatever the order of object keys', () => {
    expect(digestOf({ title: 'A', statuses: ['complete', 'late'] })).toBe(digestOf({ statuses: ['complete', 'late'], title: 'A' }));
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
      { ...view, entries: [{ ...view.entries[0], extra: undefined }] },
    ].map((v) => digestOf(v));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('tells apart values that print alike', () => {
    expect(digestOf(['ab', 'c'])).not.toBe(digestOf(['a', 'bc']));
    expect(digestOf('1')).not.toBe(digestOf(1));
    expect(digestOf(null)).not.toBe(digestOf(undefined));
    expect(digestOf({ a: [] })).not.toBe(digestOf({ a: {} }));
    expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf(new Map([['a', 2]])));
    expect(digestOf(new Set(['a']))).not.toBe(digestOf(new Set(['b'])));
  });

  test('covers the settings and the view together', () => {
    const view = { title: 'A' };
    expect(digestOf({ title: 'Office one' }, view)).not.toBe(digestOf({ title: 'Office two' }, view));
  });

  test('refuses data whose effect on a page it cannot see, naming where it is', () => {
    expect(() => digestOf({ chart: { draw: () => '<svg/>' } })).toThrow(/function at chart\.draw/);
    class Widget {}
    expect(() => digestOf({ items: [new Widget()] })).toThrow(/Widget at items/);
  });
});
