/**
 * The valid fixture, and the named fixtures that are unusual but legitimate: none of them
 * may produce an error.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { getTimeliness } from '../../../src/lib/site/deadline.ts';
import { formatProblem } from '../../../src/lib/basics/problems.ts';
import { ACCEPTED_FIXTURES, LARGE_BODY_BYTES, VERY_LONG_TITLE, WELSH, type AcceptedFixture } from '../../fixtures/accepted.ts';
import { FORCE_IDS, INSPECTION_IDS, removeContentCopies, VALID_FILES as F } from '../../fixtures/fixtures.ts';
import { formattedErrors, loadFixture } from './expect-problem.ts';

afterAll(removeContentCopies);

const loaded = new Map<string, ReturnType<typeof loadFixture>>();
/** Loads an accepted fixture once per file: the 2 MB one takes seconds. */
function loadAccepted(name: keyof typeof ACCEPTED_FIXTURES) {
  if (!loaded.has(name)) loaded.set(name, loadFixture(ACCEPTED_FIXTURES[name].edits));
  return loaded.get(name)!;
}

/** `responses/northshire/x.md` → `northshire/x`, the document's id. */
const idOf = (file: string) => file.replace(/^responses\//, '').replace(/\.md$/, '');

describe('the valid fixture', () => {
  const { result } = loadFixture();
  const { corpus } = result;

  test('loads with no errors, warning only that Westmere does not address recommendation 4a and that Northshire\'s recommendation 2 has no quoted evidence', () => {
    expect(result.problems.map((p) => [p.severity, p.file, p.field])).toEqual([
      ['warning', `content/${F.onTime}`, 'recommendations.2'],
      ['warning', `content/${F.late}`, 'recommendations.4a'],
    ]);
  });

  test('has its four forces, two inspections and five documents', () => {
    expect(corpus.forces.map((f) => f.id)).toEqual([...FORCE_IDS]);
    expect(corpus.inspections.map((i) => i.id).sort()).toEqual([...INSPECTION_IDS]);
    expect(corpus.responses.map((r) => r.id)).toEqual(
      [F.welsh, F.onTime, F.forceResponse, F.undated, F.late].map(idOf),
    );
  });

  test('has a force with no documents, which is not an error', () => {
    expect(corpus.forces.map((f) => f.id)).toContain('eastmarch');
    expect(corpus.responses.filter((r) => r.force === 'eastmarch')).toEqual([]);
  });

  test('has one inspection published on a day and one known only to the month', () => {
    const published = Object.fromEntries(corpus.inspections.map((i) => [i.file.replace(/^content\//, ''), i.published]));
    expect(published[F.dayInspection]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(published[F.monthInspection]).toMatch(/^\d{4}-\d{2}$/);
    expect(corpus.inspections.find((i) => i.id === 'vetting-review-2021')!.recommendations.map((r) => r.id)).toEqual(['1', '2', '4a']);
    expect(corpus.inspections.find((i) => i.id === 'custody-review-2022')!.scope).toEqual(['northshire', 'westmere']);
  });

  test('names its documents for what they show: on time, late, undated, a second kind, Welsh', () => {
    const byId = new Map(corpus.responses.map((r) => [r.id, r]));
    const inspection = (id: string) => corpus.inspections.find((i) => i.id === id)!;
    const timeliness = (file: string) => {
      const doc = byId.get(idOf(file))!;
      return getTimeliness(doc, inspection(doc.inspection).published).status;
    };
    expect(timeliness(F.onTime)).toBe('on-time');
    expect(timeliness(F.late)).toBe('late');
    expect(timeliness(F.undated)).toBe('undated');
    expect(byId.get(idOf(F.forceResponse))!.kind).toBe('force-response');
    expect(byId.get(idOf(F.welsh))!.lang).toBe('cy');
  });
});

describe('unusual but legitimate content', () => {
  for (const [name, fixture] of Object.entries(ACCEPTED_FIXTURES) as [keyof typeof ACCEPTED_FIXTURES, AcceptedFixture][]) {
    test(`${name}: loads ${fixture.unusual} with no errors`, () => {
      const { result } = loadAccepted(name);
      expect(formattedErrors(result)).toEqual([]);
    });
  }

  test('byte-order-mark: reads the first field of a file that starts with a byte-order mark', () => {
    const { result } = loadAccepted('byte-order-mark');
    expect(result.corpus.forces[0]!.id).toBe('northshire');
    expect(result.corpus.responses.find((r) => r.id === idOf(F.onTime))!.force).toBe('northshire');
  });

  test('crlf-line-endings: reports an error in a CRLF file at the same line as in an LF file', () => {
    const typo = { file: F.onTime, replace: '"2": in-progress', with: '"2": in-progess' };
    const lf = formattedErrors(loadFixture([typo]).result);
    const crlf = formattedErrors(loadFixture([...ACCEPTED_FIXTURES['crlf-line-endings'].edits, typo]).result);
    expect(lf).toHaveLength(1);
    expect(crlf).toEqual(lf);
  });

  test('welsh-names: keeps Welsh names exactly as written', () => {
    const { result } = loadAccepted('welsh-names');
    const force = result.corpus.forces.find((f) => f.id === 'dyffryn')!;
    expect([force.name, force.policingBody, force.region]).toEqual([WELSH.forceName, WELSH.policingBody, 'Wales']);
    const welsh = result.corpus.responses.find((r) => r.id === idOf(F.welsh))!;
    expect([welsh.title, welsh.author?.name]).toEqual([WELSH.title, WELSH.author]);
  });

  test('very-long-title: keeps a very long title whole', () => {
    const { result } = loadAccepted('very-long-title');
    expect(result.corpus.inspections.find((i) => i.id === 'vetting-review-2021')!.title).toBe(VERY_LONG_TITLE);
    expect(result.corpus.responses.find((r) => r.id === idOf(F.onTime))!.title).toBe(VERY_LONG_TITLE);
  });

  test('two-megabyte-body: loads all of a 2 MB document', () => {
    const { result } = loadAccepted('two-megabyte-body');
    const late = result.corpus.responses.find((r) => r.id === idOf(F.late))!;
    expect(late.text.length).toBeGreaterThan(LARGE_BODY_BYTES * 0.95);
    expect(late.sections.map((s) => s.recommendation)).toEqual(['1']);
  });

  test('inspection-with-no-responses: keeps an inspection nobody has answered', () => {
    const { result } = loadAccepted('inspection-with-no-responses');
    expect(result.corpus.inspections.map((i) => i.id)).toContain('custody-review-2022');
    expect(result.corpus.responses.filter((r) => r.inspection === 'custody-review-2022')).toEqual([]);
  });
});

describe('an empty content folder', () => {
  test('has no errors and one warning, that there is no forces.yaml', () => {
    const { result } = loadFixture([], { empty: true });
    expect(formattedErrors(result)).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(formatProblem(result.problems[0]!)).toMatch(/^content\/forces\.yaml: warning: file: .*allowed: a forces\.yaml file/);
    expect(result.corpus).toEqual({ forces: [], inspections: [], responses: [] });
  });
});
