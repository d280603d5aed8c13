import { describe, expect, test } from 'vitest';
import { parseYaml, splitFrontmatter, type ParsedYaml } from '../../../src/lib/basics/frontmatter.ts';
import { decodeText } from '../../../src/lib/basics/read-text.ts';

/** Parses YAML that must be valid. */
function parsed(source: string, firstLine?: number): ParsedYaml {
  const result = parseYaml(source, firstLine);
  if (!result.ok) throw new Error(`expected valid YAML, got: ${result.message}`);
  return result.yaml;
}

// A response's frontmatter as it stands in a file, lines numbered as in the file: the
// opening fence is line 1, so the YAML starts on line 2.
const RESPONSE_FILE = [
  '---', //                          1
  'force: northshire', //            2
  'inspection: lorem-ipsum', //      3
  'author:', //                      4
  '  name: A. N. Other', //          5
  '  role: Placeholder', //          6
  'recommendations:', //             7
  '  "1": complete', //              8
  '  2: in-progress', //             9
  '  4a: planned', //               10
  '---', //                         11
  '', //                            12
  'Placeholder response text.', //  13
  '',
].join('\n');

// An inspection's frontmatter, whose recommendations are a list.
const INSPECTION_YAML = [
  'title: Lorem ipsum', //           2
  'published: 2019-09-27', //        3
  'scope: [northshire, westmere]', // 4
  'recommendations:', //             5
  '  - id: "1"', //                  6
  '    title: Placeholder one', //   7
  '  - id: "2"', //                  8
  '    title: Placeholder two', //   9
  '',
].join('\n');

describe('parseYaml', () => {
  test('reads the fields', () => {
    expect(parsed('force: northshire\nrecommendations:\n  "1": complete\n').data).toEqual({
      force: 'northshire',
      recommendations: { 1: 'complete' },
    });
  });

  test('keeps dates as text, as the schemas expect', () => {
    expect(parsed('published: 2019-11-21\ndate: 2019-09\n').data).toEqual({ published: '2019-11-21', date: '2019-09' });
  });

  test('reads every value as text, so YAML changes no id, number or empty value', () => {
    expect(parsed('id: 2.10\nother: 1\nflag: true\ndate:\n').data).toEqual({ id: '2.10', other: '1', flag: 'true', date: '' });
  });

  test('reads an empty document as null', () => {
    expect(parsed('').data).toBeNull();
  });
});

describe('lineOf', () => {
  const { frontmatter } = splitFrontmatter(RESPONSE_FILE);
  const yaml = parsed(frontmatter!, 2);

  test.each([
    [['force'], 2],
    [['inspection'], 3],
    [['author'], 4],
    [['author', 'role'], 6],
    [['recommendations'], 7],
    [['recommendations', '1'], 8],
    [['recommendations', '2'], 9],
    [['recommendations', '4a'], 10],
  ] as [string[], number][])('gives the file line of %j when the YAML starts on line 2', (path, line) => {
    expect(yaml.lineOf(path)).toBe(line);
  });

  test('gives the line of the nearest parent for a field that is not there', () => {
    expect(yaml.lineOf(['recommendations', '9z'])).toBe(7);
    expect(yaml.lineOf(['author', 'name', 'deeper'])).toBe(5);
  });

  test('gives the first line of the YAML for the whole document or an unknown field', () => {
    expect(yaml.lineOf([])).toBe(2);
    expect(yaml.lineOf(['recipient'])).toBe(2);
  });

  test('follows list indexes into a list of recommendations', () => {
    const inspection = parsed(INSPECTION_YAML, 2);
    expect(inspection.lineOf(['recommendations', 0, 'id'])).toBe(6);
    expect(inspection.lineOf(['recommendations', 1])).toBe(8);
    expect(inspection.lineOf(['recommendations', 1, 'title'])).toBe(9);
    expect(inspection.lineOf(['scope', 1])).toBe(4);
  });

  test('gives the list\'s line for an index past its end', () => {
    expect(parsed(INSPECTION_YAML, 2).lineOf(['recommendations', 5])).toBe(5);
  });

  test('counts from line 1 by default, as for forces.yaml', () => {
    const forces = parsed('- id: northshire\n  name: Northshire Constabulary\n- id: westmere\n  name: Westmere Police\n');
    expect(forces.lineOf([1, 'id'])).toBe(3);
    expect(forces.lineOf([1, 'name'])).toBe(4);
  });

  test('gives the first line for an empty document', () => {
    expect(parsed('', 2).lineOf(['force'])).toBe(2);
  });
});

