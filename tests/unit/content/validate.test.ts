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

  describe('the Welsh statement', () => {
    const bilingual = { ...settings, config: { ...DEFAULT_CONFIG, languages: ['en', 'cy'] as ('en' | 'cy')[] } };
    const welshFile = join(dir, 'accessibility.cy.mdx');

    test('is refused, in one sentence naming the file, when a site published in Welsh has none', () => {
      const { welshStatement, problems } = validateAll({ contentDir: VALID, settings: bilingual, statement: { file: statementFile, welshFile, today: '2025-01-20' }, root: dir });
      expect(welshStatement).toBeNull();
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors).toEqual([expect.objectContaining({ file: 'accessibility.cy.mdx', field: 'file' })]);
      expect(errors[0]!.message).toMatch(/^the Welsh accessibility statement is missing, and a site published in Welsh \("languages" has "cy"\) must give its statement in Welsh; allowed: the statement in Welsh in this file, beside src\/statement\/accessibility\.mdx and with the same frontmatter fields$/);
    });

    test('is not asked for on a site in English alone', () => {
      const { welshStatement, problems } = validateAll({ contentDir: VALID, settings, statement: { file: statementFile, welshFile, today: '2025-01-20' }, root: dir });
      expect(welshStatement).toBeNull();
      expect(problems.filter((p) => p.file === 'accessibility.cy.mdx')).toEqual([]);
    });

    test('is read and checked like the English one when it is there', () => {
      const here = join(dir, 'present.cy.mdx');
      writeFileSync(here, ['---', 'compliance: full', 'prepared: 2024-03-01', 'lastReviewed: 2023-01-15', 'lastTested: 2025-01-10', 'testedBy: profwyr dros dro', '---', '', 'Testun dros dro.', ''].join('\n'));
      const { welshStatement, problems } = validateAll({ contentDir: VALID, settings: bilingual, statement: { file: statementFile, welshFile: here, today: '2025-01-20' }, root: dir });
      expect(welshStatement).toEqual({ compliance: 'full', prepared: '2024-03-01', lastReviewed: '2023-01-15', lastTested: '2025-01-10', testedBy: 'profwyr dros dro' });
      // Its own review is due: the warning points at its own line.
      expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', file: 'present.cy.mdx', line: 4, field: 'lastReviewed' }));
    });
  });
});
