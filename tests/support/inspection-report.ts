/**
 * A fictional HMICFRS report in the shape of the inspectorate's web pages: the site's header
 * and navigation, then the report — its title, "Published on" date, summary, causes of concern
 * each with its recommendations, the numbered recommendations, and areas for improvement
 * (which are not recommendations) — then the site's footer. Every word is placeholder text.
 */

/** The recommendations as the fictional report words them, for tests to compare word for word. */
export const REPORT_RECOMMENDATIONS = {
  '1': 'By April 2032, all forces should:\n\n- record placeholder data using the fictional categories;\n- produce a placeholder assessment of the fictional risk; and\n- establish regular links with the fictional agencies that support people.',
  '2': 'By 30 September 2032, the NPCC lead for vetting and the College of Placeholders should agree a standard fictional form for every force to use.',
  '3': 'The chief constable of each placeholder force should make sure there are enough trained people to search the fictional records, within six months.',
  '4a': 'By March 2033, the Home Office should publish placeholder guidance on the fictional records.',
} as const;

const paragraphs = (text: string) => text.split('\n\n').map((block) => (block.startsWith('- ')
  ? `<ul>${block.split('\n').map((item) => `<li>${item.slice(2)}</li>`).join('')}</ul>`
  : `<p>${block}</p>`)).join('\n');

/** The report's own content (what sits in the page's main element). */
export const REPORT_MAIN = `
<h1>Fictional vetting review: a placeholder inspection of records</h1>
<p class="publication-date">Published on: 15 March 2031</p>
<h2>Summary</h2>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit: a summary of a fictional inspection, in placeholder words.</p>
<h2>Causes of concern</h2>
<h3>Cause of concern 1</h3>
<p>Placeholder forces do not record fictional data consistently, lorem ipsum dolor sit amet.</p>
<h4>Recommendation 1</h4>
${paragraphs(REPORT_RECOMMENDATIONS['1'])}
<h2>Recommendations</h2>
<h3>Recommendation 2</h3>
${paragraphs(REPORT_RECOMMENDATIONS['2'])}
<h3>Recommendation 3</h3>
${paragraphs(REPORT_RECOMMENDATIONS['3'])}
<h3>Recommendation 4a</h3>
${paragraphs(REPORT_RECOMMENDATIONS['4a'])}
<h2>Areas for improvement</h2>
<h3>Area for improvement 1</h3>
<p>The placeholder force should improve how it files fictional records.</p>
<h3>Area for improvement 2</h3>
<p>The placeholder force should review its fictional training, dolor sit amet.</p>
<h2>About the data</h2>
<p>Placeholder notes on the fictional data.</p>`;

/** The whole saved web page: the report inside the site's own header, navigation and footer. */
export const REPORT_PAGE = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Fictional vetting review - placeholder inspectorate</title><script>window.placeholder = 1;</script></head>
<body>
<header><a href="/">Placeholder inspectorate</a><nav><ul><li><a href="/publications/">Publications</a></li><li><a href="/recommendations/">Recommendations</a></li></ul></nav></header>
<main id="main-content">${REPORT_MAIN}</main>
<footer><p>Recommendation 9: this footer is not part of the report.</p></footer>
</body>
</html>`;
