/**
 * The interface's catalogues (src/i18n/): the same keys in every language, every plural form
 * the language has, the same `{values}` in each translation, a source or a line in
 * docs/welsh.md for every Welsh term, and Welsh plurals, lists and dates as Welsh writes them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cyTerms } from '../../src/i18n/cy.ts';
import { en } from '../../src/i18n/en.ts';
import { CATALOGUES, count, LANGS, listAnd, listTally, LOCALES, pluralCategory, text, type TextKey } from '../../src/i18n/index.ts';
import { SOURCES } from '../../src/i18n/sources.ts';
import { formatDateIn } from '../../src/i18n/dates.ts';
import { INSPECTION_RECORD_FIELDS, RECORD_FIELDS } from '../../src/lib/outputs/data/data-export.ts';
import { STATUS_RECORD_FIELDS } from '../../src/lib/outputs/data/data-statuses.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const valuesOf = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const formsOf = (v: unknown): string[] => (typeof v === 'string' ? [v] : Object.values(v as Record<string, string>));

describe('the catalogues', () => {
  test('every language has exactly the English keys', () => {
    for (const lang of LANGS) expect(Object.keys(CATALOGUES[lang]).sort(), lang).toEqual(Object.keys(en).sort());
  });

  test('every count gives each plural form of its language (Welsh six, English two)', () => {
    expect(new Intl.PluralRules('cy').resolvedOptions().pluralCategories).toHaveLength(6);
    for (const lang of LANGS) {
      const categories = new Intl.PluralRules(LOCALES[lang]).resolvedOptions().pluralCategories;
      for (const [key, value] of Object.entries(CATALOGUES[lang])) {
        if (typeof value === 'string') continue;
        expect(Object.keys(value).sort(), `${lang} ${key}`).toEqual([...categories].sort());
      }
    }
  });

  test('every translation fills in the same values as the English, and each count its number', () => {
    for (const [key, value] of Object.entries(en)) {
      const english = valuesOf(formsOf(value)[0]!);
      for (const form of formsOf(CATALOGUES.cy[key as keyof typeof en])) expect(valuesOf(form), `cy ${key}: ${form}`).toEqual(english);
      if (typeof value !== 'string') expect(english).toContain('n');
    }
  });

  test('every Welsh term names a known source, and every source is a public https page', () => {
    for (const [key, term] of Object.entries(cyTerms)) if (term.source !== null) expect(SOURCES, key).toHaveProperty([term.source]);
    for (const source of Object.values(SOURCES)) expect(source.url).toMatch(/^https:\/\//);
  });

  test('docs/welsh.md lists for the translator exactly the Welsh that has no source, as the catalogue has it', () => {
    const rows = new Map([...readFileSync(resolve(ROOT, 'docs/welsh.md'), 'utf8').matchAll(/^\| `([^`]+)` \| .* \| (.*) \|$/gm)].map((m) => [m[1]!, m[2]!.replace(/\\\|/g, '|')]));
    const unsourced = Object.entries(cyTerms).filter(([, term]) => term.source === null);
    expect([...rows.keys()].sort()).toEqual(unsourced.map(([key]) => key).sort());
    for (const [key, term] of unsourced) for (const form of formsOf(term.cy)) expect(rows.get(key), key).toContain(form);
  });

  test('docs/welsh.md gives every sentence of the Welsh accessibility statement, each with the English it translates and its source', () => {
    const docs = readFileSync(resolve(ROOT, 'docs/welsh.md'), 'utf8');
    const section = docs.slice(docs.indexOf('## The Welsh accessibility statement'), docs.indexOf('## The Welsh to check'));
    const rows = [...section.matchAll(/^\| (?!Welsh \||---)(.+?) \| (.+?) \| (.+?) \|$/gm)].map((m) => [m[1]!, m[2]!, m[3]!]);
    const welsh = statementSentences('src/statement/accessibility.cy.mdx');
    const english = statementSentences('src/statement/accessibility.mdx');
    expect(welsh.length).toBeGreaterThan(40);
    // Sentence for sentence: the Welsh statement is the English one, in Welsh.
    expect(rows.map((r) => [r[0], r[1]])).toEqual(welsh.map((sentence, i) => [sentence, english[i]]));
    expect(welsh).toHaveLength(english.length);
    for (const [, , source] of rows) expect(['none: check', 'Qualifications Wales', 'Electoral Commission']).toContain(source);
    expect(rows.filter((r) => r[2] === 'none: check').length).toBeGreaterThan(30);
  });
});

describe('the data files\' field descriptions', () => {
  const files = { responses: RECORD_FIELDS, inspection: INSPECTION_RECORD_FIELDS, statuses: STATUS_RECORD_FIELDS } as const;

  test('each field of each data file is in the catalogue, its English word for word the description the files and datapackage.json carry', () => {
    const keys = Object.entries(files).flatMap(([file, fields]) => fields.map((f) => [`dataField.${file}.${f.name}`, f.description] as const));
    expect(keys.length).toBeGreaterThan(60);
    // No key for a field the files no longer have.
    expect(Object.keys(en).filter((key) => key.startsWith('dataField.')).sort()).toEqual(keys.map(([key]) => key).sort());
    for (const [key, description] of keys) {
      expect(description.length, key).toBeGreaterThan(0);
      // `text` gives it back unchanged: a description has no `{value}` for `fill` to take.
      expect(text('en', key as TextKey), key).toBe(description);
    }
  });

  test('each has its Welsh, which is not the English, keeps the field names it mentions, and is listed for the translator', () => {
    for (const [file, fields] of Object.entries(files)) {
      for (const field of fields) {
        const key = `dataField.${file}.${field.name}` as TextKey;
        const welsh = text('cy', key);
        expect(welsh, key).not.toBe(field.description);
        // The values and other fields a description names (in the data files' own words) are named in the Welsh too.
        const named = [...field.description.matchAll(/\b(pcc-response|force-response|inspectorate-letter|on-time|not-applicable|not-addressed|daysFromReport|evidence|latestEvidence|responses\.json|statuses\.csv|YYYY-MM-DD|YYYY-MM)\b/g)].map((m) => m[1]);
        for (const name of named) expect(welsh, `${key}: ${name}`).toContain(name);
        expect(cyTerms[key].source, key).toBeNull();
      }
    }
  });
});

/**
 * The sentences of a statement's text, as a reader reads them: its headings, paragraphs and
 * list items split at each full stop or colon before a capital, with `{name}` for what the
 * page fills in, and links as their words; the compliance sentence, the page's, left out.
 */
