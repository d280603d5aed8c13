import { describe, expect, test } from 'vitest';
import { getLastStatusDate, getLatestStatus, getOriginalStatus, getStatusHistory } from '../../src/lib/site/status-history.ts';
import { makeResponse } from './support/factories.ts';

const document = makeResponse({
  force: 'northshire',
  inspection: 'lorem',
  date: '2019-11-15',
  recommendations: { '1': 'planned', '2': 'in-progress' },
  updates: [
    { date: '2020-03-01', recommendations: { '1': 'in-progress' }, reasons: {}, evidence: {}, note: 'Placeholder progress letter.' },
    { date: '2020-09-30', recommendations: { '1': 'complete', '3': 'no-action' }, reasons: {}, evidence: {} },
  ],
});

describe('the status of a recommendation over time', () => {
  test('takes the latest status from the newest update that gives one', () => {
    expect(getLatestStatus(document, '1')).toEqual({ status: 'complete', asOf: '2020-09-30', updated: true });
  });

  test('keeps the document\'s own status, dated with the document, where no update changes it', () => {
    expect(getLatestStatus(document, '2')).toEqual({ status: 'in-progress', asOf: '2019-11-15', updated: false });
  });

  test('never overwrites what the document itself said', () => {
    expect(getOriginalStatus(document, '1')).toEqual({ status: 'planned', asOf: '2019-11-15', updated: false });
  });

  test('dates an undated document\'s statuses by its publication date, else not at all', () => {
    expect(getOriginalStatus(makeResponse({ force: 'a', inspection: 'b', published: '2019-12-01', recommendations: { '1': 'planned' } }), '1').asOf).toBe('2019-12-01');
    expect(getOriginalStatus(makeResponse({ force: 'a', inspection: 'b', recommendations: { '1': 'planned' } }), '1').asOf).toBeNull();
  });

  test('gives the date of the last change of any status', () => {
    expect(getLastStatusDate(document)).toBe('2020-09-30');
    expect(getLastStatusDate(makeResponse({ force: 'a', inspection: 'b', date: '2019-10-01' }))).toBe('2019-10-01');
  });

  test('lists each step with what it changed from and to, oldest first', () => {
    const history = getStatusHistory(document, ['1', '2', '3']);
    expect(history.map((s) => [s.date, s.source])).toEqual([['2019-11-15', 'document'], ['2020-03-01', 'update'], ['2020-09-30', 'update']]);
    expect(history[1]!.changes).toEqual([{ recommendation: '1', from: 'planned', to: 'in-progress' }]);
    expect(history[1]!.note).toBe('Placeholder progress letter.');
    expect(history[2]!.changes).toEqual([
      { recommendation: '1', from: 'in-progress', to: 'complete' },
      { recommendation: '3', from: undefined, to: 'no-action' },
    ]);
  });
});
