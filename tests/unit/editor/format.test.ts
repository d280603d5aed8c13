/** Opening and saving a file in the editor loses nothing: unchanged, it is the same bytes; one change, one line. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../../src/lib/basics/frontmatter.ts';
import { contentFields } from '../../../src/lib/editor/config.ts';
import { fromFile, SOURCE_FIELD, toFile } from '../../../src/lib/editor/file-format.ts';
import { STATUS_IDS } from '../../../src/lib/basics/statuses.ts';

import { responseSchema } from '../../../src/schemas/response.ts';
import { CONTENT } from '../../support/paths.ts';
import { VALID } from '../../fixtures/fixtures.ts';

type Form = Record<string, unknown> & { recommendations: Record<string, unknown>[] };
const fields = contentFields();

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)).sort();
}

/** The form as the editor hands it back: plain data, as after Decap's own copy of it. */
const open = (text: string, which: 'response' | 'inspection' = 'response') => JSON.parse(JSON.stringify(fromFile(fields[which], text))) as Form;

function frontmatterOf(text: string): Record<string, unknown> {
  const parsed = parseYaml(splitFrontmatter(text).frontmatter!);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.yaml.data as Record<string, unknown>;
}

function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.filter((line, i) => line !== a[i]);
}

const responses = [...filesUnder(join(CONTENT, 'responses')), ...filesUnder(join(VALID, 'responses'))];
const inspections = [...filesUnder(join(CONTENT, 'inspections')), ...filesUnder(join(VALID, 'inspections'))];

describe('the editor’s file format', () => {
  test.each(responses.map((f) => [f.slice(f.indexOf('responses/')), f]))('keeps %s byte for byte when saved unchanged', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(toFile(fields.response, open(text))).toBe(text);
  });

  test.each(inspections.map((f) => [f.slice(f.indexOf('inspections/')), f]))('keeps %s byte for byte when saved unchanged', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(toFile(fields.inspection, open(text, 'inspection'))).toBe(text);
  });

  test.each(responses.map((f) => [f.slice(f.indexOf('responses/')), f]))('changes one line of %s when one status changes', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const form = open(text);
    const entry = form.recommendations.at(-1)!;
    const status = STATUS_IDS.find((s) => s !== entry.status && s !== 'not-addressed')!;
    entry.status = status;
    const saved = toFile(fields.response, form);
    const changed = changedLines(text, saved);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(new RegExp(`^\\s+(?:status|"?${entry.id}"?): ${status}$`));
    const data = responseSchema.parse(frontmatterOf(saved));
    const written = data.recommendations[entry.id as string]!;
    expect(typeof written === 'string' ? written : written.status).toBe(status);
    expect(splitFrontmatter(saved).body).toBe(splitFrontmatter(text).body);
  });

  test('writes evidence added to an entry that had none, keeping its reasons and every comment and other line', () => {
    const text = readFileSync(join(CONTENT, 'responses/northamptonshire/shining-a-light-on-betrayal.md'), 'utf8');
    const form = open(text);
    const entry = form.recommendations.find((r) => typeof r.status === 'string' && !r.evidence)!;
    entry.evidence = ['fictional words for this test'];
    const saved = toFile(fields.response, form);
    const comments = (t: string) => t.split('\n').filter((l) => /^\s*#/.test(l));
    expect(comments(saved)).toEqual(comments(text));
    const written = responseSchema.parse(frontmatterOf(saved)).recommendations[entry.id as string];
    // Northamptonshire's unaddressed entries carry reasons and no evidence (every shipped entry is in the long form).
    expect(entry.reasons).toBeTruthy();
    expect(written).toEqual({ status: entry.status, reasons: entry.reasons, evidence: 'fictional words for this test' });
  });

  test('writes a new response that the schema accepts, with its body after the frontmatter', () => {
    const form = {
      force: 'westmere', inspection: 'vetting-review-2021', kind: 'pcc-response', date: '2026-01-15',
      author: { name: 'A. Fictional' }, recommendations: [{ id: '1', status: 'planned', evidence: ['We will review vetting.'] }, { id: '2', status: 'complete', evidence: [] }],
      body: 'We will review vetting.\n',
    };
    const saved = toFile(fields.response, form);
    expect(saved.startsWith('---\nforce: westmere\n')).toBe(true);
    expect(saved.endsWith('---\n\nWe will review vetting.\n')).toBe(true);
    expect(responseSchema.parse(frontmatterOf(saved))).toMatchObject({ recommendations: { 1: { status: 'planned', evidence: 'We will review vetting.' }, 2: 'complete' } });
  });

  test('never writes the text it keeps for itself, and reads back what it wrote', () => {
    const text = readFileSync(join(VALID, 'responses/westmere/vetting-review-2021.md'), 'utf8');
    const form = open(text);
    form.recipient = 'Fictional Home Secretary';
    const saved = toFile(fields.response, form);
    expect(saved).not.toContain(SOURCE_FIELD);
    expect(open(saved).recipient).toBe('Fictional Home Secretary');
    expect(responseSchema.parse(frontmatterOf(saved)).recipient).toBe('Fictional Home Secretary');
  });
});
