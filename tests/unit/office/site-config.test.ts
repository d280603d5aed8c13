import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { checkConfigAgainstContent, scopeCorpus } from '../../../src/lib/content/scope.ts';
import { DEFAULT_CONFIG, readSiteConfig, withEnvironment } from '../../../src/lib/settings/office-settings.ts';
import { VALID } from '../../fixtures/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'pcc-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a configuration file and reads it back as the build would. */
function read(json: string) {
  const file = join(dir, `site.config.${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, json);
  return readSiteConfig(file, { root: dir });
}

const corpus = loadContent(VALID).corpus;

describe('the office settings file', () => {
  test('fills in the defaults for what it leaves out', () => {
    const { config, problems } = read('{ "title": "Northshire responses", "force": "northshire" }');
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ title: 'Northshire responses', force: 'northshire', base: '/', compareWithOtherForces: false, colours: DEFAULT_CONFIG.colours });
  });

  test('says the statuses are the site\'s reading unless the office says whose they are, in one sentence', () => {
    expect(read('{}').config.statusReading).toBe("Statuses are this site's reading of each document; each shows the words it rests on.");
    const own = read('{ "statusReading": "Statuses are the fictional office\'s own." }');
    expect(own.problems).toEqual([]);
    expect(own.config.statusReading).toBe("Statuses are the fictional office's own.");
    expect(read('{\n  "statusReading": ""\n}').problems).toEqual([expect.objectContaining({ line: 2, field: 'statusReading' })]);
  });

  test('builds in English unless the office lists its languages: en and cy, each once, Welsh alone allowed', () => {
    expect(read('{}').config.languages).toEqual(['en']);
    expect(read('{ "languages": ["en", "cy"] }')).toMatchObject({ problems: [], config: { languages: ['en', 'cy'] } });
    expect(read('{ "languages": ["cy"] }')).toMatchObject({ problems: [], config: { languages: ['cy'] } });
    for (const wrong of ['["en", "fr"]', '["cy", "cy"]', '[]', '"cy"']) {
      const { problems } = read(`{\n  "title": "Fictional responses",\n  "languages": ${wrong}\n}`);
      expect(problems, wrong).toEqual([expect.objectContaining({ line: 3, field: expect.stringMatching(/^languages/) })]);
      expect(problems[0]!.message, wrong).toMatch(/allowed: a list of "en" and "cy", each at most once, e\.g\. \["en"\] or \["en", "cy"\]$/);
    }
  });

  test('takes Welsh beside English, or alone, with no problem: every word of the Welsh pages is in Welsh', () => {
    const file = join(dir, 'site.config.welsh.json');
    writeFileSync(file, '{\n  "title": "Fictional responses",\n  "languages": ["en", "cy"]\n}');
    expect(readSiteConfig(file, { root: dir })).toMatchObject({ problems: [], config: { languages: ['en', 'cy'] } });
  });

  test('reads true and false as yes and no, not as text', () => {
    const { config, problems } = read('{ "force": "northshire", "compareWithOtherForces": true }');
    expect(problems).toEqual([]);
    expect(config.compareWithOtherForces).toBe(true);
  });

  test('names the line of a JSON syntax error: a comma left over, or left out, at the end of its line', () => {
    const { problems } = read('{\n  "title": "Northshire responses",\n  "force": "northshire",\n}');
    expect(problems).toEqual([expect.objectContaining({ line: 3, field: 'json' })]);
    expect(problems[0]!.message).toMatch(/^is not valid JSON: expected double-quoted property name; allowed: valid JSON/);
    const missing = read('{\n  "editor": { "repository": "northshire-pcc/responses" }\n  "title": "Northshire responses"\n}').problems;
    expect(missing).toEqual([expect.objectContaining({ line: 2, field: 'json' })]);
    expect(missing[0]!.message).toMatch(/^is not valid JSON: expected ',' or '}' after property value; allowed: valid JSON/);
  });

  test('names both lines of a field written twice, in words that do not say YAML', () => {
    const { problems } = read('{\n  "title": "Northshire responses",\n  "title": "Northshire"\n}');
    expect(problems).toEqual([expect.objectContaining({ line: 3, field: 'json' })]);
    expect(problems[0]!.message).toMatch(/^a field is written twice: "title", on lines 2 and 3; allowed:/);
  });

  test('means the defaults when there is no file, unless one was named', () => {
    expect(readSiteConfig(join(dir, 'none.json')).problems).toEqual([]);
    expect(readSiteConfig(join(dir, 'none.json'), { root: dir, required: true }).problems[0]?.message).toMatch(/^there is no configuration file here; allowed:/);
  });

  test('names the line, the field and a near-miss for a misspelt field', () => {
    const { problems } = read('{\n  "title": "Northshire responses",\n  "colors": {}\n}');
    expect(problems).toEqual([expect.objectContaining({ line: 3, field: 'colors' })]);
    expect(problems[0]!.message).toContain('unknown field "colors" (did you mean "colours"?)');
  });

  test('refuses header text that is too faint on the header colour, giving the ratio', () => {
    const { problems } = read('{\n  "colours": {\n    "brand": "#1d3b5c",\n    "brandText": "#4a6b8c"\n  }\n}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 4, field: 'colours.brandText', severity: 'error' });
    expect(problems[0]!.message).toMatch(/^header text and links: #4a6b8c on #1d3b5c has a contrast ratio of \d\.\d\d:1, too low to read; allowed: at least 4\.5:1 \(WCAG 2\.2 AA\)$/);
  });

  test('refuses a light link colour and a dark focus colour', () => {
    const fields = read('{ "colours": { "link": "#7fa7d9", "focus": "#333333" } }').problems.map((p) => p.field);
    expect([...new Set(fields)]).toEqual(['colours.link', 'colours.focus']);
  });

  test('points at the colour the office set when a default no longer contrasts with it', () => {
    // A pale header: the default yellow focus highlight no longer stands out on it (3:1).
    const { problems } = read('{\n  "colours": {\n    "brand": "#fff7d6",\n    "brandText": "#0b0c0c"\n  }\n}');
    expect(problems).toEqual([expect.objectContaining({ line: 3, field: 'colours.brand' })]);
    expect(problems[0]!.message).toMatch(/^focus highlight in the header: #ffdd00 on #fff7d6 has a contrast ratio of 1\.\d\d:1/);
  });

  test('refuses a colour that is not #rrggbb, a base path without slashes and a site address without https', () => {
    const fields = read('{ "colours": { "brand": "navy" }, "base": "responses", "siteUrl": "http://www.example.org/" }').problems.map((p) => p.field);
    expect(fields.sort()).toEqual(['base', 'colours.brand', 'siteUrl']);
  });

  test('reports a logo file that is not there', () => {
    const { problems } = read('{ "logo": { "src": "missing-logo.svg", "alt": "Northshire OPCC" } }');
    expect(problems[0]).toMatchObject({ field: 'logo.src' });
  });

  test('lets PCC_BASE and PCC_SITE_URL override the file, for tests and benchmarks', () => {
    const config = withEnvironment(DEFAULT_CONFIG, { PCC_BASE: '/pcc-responses/', PCC_SITE_URL: 'https://example.org' });
    expect(config.base).toBe('/pcc-responses/');
    expect(config.siteUrl).toBe('https://example.org');
  });

  test('suggests the nearest force for an unknown force id', () => {
    const [problem] = checkConfigAgainstContent({ ...DEFAULT_CONFIG, force: 'northshir' }, join(dir, 'site.config.json'), corpus, dir);
    expect(problem?.message).toMatch(/^unknown force "northshir" \(did you mean "northshire"\?\)/);
  });
});

describe('a site for one force', () => {
  test('shows only that force and its documents, on the inspections that concern it', () => {
    const scoped = scopeCorpus(corpus, { force: 'eastmarch', compareWithOtherForces: false });
    expect(scoped.forces.map((f) => f.id)).toEqual(['eastmarch']);
    expect(scoped.inspections.map((i) => i.id)).toEqual(['vetting-review-2021']); // custody review is for two other forces
    expect(scoped.responses).toEqual([]);
    const northshire = scopeCorpus(corpus, { force: 'northshire', compareWithOtherForces: false });
    expect(new Set(northshire.responses.map((r) => r.force))).toEqual(new Set(['northshire']));
  });

  test('keeps other forces on its inspections when the office opts in to compare', () => {
    const scoped = scopeCorpus(corpus, { force: 'eastmarch', compareWithOtherForces: true });
    expect(scoped.forces).toHaveLength(corpus.forces.length);
    expect(new Set(scoped.responses.map((r) => r.inspection))).toEqual(new Set(['vetting-review-2021']));
    expect(scoped.responses.some((r) => r.force === 'westmere')).toBe(true);
  });

  test('changes nothing without a force', () => {
    expect(scopeCorpus(corpus, { compareWithOtherForces: false })).toBe(corpus);
  });
});
