import { describe, expect, test } from 'vitest';
import { didYouMean, editDistance, suggest } from '../../src/lib/basics/suggest.ts';
import { STATUS_IDS } from '../../src/lib/basics/statuses.ts';

const FORCE_IDS = ['cambridgeshire', 'northshire', 'westmere', 'southdale'];

describe('editDistance', () => {
  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('in-progess', 'in-progress')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  test('counts every character against an empty string', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });
});

describe('suggest', () => {
  test('suggests "in-progress" for "in-progess"', () => {
    expect(suggest('in-progess', STATUS_IDS)).toBe('in-progress');
  });

  test('suggests "cambridgeshire" for "cambridgshire"', () => {
    expect(suggest('cambridgshire', FORCE_IDS)).toBe('cambridgeshire');
  });

  test('ignores case and surrounding spaces', () => {
    expect(suggest(' Complete ', STATUS_IDS)).toBe('complete');
    expect(suggest('NORTHSHIRE', FORCE_IDS)).toBe('northshire');
  });

  test('suggests an id that the input contains, however far apart they are', () => {
    // "northshire-constabulary" is 13 edits from "northshire", but contains it.
    expect(suggest('northshire-constabulary', FORCE_IDS)).toBe('northshire');
  });

  test('suggests an id that contains the input', () => {
    expect(suggest('national', STATUS_IDS)).toBe('awaiting-national');
  });

  test.each(['vetting', 'banana', 'lorem ipsum dolor'])('suggests nothing for an unrelated word, "%s"', (word) => {
    expect(suggest(word, [...STATUS_IDS, ...FORCE_IDS])).toBeUndefined();
  });

  test('suggests nothing when nothing is allowed', () => {
    expect(suggest('complete', [])).toBeUndefined();
  });
});

describe('didYouMean', () => {
  test('phrases a suggestion for an error message', () => {
    expect(didYouMean('in-progess', STATUS_IDS)).toBe(' (did you mean "in-progress"?)');
  });

  test('says nothing for an unrelated word', () => {
    expect(didYouMean('banana', FORCE_IDS)).toBe('');
  });

  test('says nothing for a value that is not text', () => {
    expect(didYouMean(3, STATUS_IDS)).toBe('');
    expect(didYouMean(null, STATUS_IDS)).toBe('');
    expect(didYouMean(['complete'], STATUS_IDS)).toBe('');
  });
});
