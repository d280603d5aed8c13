/** The accessibility statement: the government model's sections, and its yearly review warning. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { addDays, formatDate } from '../../src/lib/basics/days.ts';
import { getReviewDueDate } from '../../src/lib/settings/statement-file.ts';
import { urls } from '../../src/lib/basics/urls.ts';
import { PLACEHOLDER_CONTACT } from '../../src/schemas/site-config.ts';
import { lineOf, makeContent, removeContentCopies } from '../fixtures/fixtures.ts';
import { buildSite } from '../support/build.ts';
import { runCheck } from '../support/check.ts';
import { readPage, textOf } from '../support/html.ts';
import { CONTENT, OUTPUT, ROOT, SITE } from '../support/paths.ts';

afterAll(removeContentCopies);

const STATEMENT = 'src/statement/accessibility.mdx';
const frontmatter = parse(readFileSync(resolve(ROOT, STATEMENT), 'utf8').split(/^---$/m)[1]!) as Record<string, string>;

describe('the accessibility statement page', () => {
  const html = readPage(SITE, urls.accessibility());
  const text = textOf(html);
  const headings = [...html.matchAll(/<h([1-3])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => textOf(m[2]!));

  test('has the sections of the government\'s model statement', () => {
    for (const heading of [
      'How accessible this website is',
      'Feedback and contact information',
      'Reporting accessibility problems with this website',
      'Enforcement procedure',
      'Compliance status',
      'Non-accessible content',
      'Preparation of this accessibility statement',
    ]) {
      expect(headings).toContain(heading);
    }
  });

  test('states its compliance status in the model\'s words', () => {
    expect(text).toContain('This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard');
    expect(frontmatter.compliance).toBe('partial');
  });

  test('says how to report a problem and how the regulations are enforced', () => {
    // The shipped settings leave the placeholder in, and the build warns about it (tests/unit/office/contact.test.ts).
    expect(html).toContain(`href="mailto:${PLACEHOLDER_CONTACT.accessibility}"`);
    expect(text).toContain('Equality and Human Rights Commission (EHRC)');
    expect(html).toContain('href="https://www.equalityadvisoryservice.com/"');
  });

  test('gives the dates it was prepared, reviewed and tested', () => {
    expect(text).toContain(`This statement was prepared on ${formatDate(frontmatter.prepared!)}. It was last reviewed on ${formatDate(frontmatter.lastReviewed!)}.`);
    expect(text).toContain(`This website was last tested on ${formatDate(frontmatter.lastTested!)}.`);
  });
});

describe('the statement\'s yearly review', () => {
  const due = getReviewDueDate(frontmatter.lastReviewed!);
  const warning = `${STATEMENT}:${lineOf(ROOT, STATEMENT, 'lastReviewed:')}: warning: lastReviewed: `;

  test('says nothing on the last day of the 12 months', () => {
    const check = runCheck(CONTENT, { PCC_TODAY: due });
    expect(check.status).toBe(0);
    expect(check.output).not.toContain('lastReviewed');
  });

  test('warns the day after, without failing', () => {
    const check = runCheck(CONTENT, { PCC_TODAY: addDays(due, 1) });
    expect(check.status).toBe(0);
    expect(check.output).toContain(warning);
    expect(check.output).toContain(`last reviewed on ${formatDate(frontmatter.lastReviewed!)}, more than 12 months ago`);
    expect(check.output).toMatch(/^0 errors and \d+ warnings? in/m);
  });

  test('the build warns the same way, and still builds the site', () => {
    // An empty content folder builds fastest; the statement is the same whatever the content.
    const outDir = join(OUTPUT, 'site-statement-due');
    const build = buildSite({ contentDir: makeContent([], { empty: true }).dir, outDir, env: { PCC_TODAY: addDays(due, 1) } });
    expect(build.status).toBe(0);
    expect(build.output).toContain(warning);
    expect(readPage(outDir, urls.accessibility())).toContain('Accessibility statement');
  });
});
