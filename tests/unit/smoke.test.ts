import { expect, test } from 'vitest';
import { getDueDate } from '../../src/lib/deadline.ts';
test('counts the publication day as day 1 of 56', () => {
  expect(getDueDate('2019-09-27')).toBe('2019-11-21');
});
