/**
 * The editor's page (`/admin/`): loads Decap CMS from the site, registers the file formats
 * that keep every unchanged byte of a file (src/lib/editor/file-format.ts), the list of an
 * inspection's recommendations, and the evidence check that runs as the officer types
 * (src/lib/editor/evidence-check.ts), then starts the editor with the configuration made from
 * the schemas and the content at build time (`admin/config.json`).
 */
import { checkQuotation } from '../lib/editor/evidence-check.ts';
import { FORMATS, WIDGETS } from '../lib/editor/config.ts';
import { fromFile, toFile } from '../lib/editor/file-format.ts';
import type { EditorSetup } from '../lib/editor/setup.ts';
import { PREVIEW_STYLE, responsePreview } from './editor-preview.ts';

/** What the page needs of Decap CMS's globals (window.CMS, window.h, window.createClass). */
interface Decap {
  init(options: { config: Record<string, unknown> }): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string }): void;
  registerWidget(name: string, control: unknown): void;
  registerPreviewTemplate(collection: string, template: unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
}
type Element = unknown;
interface Immutable {
  getIn(path: string[]): unknown;
}
interface ControlProps {
  value?: unknown;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
  entry: Immutable;
}
interface ControlThis {
  props: ControlProps;
}
type Hyperscript = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => Element;
type CreateClass = (spec: Record<string, unknown>) => unknown;

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
    h?: Hyperscript;
    createClass?: CreateClass;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((done, fail) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => done();
    script.onerror = () => fail(new Error(`The editor's program (${src}) could not be loaded.`));
    document.head.append(script);
  });
}

export async function startEditor(): Promise<void> {
  window.CMS_MANUAL_INIT = true;
  const [setup] = await Promise.all([
    fetch(new URL('config.json', document.baseURI)).then((r) => r.json() as Promise<EditorSetup>),
    loadScript(new URL('decap-cms/decap-cms.js', document.baseURI).href),
  ]);
  const cms = window.CMS!;
  cms.registerCustomFormat(FORMATS.response, 'md', {
    fromFile: (text) => fromFile(setup.fields.response, text),
    toFile: (data) => toFile(setup.fields.response, data),
  });
  cms.registerCustomFormat(FORMATS.inspection, 'md', {
    fromFile: (text) => fromFile(setup.fields.inspection, text),
    toFile: (data) => toFile(setup.fields.inspection, data),
  });
  cms.registerWidget(WIDGETS.recommendation, recommendationControl(setup.recommendations));
  cms.registerWidget(WIDGETS.quotation, quotationControl());
  cms.registerPreviewTemplate('responses', responsePreview(window.h!, window.createClass!, setup.names));
  cms.registerPreviewStyle(new URL(PREVIEW_STYLE, document.baseURI).href);
  cms.init({ config: setup.config });
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The recommendation an entry answers: chosen from the chosen inspection's list (typed, when none is chosen yet). */
function recommendationControl(byInspection: EditorSetup['recommendations']): unknown {
  const h = window.h!;
  return window.createClass!({
    render(this: ControlThis) {
      const { value, onChange, forID, classNameWrapper, entry } = this.props;
      const recommendations = byInspection[text(entry.getIn(['data', 'inspection']))];
      const change = (event: Event) => onChange((event.target as HTMLInputElement).value);
      if (!recommendations) {
        return h('input', { id: forID, className: classNameWrapper, type: 'text', value: text(value), onChange: change });
      }
      const options = [h('option', { value: '', key: '' }, 'Choose a recommendation'), ...recommendations.map((r) => h('option', { value: r.id, key: r.id }, `${r.id}: ${r.title}`))];
      return h('select', { id: forID, className: classNameWrapper, value: text(value), onChange: change }, ...options);
    },
  });
}

/** One quotation, checked against the body as it is typed; a quotation not in the body stops the save. */
function quotationControl(): unknown {
  const h = window.h!;
  const check = (props: ControlProps) => checkQuotation(text(props.entry.getIn(['data', 'body'])), text(props.value));
  return window.createClass!({
    isValid(this: ControlThis) {
      const result = check(this.props);
      return result.state === 'missing' ? { error: { message: result.message } } : true;
    },
    render(this: ControlThis) {
      const { value, onChange, forID, classNameWrapper } = this.props;
      const result = check(this.props);
      return h('div', null,
        h('textarea', { id: forID, className: classNameWrapper, rows: 3, value: text(value), onChange: (event: Event) => onChange((event.target as HTMLTextAreaElement).value) }),
        result.state === 'missing'
          ? h('p', { 'data-evidence-check': 'missing', role: 'alert' }, result.message)
          : result.state === 'found' ? h('p', { 'data-evidence-check': 'found' }, 'Found in the body.') : null);
    },
  });
}
