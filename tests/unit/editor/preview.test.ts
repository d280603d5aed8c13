/**
 * The editor's preview of a response (src/lib/views/editor-preview.ts): made from the form's
 * data with the site's own functions, as the browser makes it (remark for the parser). The
 * names and words are fictional.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { toPreviewView, type PreviewEntry, type PreviewNames } from '../../../src/lib/views/editor-preview.ts';

const remark = unified().use(remarkParse).use(remarkGfm);
const parse = (markdown: string) => remark.parse(markdown) as Root;

const names: PreviewNames = {
  forces: { eastmarch: 'Eastmarch Police' },
  inspections: {
    'vetting-review-2021': {
      title: 'Fictional vetting review',
      recommendations: [{ id: '1', title: 'Review the vetting backlog' }, { id: '2', title: 'Appoint a vetting manager' }, { id: '3', title: 'Report to the panel' }],
    },
  },
};

const body = '## Recommendation 1\n\nThe fictional office will review its vetting backlog by March, as the panel asked.\n\nThe fictional office has already appointed a vetting manager.\n';

const entry: PreviewEntry = {
  force: 'eastmarch',
  inspection: 'vetting-review-2021',
  date: '2021-08-20',
  author: { name: 'A. Fictional', role: 'Commissioner' },
  recommendations: [
    { id: '2', status: 'complete', evidence: ['has already appointed a vetting manager'] },
    { id: '1', status: 'planned', evidence: ['will review its vetting backlog by March', 'words the office never wrote'], reasons: 'A date is given.' },
  ],
  body,
};

describe('the editor’s preview of a response', () => {
  test('shows the page’s heading, facts and a row for each of the inspection’s recommendations, in its order, with status names', () => {
    const view = toPreviewView(entry, names, parse);
    expect(view.kicker).toBe('Eastmarch Police · Policing body\'s response');
    expect(view.title).toBe('Response to Fictional vetting review');
    expect(view.facts).toContainEqual({ label: 'Date', value: '20 August 2021' });
    expect(view.facts).toContainEqual({ label: 'From', value: 'A. Fictional, Commissioner' });
    expect(view.recommendations.map((r) => [r.id, r.status.label, r.status.colour])).toEqual([
      ['1', 'Planned', 'p'], ['2', 'Complete', 'g'], ['3', 'No status given', 'r'],
    ]);
    expect(view.recommendations[0]!.reasons).toBe('A date is given.');
  });

  test('gives each quotation in its sentence, flags one the body has not, and marks the found ones in the body', () => {
    const view = toPreviewView(entry, names, parse);
    const [found, missing] = view.recommendations[0]!.evidence;
    expect(found).toEqual({ before: 'The fictional office ', quoted: 'will review its vetting backlog by March', after: ', as the panel asked.', found: true });
    expect(missing).toMatchObject({ quoted: 'words the office never wrote', found: false });
    expect(view.html).toContain('<mark>will review its vetting backlog by March</mark>');
    expect(view.html).toContain('<mark>has already appointed a vetting manager</mark>');
    expect(view.html).not.toContain('never wrote');
    // The body's headings sit under the page's "The document" (an h2), as on the site.
    expect(view.html).toMatch(/^<h3 id="recommendation-1">Recommendation 1<\/h3>/);
  });

  test('refuses a body the site will not publish, saying why, instead of showing it', () => {
    const view = toPreviewView({ ...entry, body: 'Text with <span>raw HTML</span>.\n' }, names, parse);
    expect(view.html).toBe('');
    expect(view.issues).toHaveLength(1);
    expect(view.issues[0]).toMatch(/^Line 1: .*HTML/i);
  });

  test('shows a form not yet filled in without failing', () => {
    const view = toPreviewView({}, names, parse);
    expect(view.kicker).toBe('No force chosen · Policing body\'s response');
    // A recommendation or a quotation just added is null until something is chosen or typed.
    const adding = toPreviewView({ ...entry, recommendations: [null, { id: '1', status: null, evidence: [null, ''] }, { id: null }] }, names, parse);
    expect(adding.recommendations.map((r) => [r.id, r.status.label, r.evidence])).toEqual([['1', 'No status given', []], ['2', 'No status given', []], ['3', 'No status given', []]]);
    expect(view.title).toBe('Response to an inspection not yet chosen');
    expect(view.recommendations).toEqual([]);
    expect(view.html).toBe('');
  });
});
