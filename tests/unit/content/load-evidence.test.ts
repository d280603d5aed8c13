import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { formatProblem } from '../../../src/lib/basics/problems.ts';
import { countWithoutEvidence } from '../../../src/lib/content/evidence-rules.ts';
import { lineOf, makeContent, removeContentCopies, VALID_FILES, type Edit } from '../../fixtures/fixtures.ts';

afterAll(removeContentCopies);

const FILE = `content/${VALID_FILES.onTime}`;

/** The on-time fixture with its `recommendations` block replaced by `yaml`. */
function withRecommendations(yaml: string, more: Edit[] = []) {
  const copy = makeContent([
    { file: VALID_FILES.onTime, transform: (text) => text.replace(/recommendations:\n(?: {2}.*\n)+/, `recommendations:\n${yaml}`) },
    ...more,
  ]);
  const { corpus, problems } = loadContent(copy.dir, copy.root);
  return { corpus, problems: problems.filter((p) => p.file === FILE).map(formatProblem), dir: copy.dir };
}

describe('a recommendation\'s long form, with evidence', () => {
  test('loads its status with the others and its quotations apart, in the order written', () => {
    const { corpus } = withRecommendations([
      '  "1":',
      '    status: complete',
      '    evidence: "Placeholder text for a fictional response to recommendation 1."',
      '  "2": in-progress',
      '  "4a":',
      '    status: planned',
      '    evidence:',
      '      - "with a safe link"',
      '      - Placeholder text for a fictional response.',
      '',
    ].join('\n'));
    const document = corpus.responses.find((r) => r.file === FILE)!;
    expect(document.recommendations).toEqual({ '1': 'complete', '2': 'in-progress', '4a': 'planned' });
    expect(document.evidence).toEqual({
      '1': ['Placeholder text for a fictional response to recommendation 1.'],
      '4a': ['with a safe link', 'Placeholder text for a fictional response.'],
    });
  });

  test('gives a document in the short form no evidence at all', () => {
    const { corpus } = withRecommendations('  "1": complete\n  "2": in-progress\n  "4a": planned\n');
    expect(corpus.responses.find((r) => r.file === FILE)!.evidence).toEqual({});
  });
});

/** Every status of the on-time fixture with its evidence. */
const ALL_QUOTED = '  "1":\n    status: complete\n    evidence: "to recommendation 1"\n  "2":\n    status: in-progress\n    evidence: "Placeholder text"\n  "4a":\n    status: planned\n    evidence: "with a safe link."\n';

describe('statuses without quoted evidence', () => {
  test('are warnings, never errors, counted for npm run check\'s summary', () => {
    const copy = makeContent();
    const { problems } = loadContent(copy.dir, copy.root);
    const unquoted = problems.filter((p) => p.message.startsWith('no quoted evidence'));
    // The valid fixture's one short-form status that is not not-addressed.
    expect(unquoted).toEqual([expect.objectContaining({ severity: 'warning', file: FILE, field: 'recommendations.2' })]);
    expect(countWithoutEvidence(problems)).toBe(1);
  });

  test('are not warned about in an update, whose words come from elsewhere', () => {
    const { problems } = withRecommendations(ALL_QUOTED, [
      { file: VALID_FILES.onTime, transform: (text) => text.replace(/\n---\n/, '\nupdates:\n  - date: 2021-09-01\n    recommendations:\n      "2": complete\n---\n') },
    ]);
    expect(problems).toEqual([]);
  });

  test('an update\'s evidence on not-addressed is an error at its line', () => {
    const { problems, dir } = withRecommendations(ALL_QUOTED, [
      { file: VALID_FILES.onTime, transform: (text) => text.replace(/\n---\n/, '\nupdates:\n  - date: 2021-09-01\n    recommendations:\n      "2":\n        status: not-addressed\n        evidence: "Placeholder words."\n---\n') },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${FILE}:${lineOf(dir, VALID_FILES.onTime, 'evidence: "Placeholder words."')}: updates\\[#1\\]\\.recommendations\\.2\\.evidence: "not-addressed" means`));
  });
});
