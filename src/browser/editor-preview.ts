/**
 * The editor's preview of a response: what the page will say, as the officer writes it. Each
 * recommendation with its status and its quotations, each marked found or not found in the
 * body (the same check as the form's), then the body's paragraphs. The site builds the real
 * page; this preview is for checking the statuses and the evidence at a glance.
 */
import { checkQuotation } from '../lib/editor/evidence-check.ts';
import { STATUSES } from '../lib/basics/statuses.ts';
import type { EditorSetup } from '../lib/editor/setup.ts';

type Hyperscript = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
}
interface Entry {
  id?: string;
  status?: string;
  evidence?: string[];
  reasons?: string;
}

const LABELS = new Map<string, string>(STATUSES.map((s) => [s.id, s.label]));

/** The preview's own styles: plain, readable, the statuses as words (the site's colours are on the built page). */
export const PREVIEW_STYLE = `
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 1.5rem; color: #0b0c0c; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border-bottom: 1px solid #b1b4b6; padding: .5rem; text-align: left; vertical-align: top; }
.found { color: #00703c; } .missing { color: #d4351c; font-weight: bold; }
q { display: block; margin-bottom: .25rem; }
`;

const toPlain = (value: unknown): unknown => (value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS(): unknown }).toJS() : value);

/** The preview template for responses, drawn with Decap's `h` and `createClass`. */
export function responsePreview(h: Hyperscript, createClass: (spec: Record<string, unknown>) => unknown, recommendations: EditorSetup['recommendations']): unknown {
  return createClass({
    render(this: { props: PreviewProps }) {
      const { entry } = this.props;
      const text = (path: string[]) => String(entry.getIn(['data', ...path]) ?? '');
      const body = text(['body']);
      const titles = new Map((recommendations[text(['inspection'])] ?? []).map((r) => [r.id, r.title]));
      const entries = (toPlain(entry.getIn(['data', 'recommendations'])) as Entry[] | undefined) ?? [];
      const rows = entries.map((item, i) => h('tr', { key: i },
        h('th', { scope: 'row' }, item.id ? `${item.id}. ${titles.get(item.id) ?? ''}` : 'No recommendation chosen'),
        h('td', null, LABELS.get(item.status ?? '') ?? 'No status'),
        h('td', null, ...(item.evidence ?? []).filter(Boolean).map((quote, j) => {
          const found = checkQuotation(body, quote).state !== 'missing';
          return h('q', { key: j, className: found ? 'found' : 'missing' }, found ? quote : `${quote} (not in the body)`);
        }), item.reasons ? h('p', null, `Why this status: ${item.reasons}`) : null),
      ));
      return h('article', null,
        h('p', null, `${text(['force'])} · ${text(['kind']) || 'pcc-response'}${text(['date']) ? ` · ${text(['date'])}` : ''}`),
        h('h1', null, `Response to ${text(['inspection']) || 'an inspection not yet chosen'}`),
        h('table', null,
          h('caption', null, 'The status this document gives each recommendation'),
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Recommendation'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Quoted evidence'))),
          h('tbody', null, ...rows)),
        h('h2', null, 'The document'),
        ...body.split(/\n{2,}/).filter((p) => p.trim()).map((paragraph, i) => h('p', { key: i }, paragraph)));
    },
  });
}
