/**
 * Fictional HMICFRS reports in the shape of the inspectorate's web pages ("publication-html"),
 * every word placeholder text. The shape was read from stored copies of real pages (reached
 * with the search tool; a copy holds the start of a page, so no real recommendations chapter
 * of a national report was seen: "Recommendation N" as a heading is the shape the PCC letters
 * quote it in, not a page read). Nothing is copied from them:
 * - the title, then "Published on: <day> <month> <year>" on a line of its own (the day of that
 *   web edition: a foreword may be signed years earlier, on a line of its own after the
 *   inspector's name and title), a "Contents" list of the chapters (an ordered list, nested,
 *   linking to them, which names "Overarching recommendations") and "Print this document":
 *   https://www.justiceinspectorates.gov.uk/hmicfrs/publication-html/police-response-to-violence-against-women-and-girls-final-inspection-report
 *   https://hmicfrs.justiceinspectorates.gov.uk/publication-html/shining-a-light-on-betrayal-abuse-of-position-for-a-sexual-purpose/
 *   (page "Published on: 22 September 2022", foreword signed "September 2019");
 * - chapter headings numbered in their text ("1. Introduction", "2. How effectively does the
 *   force vet its officers and staff?"), areas for improvement in a force's report:
 *   https://hmicfrs.justiceinspectorates.gov.uk/publication-html/effectiveness-of-vetting-and-counter-corruption-arrangements-in-cheshire-constabulary/
 *   https://www.justiceinspectorates.gov.uk/hmicfrs/publication-html/effectiveness-of-vetting-and-counter-corruption-arrangements-in-cambridgeshire-constabulary
 * - a force's cause of concern: a statement of the shortcoming, then its recommendations,
 *   unnumbered: a lead-in ("…the force should immediately:", "HMIC recommends that within six
 *   months the force should:") over a list, each item of which the inspectorate's register
 *   counts as one recommendation, or sentences of their own ("Within six months, the force
 *   should review…", "Not later than 31 March 2015 those forces … should…"):
 *   https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/hampshire/8787/
 *   https://www.justiceinspectorates.gov.uk/hmicfrs/recommendations/
 *   https://www.justiceinspectorates.gov.uk/hmicfrs/?recommendation-theme=audit
 *   https://www.justiceinspectorates.gov.uk/hmicfrs/?recommendation-theme=harm
 *   https://www.accountabilityindex.uk/sources/hmicfrs/report/peel-assessment-2018-19-west-mercia/
 *   https://hmicfrs.justiceinspectorates.gov.uk/glossary/cause-of-concern/ ("always accompanied
 *   by one or more recommendations");
 * - recommendations as a numbered list after "made three recommendations in this report:",
 *   some naming no one who is to act ("There should be…", "Structures and funding should be
 *   put in place…"):
 *   https://www.justiceinspectorates.gov.uk/hmicfrs/our-work/article/inspection-into-how-effectively-the-police-engage-with-women-and-girls
 * - a national report's recommendations beginning with their deadline and whom they are for
 *   ("By April 2020, the NPCC lead for vetting and the College of Policing should…", a list
 *   after "should:"): content/inspections/shining-a-light-on-betrayal.md, from the letters.
 */

/** The national report's recommendations as it words them, for tests to compare word for word. */
export const REPORT_RECOMMENDATIONS = {
  '1': 'By April 2032, all forces should:\n\n- record placeholder data using the fictional categories;\n- produce a placeholder assessment of the fictional risk; and\n- establish regular links with the fictional agencies that support people.',
  '2': 'By 30 September 2032, the NPCC lead for vetting and the College of Placeholders should agree a standard fictional form for every force to use.',
  '3': 'The chief constable of each placeholder force should make sure there are enough trained people to search the fictional records, within six months.',
  '4a': 'By March 2033, the Home Office should publish placeholder guidance on the fictional records.',
} as const;

const paragraphs = (text: string) => text.split('\n\n').map((block) => (block.startsWith('- ')
  ? `<ul>${block.split('\n').map((item) => `<li>${item.slice(2)}</li>`).join('')}</ul>`
  : `<p>${block}</p>`)).join('\n');

/** The page's list of chapters, as the inspectorate's pages open: it names recommendations, but holds none. */
const contents = (chapters: string[]) => `<p class="contents-title">Contents</p>
<ol class="contents">${chapters.map((chapter, i) => `<li><a href="#chapter-${i}">${chapter}</a></li>`).join('')}</ol>
<p><a href="#print">Print this document</a></p>`;