describe('parseYaml errors', () => {
  test('gives the file line of a field written twice, and names the field and both its lines', () => {
    // Line 1 is the fence, so the second "title" is on file line 3.
    const result = parseYaml('title: A\ntitle: B\n', 2);
    expect(result).toEqual({ ok: false, line: 3, message: expect.any(String) });
    if (result.ok) return;
    expect(result.message).toMatch(/^YAML syntax error: a field is written twice: "title", on lines 2 and 3; allowed: each field once/);
  });

  test('names a nested field written twice, not a field of the same name elsewhere', () => {
    const result = parseYaml('name: Top\nauthor:\n  name: A\n  role: B\n  name: C\n', 1);
    expect(result).toMatchObject({ ok: false, line: 5 });
    if (result.ok) return;
    expect(result.message).toContain('a field is written twice: "name", on lines 3 and 5;');
  });

  test('answers an alias bomb with one sentence at the first alias, instead of throwing', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n');
    const result = parseYaml(`force: northshire\n${bomb}\n`, 2);
    expect(result).toEqual({
      ok: false,
      line: 4,
      message: 'too many YAML aliases: aliases (`*name`) are not needed in a content or settings file; allowed: each value written out in full',
    });
  });

  test('gives the line of a compact nested mapping', () => {
    const result = parseYaml('force: northshire\ntitle: Lorem: ipsum\n', 2);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(3);
    expect(result.message).toMatch(/^YAML syntax error: .*a value with a colon in it needs quotes; allowed: valid YAML/);
    expect(result.message.match(/allowed:/g)).toHaveLength(1);
  });

  test('points at a line indented too far, not at the line before it', () => {
    // File lines: 2 author, 3 name, 4 the over-indented role.
    const result = parseYaml('author:\n  name: A. N. Other\n   role: Placeholder\n', 2);
    expect(result).toMatchObject({ ok: false, line: 4 });
    if (!result.ok) expect(result.message).toMatch(/^YAML syntax error: a line is indented further than the field before it.*; allowed: valid YAML/);
  });

  test('names a tab used for indentation', () => {
    const result = parseYaml('scope:\n\t- northshire\n', 2);
    expect(result).toMatchObject({ ok: false, line: 3 });
    if (!result.ok) expect(result.message).toMatch(/^YAML syntax error: a tab is used for indentation; allowed: spaces for indentation/);
  });

  test('points at the line where an unclosed quote opens', () => {
    const result = parseYaml('title: "Lorem ipsum\nforce: northshire\n', 2);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(2);
    expect(result.message).toMatch(/^YAML syntax error: a quote is opened and not closed; allowed: text in matching quotes/);
    // The library's own "at line N, column M" is dropped: our line is the file's.
    expect(result.message).not.toMatch(/at line \d+/);
  });

  test('counts from line 1 by default', () => {
    expect(parseYaml('a: 1\na: 2\n')).toMatchObject({ ok: false, line: 2 });
  });
});

describe('splitFrontmatter', () => {
  test('splits the YAML from the body and says where the body starts', () => {
    expect(splitFrontmatter('---\ntitle: Lorem\n---\nPlaceholder response text.\n')).toEqual({
      frontmatter: 'title: Lorem\n',
      body: 'Placeholder response text.\n',
      bodyLine: 4,
      unclosed: false,
    });
  });

  test('counts the body line past a blank line after the fence', () => {
    const split = splitFrontmatter(RESPONSE_FILE);
    expect(split.bodyLine).toBe(12);
    expect(split.body).toBe('\nPlaceholder response text.\n');
  });

  test('splits a CRLF file once its line endings are normalised', () => {
    const bytes = new TextEncoder().encode('---\r\ntitle: Lorem\r\n---\r\nPlaceholder response text.\r\n');
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(splitFrontmatter(decoded.text)).toEqual({
      frontmatter: 'title: Lorem\n',
      body: 'Placeholder response text.\n',
      bodyLine: 4,
      unclosed: false,
    });
  });

  test('says there is no frontmatter when the file does not start with a fence', () => {
    expect(splitFrontmatter('Placeholder response text.\n')).toEqual({
      frontmatter: null,
      body: 'Placeholder response text.\n',
      bodyLine: 1,
      unclosed: false,
    });
  });

  test('says there is no frontmatter when the fence is never closed', () => {
    expect(splitFrontmatter('---\ntitle: Lorem\n\nPlaceholder.\n')).toMatchObject({ frontmatter: null, unclosed: true });
  });

  test('says there is no frontmatter when the fence is not on the first line', () => {
    expect(splitFrontmatter('\n---\ntitle: Lorem\n---\nBody\n')).toMatchObject({ frontmatter: null, unclosed: false });
  });

  test('reads an empty frontmatter as empty text, not as none', () => {
    expect(splitFrontmatter('---\n---\nPlaceholder.\n')).toEqual({ frontmatter: '', body: 'Placeholder.\n', bodyLine: 3, unclosed: false });
  });

  test('allows spaces and tabs after the fences', () => {
    expect(splitFrontmatter('---  \ntitle: Lorem\n---\t\nBody\n')).toEqual({ frontmatter: 'title: Lorem\n', body: 'Body\n', bodyLine: 4, unclosed: false });
  });

  test('accepts a file that ends at the closing fence', () => {
    expect(splitFrontmatter('---\ntitle: Lorem\n---')).toMatchObject({ frontmatter: 'title: Lorem\n', body: '' });
  });

  test('stops at the first closing fence, leaving a later --- in the body', () => {
    expect(splitFrontmatter('---\ntitle: Lorem\n---\nAbove.\n\n---\n\nBelow.\n')).toMatchObject({
      frontmatter: 'title: Lorem\n',
      body: 'Above.\n\n---\n\nBelow.\n',
    });
  });
});
