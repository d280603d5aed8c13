/**
 * The editor's preview of a response, in the site's own style: the document's page as the
 * site will show it (src/lib/views/editor-preview.ts makes it, with the site's own functions),
 * drawn with Decap's `h` in the markup of the page's template and components
 * (src/pages/responses/[force]/[document].astro, TableRegion, StatusTag, QuoteInSentence,
 * Reasons), styled by the site's own stylesheet (`admin/preview.css`, src/pages/admin/preview.css.ts).
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toPreviewView, type PreviewEntry, type PreviewNames, type PreviewQuote } from '../lib/views/editor-preview.ts';

type Hyperscript = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
}

/** The site's stylesheet, served by the site itself beside the editor. */
export const PREVIEW_STYLE = 'preview.css';

/** remark with GitHub's extensions gives the mdast Sätteri gives the build (tests/unit/markdown-parser.test.ts). */
const remark = unified().use(remarkParse).use(remarkGfm);
/**
 * The preview is drawn again on every change to the form. Parsing is most of its time (some
 * 45 ms for an 8,000-character letter, against 2 ms to copy the tree), so the last body's tree
 * is kept and a copy given while the body is unchanged (renderBody writes ids into the tree).
 */
let last: { markdown: string; tree: Root } | undefined;
function parse(markdown: string): Root {
  if (last?.markdown !== markdown) last = { markdown, tree: remark.parse(markdown) as Root };
  return structuredClone(last.tree);
}

const toPlain = (value: unknown): unknown => (value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS(): unknown }).toJS() : value);

/** The quotation as QuoteInSentence.astro draws it; one the body has not, flagged as the form flags it. */
function quote(h: Hyperscript, q: PreviewQuote, key: number): unknown {
  if (!q.found) return h('span', { key, 'data-evidence-check': 'missing' }, h('q', null, q.quoted), ' ', h('strong', null, '(not in the body)'));
  return q.before || q.after
    ? h('q', { key, className: 'in-sentence' }, q.before, h('mark', null, q.quoted), q.after)
    : h('q', { key }, q.quoted);
}

/** The preview template for responses, drawn with Decap's `h` and `createClass`. */
export function responsePreview(h: Hyperscript, createClass: (spec: Record<string, unknown>) => unknown, names: PreviewNames): unknown {
  return createClass({
    render(this: { props: PreviewProps }) {
      const data = (toPlain(this.props.entry.getIn(['data'])) ?? {}) as PreviewEntry;
      const view = toPreviewView(data, names, parse);
      const rows = view.recommendations.map((rec) => h('tr', { key: rec.id },
        h('th', { scope: 'row' }, `${rec.id}. ${rec.title}`),
        h('td', { 'data-label': 'Status' },
          h('span', { className: `tag ${rec.status.colour}` }, rec.status.label),
          rec.reasons ? h('details', { className: 'reasons' }, h('summary', null, 'Why this status'), h('p', null, rec.reasons)) : null),
        h('td', { 'data-label': 'Quoted evidence', className: rec.evidence.length ? 'evidence' : 'none' },
          ...(rec.evidence.length ? rec.evidence.flatMap((q, i) => (i > 0 ? [' … ', quote(h, q, i)] : [quote(h, q, i)])) : ['No quoted evidence']))));
      return h('main', { className: 'width', id: 'main' },
        h('p', { className: 'kicker' }, view.kicker),
        h('h1', null, view.title),
        h('dl', { className: 'facts' }, ...view.facts.flatMap((f) => [h('dt', { key: `t-${f.label}` }, f.label), h('dd', { key: `d-${f.label}` }, f.value)])),
        h('h2', null, 'Recommendations'),
        h('section', { className: 'table-region stacked', 'aria-labelledby': 'statuses-caption', tabIndex: 0 },
          h('table', { id: 'statuses' },
            h('caption', { id: 'statuses-caption' }, 'The status this document gives each recommendation'),
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Recommendation'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Quoted evidence'))),
            h('tbody', null, ...rows))),
        h('h2', null, 'The document'),
        view.issues.length
          ? h('div', { role: 'alert' }, h('p', null, 'The site will not publish this body as it is:'), h('ul', null, ...view.issues.map((issue, i) => h('li', { key: i }, issue))))
          : h('article', { className: 'prose document', dangerouslySetInnerHTML: { __html: view.html } }));
    },
  });
}
