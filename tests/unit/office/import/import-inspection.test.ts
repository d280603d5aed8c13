/** Drafting an inspection from an HMICFRS report: a fictional report in the inspectorate's web-page shape, as HTML and printed to PDF. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { inspectionSchema } from '../../../../src/schemas/inspection.ts';
import { addresseesOf, dueDateOf, importInspection, type InspectionDraft } from '../../../../src/lib/office/import/import-inspection.ts';
import { VALID } from '../../../fixtures/fixtures.ts';
import { describeInBrowser } from '../../../support/browser.ts';
import { REPORT_MAIN, REPORT_PAGE, REPORT_RECOMMENDATIONS } from '../../../support/inspection-report.ts';
import { closePrinter, printPdf } from '../../../support/pdf.ts';

const corpus = loadContent(VALID).corpus;
const words = (text: string) => text.replace(/^\s*-\s+/gm, '').split(/\s+/).filter(Boolean);
const frontmatter = (draft: InspectionDraft) => parse(draft.text.split('\n---\n')[0]!.slice(4)) as Record<string, unknown>;

function expectTheReportsRecommendations(draft: InspectionDraft) {
  expect(draft.recommendations.map((r) => r.id)).toEqual(['1', '2', '3', '4a']);
  for (const r of draft.recommendations) expect(words(r.text), `recommendation ${r.id}`).toEqual(words(REPORT_RECOMMENDATIONS[r.id as keyof typeof REPORT_RECOMMENDATIONS]));
  const byId = Object.fromEntries(draft.recommendations.map((r) => [r.id, r]));
  expect(byId['1']).toMatchObject({ addressedTo: ['all forces'], due: '2032-04', under: 'cause of concern' });
  expect(byId['2']).toMatchObject({ addressedTo: ['NPCC lead for vetting', 'College of Placeholders'], due: '2032-09-30' });
  expect(byId['3']!.addressedTo).toEqual(['chief constable of each placeholder force']);
  expect(byId['3']!.due).toBeUndefined();
  expect(byId['4a']).toMatchObject({ addressedTo: ['Home Office'], due: '2033-03' });
  expect(draft.skippedImprovements).toBe(2);
}

describe('importing an inspection report saved as a web page', () => {
  test('finds the title, the publication day and every recommendation word for word, leaving out the areas for improvement and the site around the report', async () => {
    const draft = await importInspection({ name: 'report.html', bytes: new TextEncoder().encode(REPORT_PAGE) }, corpus);
    expect(draft.title).toBe('Fictional vetting review: a placeholder inspection of records');
    expect(draft.published).toEqual({ value: '2031-03-15', from: 'Published on: 15 March 2031' });
    expect(draft.id).toBe('fictional-vetting-review-a-placeholder-inspection-of-records');
    expect(draft.path).toBe('inspections/fictional-vetting-review-a-placeholder-inspection-of-records.md');
    expectTheReportsRecommendations(draft);
    expect(draft.text).not.toContain('this footer is not part of the report');
    expect(draft.text).not.toContain('fictional training');
  });

  test('writes frontmatter the inspection schema accepts, with the summary left for the author', async () => {
    const draft = await importInspection({ name: 'report.html', bytes: new TextEncoder().encode(REPORT_PAGE) }, corpus, { id: 'vetting-review-2031' });
    expect(draft.path).toBe('inspections/vetting-review-2031.md');
    const data = inspectionSchema.parse(frontmatter(draft));
    expect(data).toMatchObject({ title: draft.title, published: '2031-03-15', kind: 'national-thematic', scope: 'all' });
    expect(data.recommendations[0]!.text).toBe(REPORT_RECOMMENDATIONS['1']);
    expect(draft.kind.from).toBe('the title names no force');
    expect(draft.text).toContain('#   2 areas for improvement left out: they are not recommendations');
    expect(draft.text.split('\n---\n')[1]).toContain('Replace this paragraph with the text of a summary of the report, in your own words.');
  });

  test('refuses an inspection already on the site, a page with no recommendations and a file of another kind, in one sentence each', async () => {
    await expect(importInspection({ name: 'report.html', bytes: new TextEncoder().encode(REPORT_PAGE) }, corpus, { id: 'vetting-review-2021' }))
      .rejects.toThrow('The inspection vetting-review-2021 is already on the site (content/inspections/vetting-review-2021.md); allowed: --id with another id, if this is a different report.');
    const noRecommendations = REPORT_PAGE.replace(/<h2>Causes of concern<\/h2>[\s\S]*<h2>Areas for improvement<\/h2>/, '<h2>Areas for improvement</h2>');
    await expect(importInspection({ name: 'thin.html', bytes: new TextEncoder().encode(noRecommendations) }, corpus))
      .rejects.toThrow('thin.html has no recommendations that could be found: none is labelled "Recommendation N" (it has 2 areas for improvement, which are not recommendations);');
    await expect(importInspection({ name: 'report.docx', bytes: new Uint8Array([80, 75]) }, corpus)).rejects.toThrow('report.docx is not a report this command can read');
  });

  test('reads deadlines and addressees as the report words them', () => {
    expect(dueDateOf('By April 2020, all forces should act.')).toBe('2020-04');
    expect(dueDateOf('by 31 March 2022, the force should act')).toBe('2022-03-31');
    expect(dueDateOf('Within six months, all forces should act.')).toBeUndefined();
    expect(addresseesOf('By September 2020, the NPCC lead for counter corruption and the Home Office should work together.')).toEqual(['NPCC lead for counter corruption', 'Home Office']);
    expect(addresseesOf('All forces that are not yet doing so should immediately comply.')).toEqual(['all forces']);
    expect(addresseesOf('To address this cause of concern, we recommend that within six months, all forces should have started.')).toEqual(['all forces']);
    expect(addresseesOf('Lorem ipsum dolor sit amet.')).toEqual([]);
  });
});

describeInBrowser('importing the same inspection report as a PDF', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await printPdf(REPORT_MAIN, { header: 'Placeholder inspectorate', pageNumbers: true });
  }, 60_000);
  afterAll(closePrinter);

  test('finds the same title, date and recommendations, word for word', async () => {
    const draft = await importInspection({ name: 'report.pdf', bytes: pdf }, corpus);
    expect(draft.title).toBe('Fictional vetting review: a placeholder inspection of records');
    expect(draft.published?.value).toBe('2031-03-15');
    expectTheReportsRecommendations(draft);
    inspectionSchema.parse(frontmatter(draft));
  });
});
