import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { formatProblem } from '../../../src/lib/problems.ts';
import { makeContent, removeContentCopies, VALID_FILES, type Edit } from '../../fixtures/fixtures.ts';

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
