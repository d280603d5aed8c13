import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { findQuote, normaliseForQuote, quotableText } from '../../src/lib/text/evidence.ts';
import { markQuotes, markQuotesWithIds } from '../../src/lib/text/evidence-marks.ts';
import { parseMarkdown, renderBody } from '../../src/lib/text/markdown.ts';
import { toHtmlText } from '../../src/lib/text/html-text.ts';
import { readResponseBodies, readResponses } from '../support/content.ts';
import { markQuotesByParsing } from '../support/mark-reference.ts';

/** The text a quotation is looked for in, from Markdown as a document's body holds it. */
function bodyText(markdown: string): string {
  return toHtmlText(renderBody(parseMarkdown(markdown)).html);
}

function found(text: string, quote: string): string | undefined {
  const match = findQuote(text, quote);
  return match.found ? text.slice(match.start, match.end) : undefined;
}

describe('normaliseForQuote', () => {
  test('gives plain ASCII words back as they are, and anything else as the character-by-character path does', () => {
    // A zero-width space is left out, and not being ASCII it sends the text down the path that
    // maps every character: so each text must come out as it does with one added at its end.
    const alphabet = fc.constantFrom('a', 'Z', '7', '.', ',', '"', "'", '-', ' ', '  ', '\n', '\t', '*', '_', '`', '\u2019', '\u00a0', 'e\u0301', '\u2026');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
      expect(normaliseForQuote(text)).toBe(normaliseForQuote(`${text}\u200b`));
    }), { numRuns: 5000 });
    expect(normaliseForQuote('We will review the policy, by 2027.')).toBe('We will review the policy, by 2027.');
    expect(normaliseForQuote('We *will* review')).toBe('We will review');
  });

  test('turns runs of spaces, tabs and line breaks into one space and trims the ends', () => {
    expect(normaliseForQuote('  Work is\n  in\tprogress \r\n')).toBe('Work is in progress');
  });

  test('treats a non-breaking space as a space', () => {
    expect(normaliseForQuote('56\u00a0days')).toBe('56 days');
  });

  test('makes curly and straight quotation marks and apostrophes alike', () => {
    expect(normaliseForQuote('\u201cthe force\u2019s plan\u201d')).toBe(normaliseForQuote('"the force\'s plan"'));
    expect(normaliseForQuote('\u2018vetting\u2019')).toBe("'vetting'");
  });

  test('makes every dash a hyphen', () => {
    expect(normaliseForQuote('2019\u20132020 \u2014 the plan \u2212 1')).toBe('2019-2020 - the plan - 1');
  });

  test('leaves out Markdown emphasis markers', () => {
    expect(normaliseForQuote('we *must* act __now__')).toBe('we must act now');
  });

  test('composes accented letters, so a Welsh word typed either way matches', () => {
    expect(normaliseForQuote('Heddlu Gogledd Cymru a\u0302\u0175')).toBe(normaliseForQuote('Heddlu Gogledd Cymru \u00e2\u0175'));
  });

  test('keeps letter case and punctuation other than quotes and dashes', () => {
    expect(normaliseForQuote('The Force, Not the force.')).toBe('The Force, Not the force.');
  });
});