/** The national report's own content (what sits in the page's main element). */
export const REPORT_MAIN = `
<h1>Fictional vetting review: a placeholder inspection of records</h1>
<p class="publication-date">Published on: 15 March 2031</p>
${contents(['Foreword', '1. Introduction', '2. Causes of concern', '3. Overarching recommendations', '4. Areas for improvement', 'Recommendation 9 in an earlier report'])}
<h2>Foreword</h2>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit: a foreword to a fictional inspection, in placeholder words.</p>
<p>Placeholder Name</p>
<p>HM Inspector of Placeholders</p>
<p>March 2031</p>
<h2>1. Introduction</h2>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit: a summary of a fictional inspection, in placeholder words.</p>
<h2>2. Causes of concern</h2>
<h3>Cause of concern 1</h3>
<p>Placeholder forces do not record fictional data consistently, lorem ipsum dolor sit amet.</p>
<h4>Recommendation 1</h4>
${paragraphs(REPORT_RECOMMENDATIONS['1'])}
<h2>3. Overarching recommendations</h2>
<h3>Recommendation 2</h3>
${paragraphs(REPORT_RECOMMENDATIONS['2'])}
<h3>Recommendation 3</h3>
${paragraphs(REPORT_RECOMMENDATIONS['3'])}
<h3>Recommendation 4a</h3>
${paragraphs(REPORT_RECOMMENDATIONS['4a'])}
<h2>4. Areas for improvement</h2>
<h3>Area for improvement 1</h3>
<p>The placeholder force should improve how it files fictional records.</p>
<h3>Area for improvement 2</h3>
<p>The placeholder force should review its fictional training, dolor sit amet.</p>
<h2>About the data</h2>
<p>Placeholder notes on the fictional data.</p>`;

/** A fictional force's PEEL report: its recommendations are unnumbered, one per item after a lead-in or a paragraph of their own. */
export const FORCE_REPORT_RECOMMENDATIONS = [
  'We recommend that within three months, the force should:\n\n- make sure placeholder calls are answered within the fictional target; and',
  'We recommend that within three months, the force should:\n\n- review how it records the fictional risk of each placeholder call.',
  'By 31 March 2032, the force should review how it allocates fictional investigations to placeholder teams.',
] as const;

/** The force report's own content (what sits in the page's main element). */
export const FORCE_REPORT_MAIN = `
<h1>PEEL 2031–33: An inspection of Westmere Police</h1>
<p>Published on: 4 November 2031</p>
${contents(['Overall summary', '1. Responding to the public', '2. Investigating crime', '3. About the data'])}
<h2>Overall summary</h2>
<p>Lorem ipsum dolor sit amet: how the fictional force performs, in placeholder words.</p>
<h2>1. Responding to the public</h2>
<h3>Cause of concern</h3>
<p>The fictional force does not answer placeholder calls quickly enough. This is a cause of concern.</p>
<h3>Recommendations</h3>
<p>We recommend that within three months, the force should:</p>
<ul><li>make sure placeholder calls are answered within the fictional target; and</li><li>review how it records the fictional risk of each placeholder call.</li></ul>
<h3>Area for improvement</h3>
<p>The force should improve how it tells fictional callers what will happen next.</p>
<p>Lorem ipsum dolor sit amet: more findings on responding to the public.</p>
<h2>2. Investigating crime</h2>
<h3>Cause of concern</h3>
<p>Placeholder investigations are not allocated to teams with the right fictional skills, which is a cause of concern.</p>
<p>${FORCE_REPORT_RECOMMENDATIONS[2]}</p>
<h3>Areas for improvement</h3>
<ul><li>The force should supervise fictional investigations more closely.</li><li>The force should keep placeholder victims informed.</li></ul>
<h2>3. About the data</h2>
<p>Placeholder notes on the fictional data; the force should not read this as a recommendation.</p>`;

/** A saved page: the report inside the site's own header, navigation and footer. */
function page(title: string, main: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>${title} - placeholder inspectorate</title><script>window.placeholder = 1;</script></head>
<body>
<header><a href="/">Placeholder inspectorate</a><nav><ul><li><a href="/publications/">Publications</a></li><li><a href="/recommendations/">Recommendations</a></li></ul></nav></header>
<main id="main-content">${main}</main>
<footer><p>Recommendation 9: this footer is not part of the report.</p></footer>
</body>
</html>`;
}

/** The national report's whole saved web page. */
export const REPORT_PAGE = page('Fictional vetting review', REPORT_MAIN);

/** The force report's whole saved web page. */
export const FORCE_REPORT_PAGE = page('PEEL: Westmere Police', FORCE_REPORT_MAIN);
