import { describe, expect, test } from 'vitest';
import {
  parseMarkdown,
  recommendationIdOf,
  renderBody,
  type RenderedBody,
} from '../../src/lib/text/markdown.ts';
import { findUnsafeMarkdown } from '../../src/lib/text/markdown-safety.ts';

const render = (markdown: string): RenderedBody => renderBody(parseMarkdown(markdown));
const unsafe = (markdown: string) => findUnsafeMarkdown(parseMarkdown(markdown));

/** Every id="…" in some HTML. */
function idsIn(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
}

/** In-page links and ARIA references in some HTML whose target id is not in that HTML. */
function danglingReferences(html: string): string[] {
  const ids = new Set(idsIn(html));
  const hrefs = [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => m[1]!);
  const aria = [...html.matchAll(/\saria-(?:describedby|labelledby)="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/));
  return [...hrefs, ...aria].filter((id) => !ids.has(id));
}

describe('recommendationIdOf', () => {
  test.each([
    ['Recommendation 1', '1'],
    ['Recommendation 4a:', '4a'],
    ['Recommendation 4a: vetting checks', '4a'],
    ['Recommendation 2 – vetting', '2'],
    ['Recommendation 2 — vetting', '2'],
    ['Recommendation 2 - vetting', '2'],
    ['Recommendation 2, on vetting', '2'],
    ['Recommendation 3.', '3'],
    ['Recommendation 10', '10'],
    ['Recommendation 1.2', '1.2'],
    ['RECOMMENDATION 5', '5'],
    ['Argymhelliad 1', '1'],
    ['Argymhelliad 4a: gwirio', '4a'],
    ['ARGYMHELLIAD 2 – fetio', '2'],
    ['  Recommendation 6  ', '6'],
  ])('reads "%s" as recommendation %s', (heading, id) => {
    expect(recommendationIdOf(heading)).toBe(id);
  });

  test.each([
    'Recommendations',
    'Recommendation',
    'Recommendations 1 and 2',
    'Argymhellion 1 a 2',
    'Argymhelliad',
    'Ein hymateb i argymhelliad 1',
    'Recommendation one',
    'Our response to recommendation 1',
    'Areas for improvement',
  ])('finds no recommendation in "%s"', (heading) => {
    expect(recommendationIdOf(heading)).toBeUndefined();
  });
});

describe('renderBody: recommendation sections', () => {
  test('finds a section for a "Recommendation 1" heading, with its content as HTML and text', () => {
    const body = render('## Recommendation 1\n\nPlaceholder response text.\n');
    expect(body.sections).toEqual([
      {
        recommendation: '1',
        heading: 'Recommendation 1',
        anchor: 'recommendation-1',
        line: 1,
        html: '<p>Placeholder response text.</p>',
        text: 'Placeholder response text.',
      },
    ]);
  });

  test('finds a section for "### Recommendation 4a:"', () => {
    const [section] = render('### Recommendation 4a:\n\nLorem ipsum.\n').sections;
    expect(section?.recommendation).toBe('4a');
    expect(section?.anchor).toBe('recommendation-4a');
    expect(section?.heading).toBe('Recommendation 4a:');
  });

  test('finds a section for "Recommendation 2 – vetting" and keeps the heading\'s own words', () => {
    const [section] = render('## Recommendation 2 – vetting\n\nLorem ipsum.\n').sections;
    expect(section?.recommendation).toBe('2');
    expect(section?.heading).toBe('Recommendation 2 – vetting');
  });

  test('finds a Welsh document\'s section under "Argymhelliad 2", keeping its Welsh heading and the anchor every document has', () => {
    const { sections } = render('Testun dros dro.\n\n## Argymhelliad 2\n\nTestun dros dro ar gyfer argymhelliad 2.\n');
    expect(sections.map((s) => [s.recommendation, s.heading, s.anchor, s.text])).toEqual([['2', 'Argymhelliad 2', 'recommendation-2', 'Testun dros dro ar gyfer argymhelliad 2.']]);
  });

  test.each([1, 2, 3, 4, 5, 6])('finds a section under a level %i heading', (level) => {
    const { sections } = render(`${'#'.repeat(level)} Recommendation 1\n\nLorem ipsum.\n`);
    expect(sections.map((s) => s.recommendation)).toEqual(['1']);
  });

  test('finds a section under an underlined (setext) heading', () => {
    const { sections } = render('Recommendation 1\n----------------\n\nLorem ipsum.\n');
    expect(sections.map((s) => s.text)).toEqual(['Lorem ipsum.']);
  });

  test('reads the heading\'s text through emphasis', () => {
    const { sections } = render('## Recommendation **1**: *vetting*\n\nLorem ipsum.\n');
    expect(sections.map((s) => s.recommendation)).toEqual(['1']);
  });

  test('runs a section to the next heading of the same level', () => {
    const { sections } = render('## Recommendation 1\n\nFirst.\n\n## Recommendation 2\n\nSecond.\n');
    expect(sections.map((s) => [s.recommendation, s.text])).toEqual([['1', 'First.'], ['2', 'Second.']]);
  });

  test('runs a section to the next heading of a higher level', () => {
    const { sections } = render('### Recommendation 1\n\nFirst.\n\n## Signed\n\nA. N. Other\n');
    expect(sections[0]?.text).toBe('First.');
  });

  test('keeps deeper sub-headings inside the section', () => {
    const { sections } = render('## Recommendation 1\n\nFirst.\n\n### Progress so far\n\nMore.\n\n## Recommendation 2\n\nSecond.\n');
    expect(sections[0]?.text).toBe('First.\n\nProgress so far\n\nMore.');
    expect(sections[0]?.html).toMatch(/<h\d>Progress so far<\/h\d>/);
  });

  // A section's sub-headings sit below the force's h3 on the comparison page, as in the full document.
  test('renders a section\'s sub-headings one level down, as in the full document', () => {
    const { sections, html } = render('## Recommendation 1\n\nFirst.\n\n### Progress so far\n\nMore.\n');
    expect(html).toContain('<h4 id="section-progress-so-far">Progress so far</h4>');
    expect(sections[0]?.html).toContain('<h4>Progress so far</h4>');
  });

  test('runs the last section to the end of the body', () => {
    const { sections } = render('## Recommendation 1\n\nFirst.\n\nStill first.\n');
    expect(sections[0]?.text).toBe('First.\n\nStill first.');
  });

  test('gives a section with nothing under it empty content', () => {
    const { sections } = render('## Recommendation 1\n## Recommendation 2\n\nSecond.\n');
    expect(sections[0]).toMatchObject({ recommendation: '1', html: '', text: '' });
  });

  test('records the body line of each heading', () => {
    const { sections } = render('Intro.\n\n## Recommendation 1\n\nFirst.\n\n## Recommendation 2\n\nSecond.\n');
    expect(sections.map((s) => s.line)).toEqual([3, 7]);
  });

  test('lists sections in document order, a recommendation twice if it has two', () => {
    const { sections } = render('## Recommendation 2\n\nA.\n\n## Recommendation 1\n\nB.\n\n## Recommendation 2\n\nC.\n');
    expect(sections.map((s) => [s.recommendation, s.anchor])).toEqual([
      ['2', 'recommendation-2'],
      ['1', 'recommendation-1'],
      ['2', 'recommendation-2-1'],
    ]);
  });

  test('does not make a section of a "Recommendations" heading', () => {
    const { sections, html } = render('## Recommendations\n\nLorem ipsum.\n');
    expect(sections).toEqual([]);
    expect(html).toContain('<h3 id="section-recommendations">Recommendations</h3>');
  });

  test('does not make a section of "Recommendation" without a number', () => {
    expect(render('## Recommendation\n\nLorem ipsum.\n').sections).toEqual([]);
  });

  test('does not make a section of a list item "**Recommendation 1:**"', () => {
    const { sections, html } = render('- **Recommendation 1:** Lorem ipsum.\n- **Recommendation 2:** Dolor sit.\n');
    expect(sections).toEqual([]);
    expect(html).toContain('<strong>Recommendation 1:</strong>');
  });

  test('does not make a section of a bold paragraph "**Recommendation 1**"', () => {
    expect(render('**Recommendation 1**\n\nLorem ipsum.\n').sections).toEqual([]);
  });

  test('ends a section at a non-recommendation heading of the same level', () => {
    const { sections } = render('## Recommendation 1\n\nFirst.\n\n## Recommendations for the future\n\nLater.\n');
    expect(sections.map((s) => s.text)).toEqual(['First.']);
  });
});

describe('renderBody: anchors and heading levels', () => {
  test('anchors a recommendation heading as recommendation-<id>', () => {
    const { html } = render('## Recommendation 4a: vetting\n\nLorem ipsum.\n');
    expect(html).toContain('<h3 id="recommendation-4a">Recommendation 4a: vetting</h3>');
  });

  test('gives other headings an id from their words, after "section-"', () => {
    const { html } = render('## Our response\n\nLorem ipsum.\n');
    expect(html).toContain('<h3 id="section-our-response">Our response</h3>');
  });

  test('gives no other heading an id the page itself uses, such as "main"', () => {
    const { html } = render('## Main\n\nLorem ipsum.\n\n## Statuses\n\nDolor sit.\n');
    expect(idsIn(html)).toEqual(['section-main', 'section-statuses']);
  });

  test('gives every heading of the document a different id', () => {
    const { html } = render('## Summary\n\nA.\n\n## Summary\n\nB.\n\n## Recommendation 1\n\nC.\n\n## Recommendation 1\n\nD.\n');
    const ids = idsIn(html);
    expect(ids).toEqual(['section-summary', 'section-summary-1', 'recommendation-1', 'recommendation-1-1']);
  });

  /** The heading levels in some HTML, in order. */
  const levels = (html: string) => [...html.matchAll(/<h(\d)/g)].map((m) => Number(m[1]));

  test('puts the body\'s highest headings at h3, under the page\'s "The document" h2', () => {
    expect(levels(render('## Two\n\n### Three\n\n## Two again\n').html)).toEqual([3, 4, 3]);
    expect(levels(render('# One\n\n## Two\n\n### Three\n\n#### Four\n').html)).toEqual([3, 4, 5, 6]);
    expect(render('###### Six\n').html).toBe('<h3 id="section-six">Six</h3>');
  });

  // Nu Html Checker: 'The heading "h4" … follows the heading "h2" …, skipping 1 heading level.'
  test('renders a body written with #### and ## headings as an outline without gaps', () => {
    const { html, sections } = render([
      '#### Summary', 'Lorem ipsum.',
      '## Recommendation 1', 'First.',
      '#### Progress so far', 'More.',
      '#### Next steps', 'Later.',
      '## Recommendation 2', 'Second.',
      '###### Detail', 'Dolor sit.',
      '### Funding', 'Amet.',
    ].join('\n\n'));
    const outline = levels(html);
    expect(outline).toEqual([3, 3, 4, 4, 3, 4, 4]);
    // Below the page's h2, each heading at most one level deeper than the one before it.
    [2, ...outline].forEach((level, i, all) => { if (i > 0) expect(level - all[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1); });
    // The section finder still reads the author's levels: #### stays inside a ## section.
    expect(sections.map((s) => [s.recommendation, s.text])).toEqual([
      ['1', 'First.\n\nProgress so far\n\nMore.\n\nNext steps\n\nLater.'],
      ['2', 'Second.\n\nDetail\n\nDolor sit.\n\nFunding\n\nAmet.'],
    ]);
  });

  test('numbers a section\'s own headings from h4, for the comparison page\'s force h3, whatever their level in the document', () => {
    const { sections } = render('## Recommendations\n\n### Recommendation 1\n\nFirst.\n\n###### Progress\n\nMore.\n\n####### not a heading\n');
    expect(levels(sections[0]!.html)).toEqual([4]);
    expect(levels(renderBody(parseMarkdown('## Recommendation 1\n\n#### A\n\n##### B\n'), { sectionHeadingLevel: 5 }).sections[0]!.html)).toEqual([5, 6]);
  });

  test('numbers from the level it is given, for a page that shows the body under its h1', () => {
    expect(levels(renderBody(parseMarkdown('### Background\n\n#### Scope\n'), { headingLevel: 2 }).html)).toEqual([2, 3]);
  });

  test('renumbers headings inside quotes and lists too, in document order', () => {
    expect(levels(render('## Reply\n\n> ##### Quoted\n\n- #### Listed\n').html)).toEqual([3, 4, 4]);
  });

  test('keeps headings nested deeper than h6 at h6, the lowest there is', () => {
    expect(levels(render('# A\n\n## B\n\n### C\n\n#### D\n\n##### E\n').html)).toEqual([3, 4, 5, 6, 6]);
  });

  test('gives the footnotes\' label the body\'s top level, not h2, whatever headings come before it', () => {
    const { html } = render('## Reply\n\n#### Detail\n\nSee note[^1].\n\n[^1]: Placeholder note.\n');
    expect(levels(html)).toEqual([3, 4, 3]);
    expect(html).toMatch(/<h3 [^>]*id="footnote-label"/);
  });

  test('leaves heading ids out of a section\'s HTML, so sections shown together repeat none', () => {
    const { sections, html } = render('## Recommendation 1\n\nFirst.\n\n### Progress\n\nMore.\n');
    expect(sections[0]?.html).toMatch(/^<p>First.<\/p>\n<h\d>Progress<\/h\d>\n<p>More.<\/p>$/);
    expect(idsIn(sections[0]!.html)).toEqual([]);
    // The full document keeps them, for links into it.
    expect(idsIn(html)).toEqual(['recommendation-1', 'section-progress']);
  });

  test('keeps a section\'s own footnote ids apart from the full document\'s', () => {
    const { sections, html } = render('## Recommendation 1\n\nSee note[^a].\n\n[^a]: Lorem ipsum.\n');
    const sectionIds = idsIn(sections[0]!.html);
    expect(sectionIds.length).toBeGreaterThan(0);
    for (const id of sectionIds) expect(idsIn(html)).not.toContain(id);
  });

  // github-slugger drops dots, so the dot in "1.2" is turned into a hyphen first: otherwise
  // "1.2" would take "recommendation-12" and push the real recommendation 12 to "-12-1".
  test('gives recommendation 12 the anchor recommendation-12 even when recommendation 1.2 comes first', () => {
    const { sections } = render('## Recommendation 1.2\n\nA.\n\n## Recommendation 12\n\nB.\n');
    const anchors = Object.fromEntries(sections.map((s) => [s.recommendation, s.anchor]));
    expect(anchors['12']).toBe('recommendation-12');
    expect(anchors['1.2']).not.toBe('recommendation-12');
    expect(anchors['1.2']).toBe('recommendation-1-2');
  });

  // A footnote is defined at the end of the document, outside the section that cites it: the
  // section brings the definition along, so its reference does not point at nothing.
  test('keeps the footnote a section cites in that section\'s HTML', () => {
    const { sections } = render('## Recommendation 1\n\nSee note[^1].\n\n## Recommendation 2\n\nLorem ipsum.\n\n[^1]: Placeholder note.\n');
    expect(danglingReferences(sections[0]!.html)).toEqual([]);
  });

  // A section drops its heading ids, but not the footnotes' label, which each reference's
  // aria-describedby points at.
  test('leaves no aria-describedby in a section pointing at a heading id it dropped', () => {
    const { sections } = render('## Recommendation 1\n\nSee note[^a].\n\n[^a]: Placeholder note.\n');
    expect(danglingReferences(sections[0]!.html)).toEqual([]);
  });

  test('prefixes footnote ids with idPrefix, so documents shown on one page share none', () => {
    const { html, sections } = renderBody(
      parseMarkdown('## Recommendation 1\n\nSee note[^1].\n\n[^1]: Placeholder note.\n'),
      { idPrefix: 'northshire-vetting-review-2021' },
    );
    expect(idsIn(html)).toEqual(expect.arrayContaining([
      'user-content-northshire-vetting-review-2021-fn-1',
      'northshire-vetting-review-2021-footnote-label',
    ]));
    expect(html).toContain('aria-describedby="northshire-vetting-review-2021-footnote-label"');
    expect(danglingReferences(html)).toEqual([]);
    expect(idsIn(sections[0]!.html)).toEqual(expect.arrayContaining([
      'user-content-northshire-vetting-review-2021-recommendation-1-fn-1',
      'northshire-vetting-review-2021-recommendation-1-footnote-label',
    ]));
    expect(danglingReferences(sections[0]!.html)).toEqual([]);
  });

  // Footnote definitions sit at the end of the Markdown tree, but are not content of the last
  // section: its text (used for search and data files) carries no footnote it never cites.
  test('leaves footnotes a section does not cite out of its text', () => {
    const { sections } = render('## Recommendation 1\n\nSee note[^1].\n\n## Recommendation 2\n\nLorem ipsum.\n\n[^1]: Placeholder note.\n');
    expect(sections[1]?.text).toBe('Lorem ipsum.');
  });
  test('shows a section\'s list, table and code block exactly as the full document shows them', () => {
    const { sections, html } = render('## Recommendation 1\n\n- one\n- two\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n```\ncode\n```\n\n## Recommendation 2\n\nDone.\n');
    const first = sections[0]!.html;
    expect(first).toMatch(/^<ul>\n<li>one<\/li>[\s\S]*<table>[\s\S]*<pre><code>code\n<\/code><\/pre>$/);
    expect(html).toContain(`</h3>\n${first}\n<h3`);
    expect(sections[1]?.html).toBe('<p>Done.</p>');
  });

  test('numbers a section\'s footnotes from 1 when it cites only the document\'s second note', () => {
    const { sections, html } = render('## Recommendation 1\n\nA.[^a]\n\n## Recommendation 2\n\nB.[^b]\n\n[^a]: First note.\n[^b]: Second note.\n');
    expect(html).toMatch(/fn-b"[^>]*>2<\/a>/);
    expect(sections[1]?.html).toMatch(/fn-b"[^>]*>1<\/a>/);
    expect(sections[1]?.html).toContain('Second note.');
    expect(sections[1]?.html).not.toContain('First note.');
  });

  test('gives a section\'s text a blank line between paragraphs, also around a footnote definition between them', () => {
    const { sections } = render('## Recommendation 1\n\nFirst.[^a]\n\n[^a]: The note.\n\nSecond.\n\n## Recommendation 2\n\nThird.\n\nFourth.\n');
    expect(sections.map((s) => s.text)).toEqual(['First.\n\nSecond.', 'Third.\n\nFourth.']);
  });
});

describe('renderBody: HTML and text', () => {
  test('renders a GFM table as a <table>', () => {
    const { html } = render('| Recommendation | Status |\n| --- | --- |\n| 1 | Complete |\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<th>Recommendation</th>');
    expect(html).toContain('<td>Complete</td>');
  });

  test('renders a link written by reference, whatever the case of its label, to the first definition of that label', () => {
    const { html } = render('See [the plan][Plan] and [the report][].\n\n> [plan]: https://example.org/plan\n\n[PLAN]: https://example.org/other\n[the report]: https://example.org/report\n');
    expect(html).toContain('<a href="https://example.org/plan">the plan</a>');
    expect(html).toContain('<a href="https://example.org/report">the report</a>');
  });

  test('renders GFM strikethrough', () => {
    expect(render('~~withdrawn~~\n').html).toBe('<p><del>withdrawn</del></p>');
  });

  test('turns a bare web address into a link', () => {
    expect(render('See www.example.org for more.\n').html).toContain('<a href="http://www.example.org">www.example.org</a>');
  });

  test('escapes text that looks like markup but is not HTML', () => {
    expect(render('3 < 4 & 5 > 2\n').html).toBe('<p>3 &#x3C; 4 &#x26; 5 > 2</p>');
  });

  test('gives the whole body as plain text, a blank line between a heading and the paragraph after it', () => {
    expect(render('## Recommendation 1\n\nLorem *ipsum* [dolor](https://example.org).\n').text).toBe('Recommendation 1\n\nLorem ipsum dolor.');
  });

  test('renders an empty body as nothing', () => {
    expect(render('')).toEqual({ html: '', sections: [], issues: [], text: '' });
  });
});

describe('findUnsafeMarkdown', () => {
  test('refuses a raw HTML block, <script>, at its line', () => {
    const issues = unsafe('Lorem ipsum.\n\n<script>alert(1)</script>\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(3);
    expect(issues[0]!.message).toContain('raw HTML ("<script>alert(1)</script>") is not allowed in content');
    expect(issues[0]!.message).toContain('allowed: Markdown only');
  });

  test('refuses an <iframe>', () => {
    expect(unsafe('<iframe src="https://example.org"></iframe>\n')).toHaveLength(1);
  });

  test('refuses inline HTML such as <b onclick>, once for the line, not once per tag', () => {
    const issues = unsafe('Lorem <b onclick="steal()">ipsum</b> dolor.\n');
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('raw HTML ("<b onclick=\\"steal()\\">")'),
    ]);
    expect(issues[0]!.line).toBe(1);
  });

  test('reports inline HTML on two lines once for each line', () => {
    expect(unsafe('Lorem <b>ipsum</b>\ndolor <i>sit</i>.\n').map((i) => i.line)).toEqual([1, 2]);
  });

  test('refuses an HTML comment', () => {
    expect(unsafe('<!-- hidden -->\n')).toHaveLength(1);
  });

  test('finds HTML inside a list and a table cell', () => {
    expect(unsafe('- Lorem <span>ipsum</span>\n').map((i) => [i.line, i.message])).toEqual([[1, expect.stringContaining('raw HTML ("<span>")')]]);
    expect(unsafe('| a |\n| - |\n| <i>b</i> |\n').map((i) => [i.line, i.message])).toEqual([[3, expect.stringContaining('raw HTML ("<i>")')]]);
  });

  test.each([
    ['javascript:', '[Click](javascript:alert(1))'],
    ['mixed-case JaVaScript:', '[Click](JaVaScript:alert(1))'],
    ['javascript: with a tab in it', '[Click](<java\tscript:alert(1)>)'],
    ['javascript: with an encoded tab in it', '[Click](java&#9;script:alert(1))'],
    ['javascript: with a leading space and control character', '[Click](< \u0001javascript:alert(1)>)'],
    ['javascript: written with a character reference', '[Click](&#106;avascript:alert(1))'],
    ['vbscript:', '[Click](vbscript:msgbox(1))'],
    ['data:', '[Click](data:text/html;base64,PHNjcmlwdD4=)'],
    ['file:', '[Click](file:///etc/passwd)'],
    ['an autolink to javascript:', '<javascript:alert(1)>'],
    ['a reference definition to javascript:', '[Click][x]\n\n[x]: javascript:alert(1)'],
  ])('refuses a link with %s', (_, markdown) => {
    const issues = unsafe(`${markdown}\n`);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^the link address .* is not allowed; allowed: https:\/\/, http:\/\/, mailto: or tel: addresses, or links within the site$/);
  });

  test('refuses an image, however it is written', () => {
    expect(unsafe('![Chart](https://example.org/chart.png)\n')).toHaveLength(1);
    expect(unsafe('![Chart][c]\n\n[c]: https://example.org/chart.png\n')).toHaveLength(1);
    expect(unsafe('![Chart](https://example.org/chart.png)\n')[0]!.message).toContain('images are not allowed in content; allowed: text only');
  });

  test.each([
    ['https', '[Report](https://www.example.gov.uk/report.pdf)'],
    ['http', '[Report](http://www.example.gov.uk/report.pdf)'],
    ['mailto', '[Email us](mailto:placeholder@example.org)'],
    ['tel', '[Call us](tel:+441234567890)'],
    ['relative', '[Other response](../westmere/lorem-ipsum/)'],
    ['root-relative', '[Forces](/forces/)'],
    ['#fragment', '[See below](#recommendation-1)'],
    ['a colon later in the path', '[Page](page?at=10:30)'],
    ['a bare web address', 'www.example.org'],
    ['an email autolink', '<placeholder@example.org>'],
  ])('accepts a %s link', (_, markdown) => {
    expect(unsafe(`${markdown}\n`)).toEqual([]);
  });

  test('reports every problem, each at its own line', () => {
    const issues = unsafe('Lorem.\n\n[a](javascript:x)\n\n![b](https://example.org/b.png)\n\n<div>c</div>\n');
    expect(issues.map((i) => i.line)).toEqual([3, 5, 7]);
  });

  test('makes no HTML and no sections from a body with a problem', () => {
    const body = render('## Recommendation 1\n\n[Click](javascript:alert(1))\n');
    expect(body.issues).toHaveLength(1);
    expect(body.html).toBe('');
    expect(body.sections).toEqual([]);
  });

  test('finds nothing wrong in plain Markdown', () => {
    expect(render('## Recommendation 1\n\n**Complete.** Lorem ipsum.\n').issues).toEqual([]);
  });
});
