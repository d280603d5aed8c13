/**
 * Awkward but valid content: the valid fixture plus every edge the site must survive —
 * a force whose only document is one response, an inspection nobody has answered, a 2 MB
 * response, a byte-order mark, Windows line endings, Welsh names with diacritics and a very
 * long title. Built once by the global setup, so every quality gate runs over its pages.
 */
import type { Edit } from '../fixtures/fixtures.ts';

/** A title far longer than any real one, with a word too long for a phone's screen. */
export const LONG_TITLE =
  'Fictional review of an extraordinarily long placeholder inspection whose title goes on and on, ' +
  'covering vetting, custody, call handling, neighbourhood policing, digital evidence, ' +
  'Placeholderwordwithoutanyspacesthatisfartoolongtofitonanarrowscreen and the rest, ' +
  'so that no heading, table or list can assume a title fits on one line';

export const LONG_INSPECTION = 'long-placeholder-review-2024';
export const UNANSWERED_INSPECTION = 'unanswered-placeholder-review-2023';
/** A fictional force with a Welsh name that needs diacritics. */
export const WELSH_FORCE = { id: 'glannau-gwyr', name: 'Heddlu Glannau Gŵyr', policingBody: 'Comisiynydd Heddlu a Throseddu Glannau Gŵyr' };
/** The document of 2 MB or more, in Windows line endings. */
export const LARGE_RESPONSE = `northshire/${LONG_INSPECTION}`;
export const BOM_RESPONSE = `westmere/${LONG_INSPECTION}`;
/** Eastmarch has no other document. */
export const ONLY_RESPONSE = `eastmarch/${LONG_INSPECTION}`;
export const WELSH_RESPONSE = `${WELSH_FORCE.id}/${LONG_INSPECTION}`;
export const LARGE_RESPONSE_BYTES = 2 * 1024 * 1024;

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

function inspection(title: string, recommendations: string[]): string {
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    'published: 2024-02-01',
    'kind: national-thematic',
    'scope: all',
    'recommendations:',
    ...recommendations.flatMap((id) => [
      `  - id: "${id}"`,
      `    title: Placeholder recommendation ${id} of a review whose recommendations have long labels too`,
      '    text: Placeholder text for a fictional recommendation.',
      '    addressedTo: [all forces]',
    ]),
    '---',
    '',
    'Placeholder summary of a fictional inspection report.',
    '',
  ].join('\n');
}

function response(force: string, body: string, extra: string[] = []): string {
  return ['---', `force: ${force}`, `inspection: ${LONG_INSPECTION}`, 'date: 2024-03-01', ...extra, 'recommendations:', '  "1": complete', '  "2": in-progress', '---', '', body, ''].join('\n');
}

/** A body of at least 2 MB in a few hundred long paragraphs, with sections for recommendations 1 and 2. */
function largeBody(): string {
  const paragraph = 'Placeholder text of a very large fictional response, repeated to make the file big. '.repeat(50).trim();
  const parts = ['Placeholder opening paragraph.', '## Recommendation 1', 'Placeholder answer to recommendation 1.', '## Recommendation 2', 'Placeholder answer to recommendation 2.', '## Appendix'];
  let size = parts.join('\n\n').length;
  while (size < LARGE_RESPONSE_BYTES) {
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  return parts.join('\n\n');
}

/** The edits that turn the valid fixture into the awkward site. */
export function awkwardEdits(): Edit[] {
  return [
    { file: 'forces.yaml', transform: (text) => `${text}- id: ${WELSH_FORCE.id}\n  name: ${WELSH_FORCE.name}\n  policingBody: ${WELSH_FORCE.policingBody}\n  region: Wales\n` },
    { file: `inspections/${LONG_INSPECTION}.md`, write: inspection(LONG_TITLE, ['1', '2']) },
    { file: `inspections/${UNANSWERED_INSPECTION}.md`, write: inspection('Fictional review that no force has answered', ['1', '2', '3']) },
    { file: `responses/${LARGE_RESPONSE}.md`, write: crlf(response('northshire', largeBody())) },
    { file: `responses/${BOM_RESPONSE}.md`, write: `\uFEFF${crlf(response('westmere', '## Recommendation 1\n\nPlaceholder text in a file that starts with a byte-order mark.'))}` },
    { file: `responses/${ONLY_RESPONSE}.md`, write: response('eastmarch', 'Placeholder text: the only document from this fictional force.') },
    {
      file: `responses/${WELSH_RESPONSE}.md`,
      write: response(WELSH_FORCE.id, '## Recommendation 2\n\nTestun ffug gan Gomisiynydd Glannau Gŵyr: ŵ ŷ â ê î ô û.', ['lang: cy', 'author:', '  name: Siân Ŵyn', `  role: ${WELSH_FORCE.policingBody}`]),
    },
  ];
}
