/** Drafting an inspection from an HMICFRS report: a fictional report in the inspectorate's web-page shape, as HTML and printed to PDF. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { inspectionSchema } from '../../../../src/schemas/inspection.ts';
import { addresseesOf, dueDateOf, importInspection, type InspectionDraft } from '../../../../src/lib/office/import/import-inspection.ts';
import { VALID } from '../../../fixtures/fixtures.ts';
import { describeInBrowser } from '../../../support/browser.ts';
import { FORCE_REPORT_MAIN, FORCE_REPORT_PAGE, FORCE_REPORT_RECOMMENDATIONS, REPORT_MAIN, REPORT_PAGE, REPORT_RECOMMENDATIONS } from '../../../support/inspection-report.ts';
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

function expectTheForceReportsRecommendations(draft: InspectionDraft) {
  expect(draft.recommendations.map((r) => r.id)).toEqual(['1', '2', '3']);
  draft.recommendations.forEach((r, i) => expect(words(r.text), `recommendation ${r.id}`).toEqual(words(FORCE_REPORT_RECOMMENDATIONS[i]!)));
  for (const r of draft.recommendations) expect(r).toMatchObject({ addressedTo: ['force'], under: 'cause of concern' });
  expect(draft.recommendations.map((r) => r.due)).toEqual([undefined, undefined, '2032-03-31']);
  expect(draft.skippedImprovements).toBe(3);
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
    const noRecommendations = REPORT_PAGE.replace(/<h2>2\. Causes of concern<\/h2>[\s\S]*<h2>4\. Areas for improvement<\/h2>/, '<h2>4. Areas for improvement</h2>');
    await expect(importInspection({ name: 'thin.html', bytes: new TextEncoder().encode(noRecommendations) }, corpus))
      .rejects.toThrow('thin.html has no recommendations that could be found: none is labelled "Recommendation N", and no "should" follows a "Recommendations" or "Cause of concern" heading (it has 2 areas for improvement, which are not recommendations);');
    await expect(importInspection({ name: 'report.docx', bytes: new Uint8Array([80, 75]) }, corpus)).rejects.toThrow('report.docx is not a report this command can read');
  });

  test('says so when given the Welsh version of a report, and names the English version as what it reads', async () => {
    const welsh = '<!DOCTYPE html><html lang="cy"><head><title>Placeholder</title></head><body><h1>Placeholder: adolygiad fetio ffuglennol</h1><p>Cyhoeddwyd ar: 15 Mawrth 2021</p><h2>Argymhellion</h2><h3>Argymhelliad 1</h3><p>Dylai pob heddlu ddilyn testun dros dro ar gyfer argymhelliad ffuglennol.</p></body></html>';
    await expect(importInspection({ name: 'adroddiad.html', bytes: new TextEncoder().encode(welsh) }, corpus))
      .rejects.toThrow('adroddiad.html looks like the Welsh version of the report ("Argymhelliad", "Argymhellion"): the import reads a report\'s recommendations in English; allowed: the English version of the same report (its web page or PDF), or write the inspection by hand from content-model.md.');
  });

  test('reads a force\'s report: unnumbered recommendations under its causes of concern, one per item after "the force should:", numbered in order and said to be', async () => {
    const draft = await importInspection({ name: 'force.html', bytes: new TextEncoder().encode(FORCE_REPORT_PAGE) }, corpus, { id: 'peel-westmere-2031' });
    expect(draft.title).toBe('PEEL 2031–33: An inspection of Westmere Police');
    expect(draft.published).toEqual({ value: '2031-11-04', from: 'Published on: 4 November 2031' });
    expect(draft.kind).toEqual({ value: 'peel', from: 'the title says "PEEL" and names Westmere Police' });
    expect(draft.scope.value).toEqual(['westmere']);
    expectTheForceReportsRecommendations(draft);
    expect(draft.undecided).toContain('the numbers of recommendations 1–3: the report does not number them, so they are numbered in the order they come; use the inspectorate\'s numbers if it has any');
    expect(draft.undecided).toContain('recommendations 1 and 2 are the items of one list after "We recommend that within three months, the force should:": each is drafted as a recommendation, with those words before it, as the inspectorate\'s register counts them; join them if the report means one');
    const data = inspectionSchema.parse(frontmatter(draft));
    expect(data.recommendations.map((r) => r.text)).toEqual(FORCE_REPORT_RECOMMENDATIONS);
    expect(draft.text).toContain('#   ids 1–3: numbered here in the order they come; the report does not number them');
    expect(draft.text).not.toContain('should not read this as a recommendation');
  });

  test('takes the numbers of a numbered list under "Recommendations", without the sentence that introduces it', async () => {
    const html = '<h1>Fictional review of placeholder support</h1><p>Published on: 2 July 2031</p><h2>Recommendations</h2><p>We make three recommendations in this report:</p><ol><li>There should be an immediate commitment to the fictional priority.</li><li>The pursuit of placeholder offenders should be a national priority for the police.</li><li>Structures and funding should be put in place for fictional support.</li></ol><h2>Areas for improvement</h2><p>We found no areas for improvement.</p>';
    const draft = await importInspection({ name: 'list.html', bytes: new TextEncoder().encode(html) }, corpus);
    expect(draft.recommendations.map((r) => [r.id, r.text])).toEqual([
      ['1', 'There should be an immediate commitment to the fictional priority.'],
      ['2', 'The pursuit of placeholder offenders should be a national priority for the police.'],
      ['3', 'Structures and funding should be put in place for fictional support.'],
    ]);
    // Their words name no one who is to act, so whom each is for is left to the author.
    expect(draft.recommendations.map((r) => r.addressedTo)).toEqual([[], [], []]);
    expect(draft.undecided).toContain('whom recommendation 2 is for: its text does not say "… should"; fill in "addressedTo"');
    expect(draft.undecided.some((u) => u.startsWith('the numbers of'))).toBe(false);
    expect(draft.skippedImprovements).toBe(0);
  });

  test('reads a cause of concern followed straight by its recommendations as a bulleted list, and areas for improvement written inline', async () => {
    const html = `<h1>Fictional effectiveness inspection of Northshire Constabulary</h1><p>Published on: 9 May 2031</p>
<h2>Protecting placeholder people</h2><p><strong>Cause of concern</strong></p><p>The force's approach to fictional risk is a cause of concern.</p>
<ul><li>To protect placeholder people, the force should immediately review its fictional risk assessments.</li><li>Within six months, the force should train its placeholder staff.</li></ul>
<p>Area for improvement: the force should record fictional outcomes more carefully.</p><p>Area for improvement: the force should share placeholder findings.</p>`;
    const draft = await importInspection({ name: 'effectiveness.html', bytes: new TextEncoder().encode(html) }, corpus, { id: 'northshire-2031' });
    expect(draft.kind).toEqual({ value: 'force', from: 'the title names Northshire Constabulary' });
    expect(draft.recommendations).toEqual([
      { id: '1', text: 'To protect placeholder people, the force should immediately review its fictional risk assessments.', addressedTo: ['force'], under: 'cause of concern' },
      { id: '2', text: 'Within six months, the force should train its placeholder staff.', addressedTo: ['force'], under: 'cause of concern' },
    ]);
    expect(draft.skippedImprovements).toBe(2);
  });

  test('says when the page is a later edition than the report its foreword signs', async () => {
    const later = REPORT_PAGE.replace('Published on: 15 March 2031', 'Published on: 22 September 2034');
    const draft = await importInspection({ name: 'report.html', bytes: new TextEncoder().encode(later) }, corpus);
    expect(draft.published).toEqual({ value: '2034-09-22', from: 'Published on: 22 September 2034', signed: 'March 2031' });
    expect(draft.undecided).toContain('the publication date: the page says "Published on: 22 September 2034" but the report is signed "March 2031"; the web page may be a later edition: give the day the report itself was published');
    const unsigned = await importInspection({ name: 'report.html', bytes: new TextEncoder().encode(REPORT_PAGE) }, corpus);
    expect(unsigned.undecided.some((u) => u.includes('later edition'))).toBe(false);
    // The inspectorate's newer pages open with "Contents" and "Print this document", no "Published on": the foreword's date is the month.
    const undated = REPORT_PAGE.replace('<p class="publication-date">Published on: 15 March 2031</p>', '');
    expect((await importInspection({ name: 'report.html', bytes: new TextEncoder().encode(undated) }, corpus)).published).toEqual({ value: '2031-03', from: 'March 2031' });
  });

  test('reads deadlines and addressees as the report words them', () => {
    expect(dueDateOf('By April 2020, all forces should act.')).toBe('2020-04');
    expect(dueDateOf('by 31 March 2022, the force should act')).toBe('2022-03-31');
    expect(dueDateOf('Within six months, all forces should act.')).toBeUndefined();
    expect(addresseesOf('By September 2020, the NPCC lead for counter corruption and the Home Office should work together.')).toEqual(['NPCC lead for counter corruption', 'Home Office']);
    expect(addresseesOf('All forces that are not yet doing so should immediately comply.')).toEqual(['all forces']);
    expect(addresseesOf('To address this cause of concern, we recommend that within six months, all forces should have started.')).toEqual(['all forces']);
    expect(addresseesOf('Lorem ipsum dolor sit amet.')).toEqual([]);
    expect(dueDateOf('Not later than 31 March 2015 those forces using a placeholder policy, that have not yet done so, should act.')).toBe('2015-03-31');
    expect(addresseesOf('Not later than 31 March 2015 those forces using a placeholder policy, that have not yet done so, should act.')).toEqual(['forces']);
    expect(addresseesOf('HMIC recommends that within six months the force should: ensure placeholder supervision.')).toEqual(['force']);
    expect(addresseesOf('There should be an immediate commitment.')).toEqual([]);
    expect(addresseesOf('Structures and funding should be put in place.')).toEqual([]);
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

  test('finds the force report\'s unnumbered recommendations the same way', async () => {
    const forcePdf = await printPdf(FORCE_REPORT_MAIN, { header: 'Placeholder inspectorate', pageNumbers: true });
    const draft = await importInspection({ name: 'force.pdf', bytes: forcePdf }, corpus, { id: 'peel-westmere-2031' });
    expect(draft.title).toBe('PEEL 2031–33: An inspection of Westmere Police');
    expect(draft.published?.value).toBe('2031-11-04');
    expectTheForceReportsRecommendations(draft);
  });
});
