import { describe, expect, test } from 'vitest';
import { parseMarkdown, renderBody } from '../../src/lib/text/markdown.ts';
import { applyRedactions, findMarkers, redactionReasons } from '../../src/lib/text/redaction.ts';

const REASONS = new Map([['mobile', "a named official's mobile number"], ['officer-email', "a named officer's e-mail address"]]);
const render = (markdown: string, reasons: ReadonlyMap<string, string> = REASONS) => renderBody(applyRedactions(parseMarkdown(markdown), reasons));

describe('a redaction marker', () => {
  test('is found with its id and its line, however it is spaced or cased', () => {
    expect(findMarkers('Placeholder.\n\nCall [redacted: mobile] or [Redacted:officer-email ].\n[redacted: ]')).toEqual([
      { id: 'mobile', line: 3 },
      { id: 'officer-email', line: 3 },
      { id: '', line: 4 },
    ]);
  });

  test('found in a link, code, an image, HTML or a definition is marked as misplaced, with its line', () => {
    const body = [
      'Call [redacted: mobile] or [redacted: officer-email](mailto:someone@example.org).', // 1
      'See [the note [redacted: a]](https://example.org/) and `[redacted: b]`.', // 2
      '', // 3
      '```', // 4
      '[redacted: c]', // 5
      '```', // 6
      '', // 7
      '![[redacted: d]](x.png)', // 8
      '', // 9
      '[redacted: f]: mailto:someone@example.org', // 10
      '', // 11
      '<div>[redacted: e]</div>', // 12
    ].join('\n');
    expect(findMarkers(body)).toEqual([
      { id: 'mobile', line: 1 },
      { id: 'officer-email', line: 1, misplaced: 'a link' },
      { id: 'a', line: 2, misplaced: 'a link' },
      { id: 'b', line: 2, misplaced: 'code' },
      { id: 'c', line: 5, misplaced: 'code' },
      { id: 'd', line: 8, misplaced: 'an image' },
      { id: 'f', line: 10, misplaced: 'a link reference definition' },
      { id: 'e', line: 12, misplaced: 'HTML' },
    ]);
  });

  test('renders as its reason in a span of its own, and the plain text says the same', () => {
    const body = render('Please contact the fictional officer on [redacted: mobile] or at *[redacted: officer-email]*.');
    expect(body.html).toBe('<p>Please contact the fictional officer on <span class="redacted">[Redacted: a named official\'s mobile number]</span> or at <em><span class="redacted">[Redacted: a named officer\'s e-mail address]</span></em>.</p>');
    expect(body.text).toBe("Please contact the fictional officer on [Redacted: a named official's mobile number] or at [Redacted: a named officer's e-mail address].");
  });

  test('is replaced in a recommendation\'s section too, in its HTML and its text', () => {
    const body = render('Placeholder.\n\n## Recommendation 1\n\nThe fictional lead, on [redacted: mobile], will report.\n\n- and in a list: [redacted: mobile]');
    expect(body.sections[0]!.html).toContain('<span class="redacted">[Redacted: a named official\'s mobile number]</span>, will report.');
    expect(body.sections[0]!.text).toBe("The fictional lead, on [Redacted: a named official's mobile number], will report.\n\nand in a list: [Redacted: a named official's mobile number]");
    expect(body.html).not.toContain('[redacted:');
  });

  test('is left as written where no redaction gives its id (the loader reports it), and in code', () => {
    const body = render('Call [redacted: pager] now. `[redacted: mobile]`');
    expect(body.text).toBe('Call [redacted: pager] now. [redacted: mobile]');
  });
});

describe('the reasons of a frontmatter\'s redactions', () => {
  test('are taken by id from well-formed entries, the first of an id winning, whatever else is wrong', () => {
    const frontmatter = {
      force: 42,
      redactions: [
        { id: 'mobile', date: 'not a date', reason: ' a mobile number ' },
        { id: 'mobile', reason: 'a second entry' },
        { id: 'email' },
        'not an entry',
        null,
      ],
    };
    expect([...redactionReasons(frontmatter)]).toEqual([['mobile', 'a mobile number']]);
    expect(redactionReasons({ redactions: 'none' }).size).toBe(0);
    expect(redactionReasons(null).size).toBe(0);
  });
});