describe('findQuote', () => {
  test('finds a quotation word for word and says where it is in the original text', () => {
    const text = 'Dear Home Secretary,\n\nWork is in progress to ensure that we comply.';
    expect(found(text, 'Work is in progress')).toBe('Work is in progress');
  });

  test('finds a quotation that runs over a line break in the body', () => {
    const text = bodyText('The counter-corruption team has been strengthened in both numbers\nand in terms of experience.');
    expect(found(text, 'strengthened in both numbers and in terms of experience')).toBe('strengthened in both numbers\nand in terms of experience');
  });

  test('finds a quotation with curly quotes and a dash where the author typed straight ones and a hyphen', () => {
    const text = bodyText('The force\u2019s \u201cAPSP 4P\u201d plan \u2013 agreed in May.');
    expect(found(text, 'The force\'s "APSP 4P" plan - agreed')).toBe('The force\u2019s \u201cAPSP 4P\u201d plan \u2013 agreed');
  });

  test('finds a quotation after a character outside the Basic Multilingual Plane, such as an emoji, at its own place', () => {
    // Such a character is two UTF-16 code units: the map back to the original must count both.
    const text = 'Reply received \u{1F4E7} and the plan \u{1D400} is agreed in full.';
    expect(found(text, 'the plan')).toBe('the plan');
    expect(found(text, 'is agreed in full')).toBe('is agreed in full');
  });

  test('finds a quotation that runs across emphasis and a link', () => {
    const text = bodyText('All checks *must* be done, as the [guidance](https://example.org/) says.');
    expect(found(text, 'All checks *must* be done, as the guidance says.')).toBe('All checks must be done, as the guidance says.');
    expect(found(text, 'checks must be done')).toBe('checks must be done');
  });

  test('finds a quotation inside a list item, and one running from one item into the next', () => {
    const text = bodyText('The plan:\n\n- Vetting checks on transferees.\n- Training for every supervisor.\n');
    expect(found(text, 'Training for every supervisor.')).toBe('Training for every supervisor.');
    expect(found(text, 'on transferees. Training for')).toBe('on transferees.\nTraining for');
  });

  test('does not join the last word of one list item to the first of the next', () => {
    const text = bodyText('- Vetting checks\n- Training\n');
    expect(found(text, 'checksTraining')).toBeUndefined();
  });

  test('finds a quotation inside a blockquote', () => {
    const text = bodyText('The recommendation said:\n\n> By October 2019, all forces should have started to implement a plan.\n\nWe have.');
    expect(found(text, 'all forces should have started to implement a plan')).toBe('all forces should have started to implement a plan');
  });

  test('finds a quotation in Welsh', () => {
    const text = bodyText('Mae\u2019r Heddlu wedi dechrau gweithredu\u2019r cynllun ar gyfer fetio ym mis Mai.');
    expect(found(text, "Mae'r Heddlu wedi dechrau gweithredu'r cynllun")).toBe('Mae\u2019r Heddlu wedi dechrau gweithredu\u2019r cynllun');
  });

  test('does not find a quotation whose words differ, and gives the nearest passage instead', () => {
    const text = bodyText('Our counter-corruption team has been strengthened in both numbers and in terms of experience, allowing them to better investigate allegations.\n\nOther work continues.');
    const match = findQuote(text, 'Our counter corruption team has been strengthened in numbers and experience');
    expect(match.found).toBe(false);
    if (match.found) return;
    expect(match.nearest).toMatch(/^Our counter-corruption team has been strengthened in both numbers and in terms/);
    expect(match.nearest).not.toContain('Other work');
  });

  test('gives the nearest passage in the document\'s own words, on one line', () => {
    const text = 'First paragraph.\n\nThe \u201cvetting\u201d plan\nwas agreed in May 2020.';
    const match = findQuote(text, 'The "vetting" plan was agreed in June 2020.');
    expect(match).toEqual({ found: false, nearest: 'The \u201cvetting\u201d plan was agreed in May 2020.' });
  });

  test('does not find a quotation in an empty body, and has nothing to suggest', () => {
    expect(findQuote('', 'anything')).toEqual({ found: false, nearest: undefined });
  });

  test('is case-sensitive: a quotation is the document\'s words as written', () => {
    expect(found('The Constabulary will await further information.', 'the constabulary will await')).toBeUndefined();
  });
});

describe('markQuotesWithIds', () => {
  const html = (markdown: string) => renderBody(parseMarkdown(markdown)).html;

  test('puts each quotation\'s id on its first mark, so an address can open the page at it', () => {
    const result = markQuotesWithIds(html('The first paragraph ends here.\n\nThe second begins here.\n'), [
      { id: 'q-1-1', text: 'ends here. The second' },
      { id: 'q-2-1', text: 'begins here' },
    ]);
    expect(result).toBe('<p>The first paragraph <mark id="q-1-1">ends here.</mark></p>\n<p><mark>The second</mark> <mark id="q-2-1">begins here</mark>.</p>');
    expect(validHtml(result)).toBe(true);
  });

  test('starts a mark where a quotation starts inside another\'s words, and gives a second quotation starting at the same word its own anchor inside the shared mark', () => {
    const result = markQuotesWithIds(html('One two three four five.'), [
      { id: 'q-1-1', text: 'two three' },
      { id: 'q-1-2', text: 'three four' },
      { id: 'q-2-1', text: 'three four five' },
    ]);
    expect(result).toBe('<p>One <mark id="q-1-1">two </mark><mark id="q-1-2"><span id="q-2-1"></span>three four five</mark>.</p>');
    expect(validHtml(result)).toBe(true);
  });

  test('marks as markQuotes does when no quotation shares a start', () => {
    const source = html('All checks *must* be done, as the [guidance](https://example.org/) says.');
    const withIds = markQuotesWithIds(source, [{ id: 'q-1-1', text: 'checks must be done' }]);
    expect(withIds.replace(' id="q-1-1"', '')).toBe(markQuotes(source, ['checks must be done']));
  });
});

