import { describe, expect, test } from 'vitest';
import { parseMarkdown, renderBody } from '../../src/lib/text/markdown.ts';
import { findEvidenceSentences, findQuoteSentence, findQuoteSentences, SENTENCE_CONTEXT_LIMIT, sentenceText } from '../../src/lib/text/quote-sentence.ts';

/** The plain text the loader makes of a Markdown body, which quotations' sentences are found in. */
const textOf = (markdown: string) => renderBody(parseMarkdown(markdown)).text;

/** The quotation's sentence(s) as `before[quoted]after`, from a Markdown body. */
function shown(markdown: string, quote: string): string | null {
  const found = findQuoteSentence(textOf(markdown), quote);
  return found && `${found.before}[${found.quoted}]${found.after}`;
}

describe('a quotation in its sentence', () => {
  test('stands alone when it is whole sentences', () => {
    const body = 'Placeholder first. The whole placeholder sentence. Placeholder last.';
    expect(findQuoteSentence(textOf(body), 'The whole placeholder sentence.')).toEqual({ before: '', quoted: 'The whole placeholder sentence.', after: '' });
    expect(shown(body, 'Placeholder first. The whole placeholder sentence.')).toBe('[Placeholder first. The whole placeholder sentence.]');
  });

  test('gets the rest of the sentence it is cut from, on both sides', () => {
    const body = 'Placeholder opening. There is still placeholder work to be done, but fictional progress is real. Placeholder close.';
    expect(shown(body, 'There is still placeholder work to be done')).toBe('[There is still placeholder work to be done], but fictional progress is real.');
    expect(shown(body, 'fictional progress is real.')).toBe('There is still placeholder work to be done, but [fictional progress is real.]');
    expect(shown(body, 'placeholder work')).toBe('There is still [placeholder work] to be done, but fictional progress is real.');
  });

  test('ends sentences at question and exclamation marks, and after a closing quotation mark or bracket', () => {
    expect(shown('Is it placeholder? Yes it is fictional. Done.', 'it is fictional')).toBe('Yes [it is fictional].');
    expect(shown('Stop placeholder! Now the fictional part starts. End.', 'the fictional part')).toBe('Now [the fictional part] starts.');
    expect(shown('He called it “placeholder.” The fictional words follow here. End.', 'fictional words')).toBe('The [fictional words] follow here.');
    expect(shown('It was fictional (as noted.) The placeholder work began. End.', 'placeholder work')).toBe('The [placeholder work] began.');
    expect(shown('It ended. “Placeholder words,” the fictional letter said. End.', 'the fictional letter')).toBe('“Placeholder words,” [the fictional letter] said.');
  });

  test('does not end a sentence at an abbreviation, an initial, a dotted word, a decimal or an ellipsis', () => {
    const cases: [string, string][] = [
      ['Start. Placeholder teams, e.g. The Fictional Unit, will help. End.', 'will help.'],
      ['Start. Fictional partners, i.e. Placeholder Agencies, agree. End.', 'agree.'],
      ['Start. Vetting, training etc. The fictional plan covers all. End.', 'covers all.'],
      ['Start. Mr. Placeholder and Dr. Fictional will lead it. End.', 'will lead it.'],
      ['Start. Placeholder letter No. 5 and St. Fictional House are named. End.', 'are named.'],
      ['Start. Signed by J. Placeholder for the fictional office. End.', 'for the fictional office.'],
      ['Start. Costs rose 1.5 times over the fictional year. End.', 'over the fictional year.'],
      ['Start. Copied c.c. Fictional Person on the placeholder matter. End.', 'on the placeholder matter.'],
      ['Start. The placeholder work... Then fictional steps follow. End.', 'fictional steps follow.'],
      ['Start. Sent to the U.K. Placeholder Office for review. End.', 'for review.'],
    ];
    for (const [body, quote] of cases) {
      const found = findQuoteSentence(textOf(body), quote)!;
      expect(found.before, body).toMatch(/^[A-Z]/);
      expect(sentenceText(found), body).toBe(body.slice('Start. '.length, -' End.'.length));
    }
  });

  test('starts a sentence after a short label that starts a line and ends with a colon, bold or not', () => {
    expect(shown('**Response:** The fictional unit will grow. End.', 'fictional unit')).toBe('The [fictional unit] will grow.');
    expect(shown('Recommendation 4: Placeholder work is planned. End.', 'work is planned.')).toBe('Placeholder [work is planned.]');
    expect(shown('Intro.\n\n*Action:* “Placeholder” steps are fictional. End.', 'steps are fictional.')).toBe('“Placeholder” [steps are fictional.]');
    // Not a label: more than four words before the colon, a colon inside a sentence, or a small letter after it.
    expect(shown('The fictional plan has one aim: Placeholder work goes on. End.', 'work goes on')).toBe('The fictional plan has one aim: Placeholder [work goes on].');
    expect(shown('Placeholder response to the fictional report: The work goes on. End.', 'work goes on')).toBe('Placeholder response to the fictional report: The [work goes on].');
    expect(shown('Response: placeholder work goes on. End.', 'work goes on')).toBe('Response: placeholder [work goes on].');
  });

  test('ends a sentence after a word ending in an apostrophe and a letter or a capitalised acronym', () => {
    expect(shown("The plan covers the AFI's. The fictional unit grows. End.", 'fictional unit')).toBe('The [fictional unit] grows.');
    expect(shown('This was done in PEEL. The fictional unit grows. End.', 'fictional unit')).toBe('The [fictional unit] grows.');
  });

  test('does not end a sentence where a lower-case word follows the full stop', () => {
    expect(shown('Placeholder words end here. and fictional words go on. Next.', 'fictional words')).toBe('Placeholder words end here. and [fictional words] go on.');
  });

  test('never runs across a paragraph, a heading, a list item, a table cell or a hard line break', () => {
    expect(shown('Placeholder paragraph without a stop\n\nfictional words start this one, and go on', 'fictional words')).toBe('[fictional words] start this one, and go on');
    expect(shown('## A fictional heading\n\nplaceholder words under it', 'placeholder words')).toBe('[placeholder words] under it');
    expect(shown('- placeholder item one\n- fictional item two, continued', 'item two')).toBe('fictional [item two], continued');
    expect(shown('| placeholder cell | fictional cell text |\n| --- | --- |\n| a | b |', 'cell text')).toBe('fictional [cell text]');
    expect(shown('Placeholder House\\\nFictional Street, Nowhere', 'Fictional Street')).toBe('[Fictional Street], Nowhere');
  });

  test('reads a soft line break in the Markdown as a space, within the sentence', () => {
    expect(shown('Placeholder start. Fictional words broken\nover two lines of the source, here. End.', 'over two lines')).toBe('Fictional words broken [over two lines] of the source, here.');
  });

  test('keeps a quotation across two paragraphs with the rest of the first and last sentences', () => {
    expect(shown('Start. The placeholder one ends.\n\nThe fictional two goes on. End.', 'one ends. The fictional two')).toBe('The placeholder [one ends. The fictional two] goes on.');
  });

  test('finds the quotation as the loader does: quotation marks, dashes, spacing and emphasis markers may differ', () => {
    const body = 'Start. The force’s *fictional* plan – a placeholder – is   ready, it said. End.';
    expect(shown(body, "force's _fictional_ plan - a placeholder")).toBe('The [force’s fictional plan – a placeholder] – is ready, it said.');
  });

  test('cuts a context longer than the limit at a word, with an ellipsis, on each side', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `lorem${i}`).join(' ');
    const body = `Start. ${words(120)} placeholder quotation ${words(120)}. End.`;
    const found = findQuoteSentence(textOf(body), 'placeholder quotation')!;
    expect(found.before.startsWith('…lorem')).toBe(true);
    expect(found.after.endsWith('…')).toBe(true);
    expect(found.before.length).toBeLessThanOrEqual(SENTENCE_CONTEXT_LIMIT + 1);
    expect(found.after.length).toBeLessThanOrEqual(SENTENCE_CONTEXT_LIMIT + 1);
    // Whole words only: what is shown is in the text, word for word.
    expect(body).toContain(found.before.slice(1));
    expect(body).toContain(found.after.slice(0, -1));
    expect(found.before.slice(1)).toMatch(/^lorem\d+ /);
    expect(found.after.slice(0, -1)).toMatch(/ lorem\d+$/);
  });

  test('gives null for a quotation not in the text, and each of several quotations its own sentence', () => {
    const text = textOf('First placeholder words here. Second fictional words there.');
    expect(findQuoteSentences(text, ['not in it', 'fictional words', 'First'])).toEqual([
      null,
      { before: 'Second ', quoted: 'fictional words', after: ' there.' },
      { before: '', quoted: 'First', after: ' placeholder words here.' },
    ]);
    expect(findEvidenceSentences(text, { '2': ['fictional words'], '1': ['not in it', 'First'] })).toEqual({
      '2': [{ before: 'Second ', quoted: 'fictional words', after: ' there.' }],
      '1': [null, { before: '', quoted: 'First', after: ' placeholder words here.' }],
    });
    expect(findEvidenceSentences(text, {})).toEqual({});
  });
});
