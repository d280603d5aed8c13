import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { STATUSES, STATUS_IDS, isStatus, statusDescription, statusLabel } from '../../src/lib/basics/statuses.ts';

describe('statuses', () => {
  test('lists the six statuses in the order the site shows them', () => {
    expect(STATUS_IDS).toEqual(['complete', 'in-progress', 'planned', 'awaiting-national', 'no-action', 'not-addressed']);
  });

  test('are the statuses the public contract lists, with the same labels and meanings', () => {
    // docs/content-model.md is what authors and data users read: its table of statuses must
    // name exactly the statuses the site accepts, in the same order, labelled as the pages show them.
    const contract = readFileSync(resolve(import.meta.dirname, '../../docs/content-model.md'), 'utf8');
    const from = contract.indexOf('Statuses (shown with these labels):');
    const table = contract.slice(from, contract.indexOf('\n\n', contract.indexOf('| id |', from)));
    const rows = [...table.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \| ([^|]+) \|$/gm)];
    expect(rows.map(([, id, label, meaning]) => ({ id, label: label!.trim(), meaning: meaning!.trim() })))
      .toEqual(STATUSES.map((status) => ({ id: status.id, label: statusLabel(status.id), meaning: statusDescription(status.id) })));
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
