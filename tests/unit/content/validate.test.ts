import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { validateAll } from '../../../src/lib/content/validate.ts';
import { DEFAULT_CONFIG } from '../../../src/lib/settings/office-settings.ts';
import { getReviewDueDate } from '../../../src/lib/settings/statement-file.ts';
import { addDays } from '../../../src/lib/basics/days.ts';
import { VALID } from '../../fixtures/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'pcc-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LAST_REVIEWED = '2025-01-15';
const statementFile = join(dir, 'accessibility.mdx');
writeFileSync(statementFile, [
  '---',
  'compliance: partial',
  'prepared: 2024-03-01',
  `lastReviewed: ${LAST_REVIEWED}`,
  'lastTested: 2025-01-10',
  'testedBy: placeholder testers',
  '---',
  '',
  'Placeholder statement text.',
  '',
].join('\n'));

const settings = { config: DEFAULT_CONFIG, file: null, problems: [] };

describe('validateAll', () => {
  test('reports a statement due for review among the content\'s problems, as check, build, preview and publish show them', () => {
    const today = addDays(getReviewDueDate(LAST_REVIEWED), 1);
    const { statement, problems } = validateAll({ contentDir: VALID, settings, statement: { file: statementFile, today }, root: dir });
    expect(statement?.lastReviewed).toBe(LAST_REVIEWED);
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', file: 'accessibility.mdx', line: 4, field: 'lastReviewed' }));
  });

  test('says nothing about the statement while its review is not due', () => {
    const { problems } = validateAll({ contentDir: VALID, settings, statement: { file: statementFile, today: getReviewDueDate(LAST_REVIEWED) }, root: dir });
    expect(problems.filter((p) => p.file === 'accessibility.mdx')).toEqual([]);
  });

  test('reports a statement with a missing field as an error, and gives no statement', () => {
    const broken = join(dir, 'broken.mdx');
    writeFileSync(broken, '---\ncompliance: full\n---\n\nPlaceholder.\n');
    const { statement, problems } = validateAll({ contentDir: VALID, settings, statement: { file: broken, today: '2025-01-01' }, root: dir });
    expect(statement).toBeNull();
    expect(problems.filter((p) => p.file === 'broken.mdx' && p.severity === 'error').map((p) => p.field)).toContain('prepared');
  });
});
