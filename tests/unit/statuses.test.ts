import { describe, expect, test } from 'vitest';
import { STATUSES, STATUS_IDS, isStatus, statusDescription, statusLabel } from '../../src/lib/statuses.ts';

describe('statuses', () => {
  test('lists the six statuses in the order the site shows them', () => {
    expect(STATUS_IDS).toEqual(['complete', 'in-progress', 'planned', 'awaiting-national', 'no-action', 'not-addressed']);
  });

  test('has an id list that matches the status list', () => {
    expect(STATUS_IDS).toEqual(STATUSES.map((s) => s.id));
  });

  test('gives each status a plain-English label', () => {
    expect(statusLabel('awaiting-national')).toBe('Awaiting national action');
    expect(statusLabel('in-progress')).toBe('In progress');
    expect(statusLabel('not-addressed')).toBe('Not addressed');
  });

  test('gives each status a one-sentence description', () => {
    for (const id of STATUS_IDS) expect(statusDescription(id)).toMatch(/^[A-Z].*\.$/);
  });

  test('recognises status ids and nothing else', () => {
    expect(isStatus('complete')).toBe(true);
    expect(isStatus('Complete')).toBe(false);
    expect(isStatus('in-progess')).toBe(false);
    expect(isStatus('')).toBe(false);
  });
});
