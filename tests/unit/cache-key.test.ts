import { describe, expect, test } from 'vitest';
import { digestOf, digestWithTexts, findNonPlainData } from '../../src/astro/cache-key.ts';

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

describe('digestWithTexts (the inspections\' keys, with the documents\' HTML and text apart)', () => {
  test('is the same for the same data and texts, and changes with any text or the data', () => {
    const data = { id: 'westmere/vetting-2030' };
    const texts = ['<p>We accept the recommendation.</p>', 'We accept the recommendation.'];
    expect(digestWithTexts(data, texts)).toBe(digestWithTexts({ ...data }, [...texts]));
    const keys = [
      digestWithTexts(data, texts),
      digestWithTexts(data, ['<p>We accept the recommendation!</p>', texts[1]!]),
      digestWithTexts(data, [texts[0]!, 'We accept the recommendation']),
      digestWithTexts(data, [...texts, '']),
      digestWithTexts({ id: 'northshire/vetting-2030' }, texts),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('tells apart texts cut in other places, and texts that look like the lengths between them', () => {
    expect(digestWithTexts(null, ['ab', 'c'])).not.toBe(digestWithTexts(null, ['a', 'bc']));
    expect(digestWithTexts(null, ['a\n1\nb'])).not.toBe(digestWithTexts(null, ['a', 'b']));
    expect(digestWithTexts(null, ['é', ''])).not.toBe(digestWithTexts(null, ['', 'é']));
  });
});
