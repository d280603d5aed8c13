/** `npm run import-inspection`, run as a process on a temporary copy of the fictional content. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { makeContent, removeContentCopies } from '../fixtures/fixtures.ts';
import { runCommand } from '../support/commands.ts';
import { FORCE_REPORT_PAGE, REPORT_PAGE } from '../support/inspection-report.ts';

afterAll(removeContentCopies);

describe('npm run import-inspection', () => {
  test('drafts the inspection from a saved report page, which check accepts, and will not write it twice', () => {
    const copy = makeContent();
    const env = { PCC_CONTENT_DIR: copy.dir };
    const report = join(copy.root, 'report.html');
    writeFileSync(report, REPORT_PAGE);
    const result = runCommand('import-inspection', [report, '--id', 'vetting-review-2031'], env);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('published: 2031-03-15 (from "Published on: 15 March 2031")');
    expect(result.stdout).toContain('    2: for NPCC lead for vetting; College of Placeholders, due 2032-09-30');
    expect(result.stdout).toContain('    1: for all forces, due 2032-04, under a cause of concern');
    expect(result.stdout).toContain('left out: 2 areas for improvement');
    expect(readFileSync(join(copy.dir, 'inspections/vetting-review-2031.md'), 'utf8')).toContain('title: "Fictional vetting review: a placeholder inspection of records"');

    const check = runCommand('check', [], env);
    expect(check.status, check.stdout + check.stderr).toBe(0);

    const again = runCommand('import-inspection', [report, '--id', 'vetting-review-2031'], env);
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe('The inspection vetting-review-2031 is already on the site (content/inspections/vetting-review-2031.md); allowed: --id with another id, if this is a different report.');
  });

  test('drafts a force\'s report with unnumbered recommendations, says how it numbered them, and check accepts it', () => {
    const copy = makeContent();
    const env = { PCC_CONTENT_DIR: copy.dir };
    const report = join(copy.root, 'force-report.html');
    writeFileSync(report, FORCE_REPORT_PAGE);
    const result = runCommand('import-inspection', [report, '--id', 'peel-westmere-2031'], env);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('  kind: peel (the title says "PEEL" and names Westmere Police)');
    expect(result.stdout).toContain('    3: for force, due 2032-03-31, under a cause of concern');
    expect(result.stdout).toContain('left out: 3 areas for improvement');
    expect(result.stdout).toContain('  - the numbers of recommendations 1–3: the report does not number them');
    const check = runCommand('check', [], env);
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  test('answers a file that is not a report with one sentence, writing nothing', () => {
    const copy = makeContent();
    const report = join(copy.root, 'report.pdf');
    writeFileSync(report, 'not a pdf at all');
    const result = runCommand('import-inspection', [report], { PCC_CONTENT_DIR: copy.dir });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/report\.pdf is not a PDF, though its name ends \.pdf/)]);
  });
});
