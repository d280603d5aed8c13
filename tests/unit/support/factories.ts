/**
 * Small builders for the loaded content types, with made-up forces and placeholder text, so
 * each test states only the facts it is about. Bodies go through the real Markdown renderer,
 * so a document's html, text and sections are what the loader would have produced.
 */
import { createHash } from 'node:crypto';
import type { Corpus, Force, Inspection, RecommendationWithHtml, ResponseDocument } from '../../../src/lib/content/model.ts';
import { parseMarkdown, renderBody } from '../../../src/lib/text/markdown.ts';
import { findEvidenceSentences } from '../../../src/lib/text/quote-sentence.ts';
import { createSite, type Site } from '../../../src/lib/site/site.ts';

/** A fictional force; the id is the one thing most tests care about. */
export function makeForce(overrides: Partial<Force> & { id: string }): Force {
  const name = overrides.id.charAt(0).toUpperCase() + overrides.id.slice(1);
  return {
    name: `${name} Police`,
    policingBody: `Police and Crime Commissioner for ${name}`,
    region: 'North East',
    ...overrides,
  };
}

/** The fictional registry most tests use, in registry order. */
export const NORTHSHIRE = makeForce({ id: 'northshire', name: 'Northshire Constabulary', region: 'North East' });
export const WESTMERE = makeForce({ id: 'westmere', name: 'Westmere Police', region: 'West Midlands' });
export const SOUTHDALE = makeForce({
  id: 'southdale',
  name: 'Southdale Police',
  policingBody: 'Southdale Police, Fire and Crime Commissioner',
  region: 'South West',
});
export const FORCES: Force[] = [NORTHSHIRE, WESTMERE, SOUTHDALE];

/** A recommendation with placeholder words, its text rendered as the loader renders it. */
export function makeRecommendation(id: string, overrides: Partial<RecommendationWithHtml> = {}): RecommendationWithHtml {
  const text = overrides.text ?? `Lorem ipsum recommendation ${id}.`;
  const rendered = renderBody(parseMarkdown(text));
  return {
    id,
    title: `Placeholder title ${id}`,
    text,
    html: rendered.html,
    plainText: rendered.text,
    addressedTo: ['all forces'],
    ...overrides,
  };
}

/** A fictional inspection: published 2019-09-27 (due 2019-11-21), for all forces, recommendations 1 to 3. */
export function makeInspection(overrides: Partial<Inspection> & { id: string }): Inspection {
  return {
    title: `Lorem ipsum inspection ${overrides.id}`,
    published: '2019-09-27',
    kind: 'national-thematic',
    scope: 'all',
    recommendations: ['1', '2', '3'].map((id) => ({ ...makeRecommendation(id), html: `<p>Lorem ipsum recommendation ${id}.</p>` })),
    file: `content/inspections/${overrides.id}.md`,
    html: '<p>Lorem ipsum dolor sit amet.</p>',
    text: 'Lorem ipsum dolor sit amet.',
    ...overrides,
  };
}

export interface ResponseOverrides extends Partial<ResponseDocument> {
  force: string;
  inspection: string;
  /** Markdown to render into html, text and sections, as the loader would. */
  body?: string;
}

/**
 * A fictional document. Its id follows the content path: `<force>/<inspection>`, with
 * `--<kind>` added for kinds other than the policing body's response.
 */
export function makeResponse({ body = 'Placeholder response text.', ...overrides }: ResponseOverrides): ResponseDocument {
  const kind = overrides.kind ?? 'pcc-response';
  const id = `${overrides.force}/${overrides.inspection}${kind === 'pcc-response' ? '' : `--${kind}`}`;
  // As the loader does: footnote ids carry the document's id, so documents on one page differ.
  const rendered = renderBody(parseMarkdown(body), { idPrefix: id.replace('/', '-') });
  return {
    id,
    file: `content/responses/${id}.md`,
    kind,
    lang: 'en',
    recommendations: {},
    evidence: {},
    reasons: {},
    updates: [],
    corrections: [],
    redactions: [],
    personalDataKept: [],
    // As the loader does, of the file's whole text: here, of what the document is made from.
    sourceDigest: createHash('sha256').update(JSON.stringify([body, overrides])).digest('base64url'),
    html: rendered.html,
    text: rendered.text,
    sections: rendered.sections,
    ...overrides,
    // As the loader does: each quotation in its sentences, from the document's own text and evidence.
    evidenceSentences: findEvidenceSentences(overrides.text ?? rendered.text, overrides.evidence ?? {}),
  };
}

/** A corpus with the fictional registry unless told otherwise. */
export function makeCorpus(parts: Partial<Corpus>): Corpus {
  return { forces: FORCES, inspections: [], responses: [], ...parts };
}

/** A site over a corpus built from the given parts. */
export function makeSite(parts: Partial<Corpus>, options: { base?: string; siteUrl?: string } = {}): Site {
  return createSite(makeCorpus(parts), options);
}