function statementSentences(file: string): string[] {
  const body = readFileSync(resolve(ROOT, file), 'utf8').split(/^---$/m).slice(2).join('---');
  return body.split('\n').map((line) => line.trim())
    .filter((line) => line && !line.startsWith('<p>{'))
    .map((line) => line.replace(/^#+\s*/, '').replace(/^-\s+/, '')
      .replace(/<a href=\{[^}]*\}>\{props\.view\.(\w+)\}<\/a>/g, '{$1}')
      .replace(/\{props\.view\.(\w+)\}/g, '{$1}')
      .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'))
    .flatMap((line) => line.split(/(?<=[.:])\s+(?=[A-Z])/));
}

describe('Welsh counts', () => {
  test('0, 1, 2, 3, 6 and 20 fall in the six Welsh plural categories', () => {
    expect([0, 1, 2, 3, 6, 20].map((n) => pluralCategory('cy', n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  test('"dogfen" (feminine) takes the soft mutation after 1 and 2 only, and stays singular after every number', () => {
    expect([0, 1, 2, 3, 6, 20].map((n) => count('cy', 'count.document', n))).toEqual([
      '0 dogfen', '1 ddogfen', '2 ddogfen', '3 dogfen', '6 dogfen', '20 dogfen',
    ]);
  });

  test('"diwrnod" (masculine) mutates after 2 (dau ddiwrnod) and not after 1', () => {
    expect(count('cy', 'count.day', 1)).toBe('1 diwrnod');
    expect(count('cy', 'count.day', 2)).toBe('2 ddiwrnod');
    expect(count('cy', 'count.day', 56)).toBe('56 diwrnod');
  });

  test('English keeps its two forms', () => {
    expect([0, 1, 2, 20].map((n) => count('en', 'count.document', n))).toEqual(['0 documents', '1 document', '2 documents', '20 documents']);
  });
});

describe('Welsh lists and dates', () => {
  test('"and" is "a" before a consonant and "ac" before a vowel, never ICU\'s "a(c)"', () => {
    expect(listAnd('cy', ['Gwent', 'Dyfed-Powys', 'Gogledd Cymru'])).toBe('Gwent, Dyfed-Powys a Gogledd Cymru');
    expect(listAnd('cy', ['Gwent', 'Ynys Môn'])).toBe('Gwent ac Ynys Môn');
    expect(listAnd('cy', ['Gwent', 'Abertawe'])).toBe('Gwent ac Abertawe');
    expect(listAnd('cy', ['Gwent'])).toBe('Gwent');
    expect(listAnd('en', ['a', 'b', 'c'])).toBe('a, b and c');
    expect(listTally('cy', ['3 ar y gweill', '1 wedi\'i gwblhau'])).toBe('3 ar y gweill, 1 wedi\'i gwblhau');
  });

  test('dates read as the Welsh pages write them: "27 Medi 2019", the month alone "Medi 2019"', () => {
    expect(formatDateIn('cy', '2019-09-27')).toBe('27 Medi 2019');
    expect(formatDateIn('cy', '2023-09-13')).toBe('13 Medi 2023');
    expect(formatDateIn('cy', '2019-09')).toBe('Medi 2019');
    const months = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
    expect(months.map((_, i) => formatDateIn('cy', `2020-${String(i + 1).padStart(2, '0')}-01`))).toEqual(months.map((m) => `1 ${m} 2020`));
    expect(formatDateIn('en', '2019-09-27')).toBe('27 September 2019');
  });

  test('text fills in its values', () => {
    expect(text('cy', 'layout.publishedBy', { office: 'Swyddfa Ffug' })).toBe('Cyhoeddwyd gan Swyddfa Ffug.');
    expect(text('en', 'timeliness.onTimeDay', { day: 3, period: 56 })).toBe('On time: day 3 of 56');
  });
});