describe('markQuotes', () => {
  /** A section's HTML as the loader renders it. */
  function html(markdown: string): string {
    return renderBody(parseMarkdown(markdown)).html;
  }

  /** The text inside each mark, in order. */
  function marked(result: string): string[] {
    return [...result.matchAll(/<mark>(.*?)<\/mark>/gs)].map((m) => m[1]!);
  }

  test('wraps a quotation found in a paragraph in one mark', () => {
    const result = markQuotes(html('Before. Work is in progress to comply. After.'), ['Work is in progress to comply.']);
    expect(result).toBe('<p>Before. <mark>Work is in progress to comply.</mark> After.</p>');
  });

  test('marks a quotation across emphasis and a link piece by piece, so every element stays closed inside its parent', () => {
    const result = markQuotes(html('All checks *must* be done, as the [guidance](https://example.org/) says.'), ['checks must be done, as the guidance says']);
    expect(result).toBe('<p>All <mark>checks </mark><em><mark>must</mark></em><mark> be done, as the </mark><a href="https://example.org/"><mark>guidance</mark></a><mark> says</mark>.</p>');
    expect(validHtml(result)).toBe(true);
  });

  test('marks a quotation that runs from one list item into the next without marking the space between the items', () => {
    const result = markQuotes(html('- Vetting checks on transferees.\n- Training for every supervisor.\n'), ['on transferees. Training for']);
    expect(marked(result)).toEqual(['on transferees.', 'Training for']);
    expect(result).not.toMatch(/<ul>\s*<mark>|<\/li>\s*<mark>/);
    expect(validHtml(result)).toBe(true);
  });

  test('marks a quotation running from one paragraph into the next, and one in a blockquote', () => {
    const source = 'The first paragraph ends here.\n\nThe second begins here.\n\n> A quoted recommendation.\n';
    const result = markQuotes(html(source), ['ends here. The second', 'quoted recommendation']);
    expect(marked(result)).toEqual(['ends here.', 'The second', 'quoted recommendation']);
  });

  test('marks a quotation written with straight quotes where the text has curly ones', () => {
    const result = markQuotes(html('The force\u2019s plan.'), ["force's plan"]);
    expect(marked(result)).toEqual(['force\u2019s plan']);
  });

  test('reads the HTML as a parser does: the same marks on awkward markup (entities, breaks, code, tables, footnotes)', () => {
    const cases: [string, string[]][] = [
      ['Costs &amp; benefits: a &lt; b, "quoted" and \u2019s, x &gt; y.', ['benefits: a < b, "quoted"', 'x > y']],
      ['Jane Placeholder  \nDetective Superintendent  \nHead of Fictional Standards', ['Placeholder Detective Superintendent Head']],
      ['Run `npm run check` before & after.', ['npm run check before & after']],
      ['| Action | Owner |\n| --- | --- |\n| Review the vetting | Lorem |\n', ['Review the vetting']],
      ['A claim.[^1] More words here.\n\n[^1]: A note.\n', ['More words here']],
      ['1. First step.\n2. Second step.\n\n---\n\nAfter the rule.', ['Second step. After the rule']],
    ];
    // Compared as a parser reads them: the parser's version also re-spells untouched attributes (`data-footnote-ref=""`).
    const asParsed = (result: string) => toHtml(fromHtml(result, { fragment: true }));
    for (const [markdown, quotes] of cases) {
      const source = html(markdown);
      expect(asParsed(markQuotes(source, quotes))).toBe(markQuotesByParsing(source, quotes));
      expect(markQuotes(source, quotes)).toContain('<mark>');
    }
  });

  test('marks every shipped document\'s sections exactly as a parser\'s reading would', () => {
    let checked = 0;
    const bodies = readResponseBodies();
    for (const document of readResponses()) {
      const rendered = renderBody(parseMarkdown(bodies.get(document.id)!));
      for (const section of rendered.sections) {
        const quotes = document.evidence[section.recommendation] ?? [];
        if (!quotes.length) continue;
        expect(markQuotes(section.html, quotes)).toBe(markQuotesByParsing(section.html, quotes));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  test('joins overlapping quotations into one mark', () => {
    const result = markQuotes(html('One two three four five.'), ['two three', 'three four']);
    expect(marked(result)).toEqual(['two three four']);
  });

  test('marks every quotation the loader finds in the same HTML, across blocks, lists, quotes, tables and entities', () => {
    const source = html([
      'A *first* paragraph with a [link](https://example.org/) & an ampersand.',
      '- one item\n- two item\n  continued',
      '> a quoted line\n> and its second line',
      '| Cell one | Cell two |\n| --- | --- |\n| Row two | end |',
      'Mae\u2019r ffordd \u2014 yn glir.',
    ].join('\n\n'));
    const quotes = ['paragraph with a link & an', 'ampersand. one item two item continued a quoted', 'line and its second line Cell one', 'Cell two Row two end', "Mae'r ffordd - yn glir."];
    for (const quote of quotes) {
      expect(findQuote(toHtmlText(source), quote).found, quote).toBe(true);
      expect(normaliseForQuote(quotableText(source))).toBe(normaliseForQuote(toHtmlText(source)));
      const words = marked(markQuotes(source, [quote])).map((piece) => toHtmlText(piece)).join(' ');
      expect(normaliseForQuote(words), quote).toBe(normaliseForQuote(quote));
    }
  });

  test('leaves the HTML as it was when no quotation is found', () => {
    const source = html('Some <words> & "text".');
    expect(markQuotes(source, ['not there'])).toBe(source);
    expect(markQuotes(source, [])).toBe(source);
  });

  test('keeps character references and the rest of the HTML as they mean', () => {
    const result = markQuotes(html('Fish & chips < 5 pounds.'), ['chips < 5']);
    expect(result).toBe('<p>Fish &#x26; <mark>chips &#x3C; 5</mark> pounds.</p>');
  });
});

/** Whether the HTML parses back to itself (a misnested mark would be moved by the parser). */
function validHtml(value: string): boolean {
  return toHtml(fromHtml(value, { fragment: true })) === value;
}
