/**
 * The editor's configuration (Decap CMS), made at build time from the Zod schemas (through
 * src/lib/outputs/data/json-schema.ts and shape.ts) and the content: the forces and inspections to choose
 * from, the statuses, the recommendations of each inspection. Nothing here lists a content
 * field by hand: a field added to a schema is a field in the editor, and a test holds the two
 * together (tests/unit/editor/config.test.ts).
 */
import type { z } from 'zod';
import { inspectionSchema } from '../../schemas/inspection.ts';
import { responseSchema } from '../../schemas/response.ts';
import { generate } from '../outputs/data/json-schema.ts';
import { STATUSES } from '../basics/statuses.ts';
import type { GithubBackend } from './backend.ts';
import { fieldsOf, type Field, type Shape } from './shape.ts';

type Widget = Record<string, unknown>;

/** What the editor needs from the content: the choices its lists offer. */
export interface EditorContent {
  forces: readonly { id: string; name: string }[];
  inspections: readonly { id: string; title: string; recommendations: readonly { id: string; title: string }[] }[];
}

export interface EditorOptions {
  /** The content folder's path from the repository's root, e.g. `content`. */
  contentFolder: string;
  /** The GitHub repository the hosted editor reads and writes, and its sign-in (backend.ts). */
  backend: GithubBackend;
  /** The local proxy's address, for the editor on this computer (`npm run editor`). */
  localBackend?: string;
  /** Drafts as pull requests until approved: the hosted editor's way (the local proxy has no drafts). */
  editorialWorkflow: boolean;
}

/** The custom widgets (src/browser/editor.ts) and custom file formats the configuration names. */
export const WIDGETS = { recommendation: 'pcc-recommendation', quotation: 'pcc-quotation' } as const;
export const FORMATS = { response: 'pcc-response', inspection: 'pcc-inspection' } as const;


/** Labels for values the schemas give as ids. */
const STATUS_LABELS = new Map<string, string>(STATUSES.map((s) => [s.id, s.label]));

/** The fields of a response's and an inspection's frontmatter, with their labels and hints, from their schemas' meta. */
export function contentFields(schemas?: { response?: z.ZodType; inspection?: z.ZodType }): { response: Field[]; inspection: Field[] } {
  return {
    response: fieldsOf(generate(schemas?.response ?? responseSchema)),
    inspection: fieldsOf(generate(schemas?.inspection ?? inspectionSchema)),
  };
}

/** The whole Decap CMS configuration. */
export function editorConfig(content: EditorContent, options: EditorOptions, fields = contentFields()): Record<string, unknown> {
  const forceOptions = content.forces.map((f) => ({ label: f.name, value: f.id }));
  const inspectionOptions = content.inspections.map((i) => ({ label: i.title, value: i.id }));
  const responseWidgets = fields.response.map((field) => widgetFor(field, {
    top: true,
    choices: { force: forceOptions, inspection: inspectionOptions },
    quotations: field.name === 'recommendations',
  }));
  const inspectionWidgets = fields.inspection.map((field) => widgetFor(field, { top: true, choices: {}, quotations: false }));
  return {
    load_config_file: false,
    backend: options.backend,
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    ...(options.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    // PDF letters uploaded in the editor go to the inbox, where the publishing workflow imports them.
    media_folder: 'inbox',
    public_folder: '/inbox',
    site_url: '/',
    display_url: '/',
    collections: [
      {
        name: 'responses',
        label: 'Responses',
        label_singular: 'Response',
        description: 'One file per document: the force, the inspection it answers, and the status it gives each recommendation, with the words each status rests on.',
        folder: `${options.contentFolder}/responses`,
        extension: 'md',
        format: FORMATS.response,
        create: true,
        path: '{{force}}/{{inspection}}',
        slug: '{{inspection}}',
        identifier_field: 'inspection',
        summary: '{{force}}: {{inspection}}',
        fields: [...responseWidgets, bodyWidget('The document’s words, as Markdown: every quotation given as evidence must be found here.')],
      },
      {
        name: 'inspections',
        label: 'Inspections',
        label_singular: 'Inspection',
        description: 'One file per HMICFRS report, with its recommendations in its order.',
        folder: `${options.contentFolder}/inspections`,
        extension: 'md',
        format: FORMATS.inspection,
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        fields: [...inspectionWidgets, bodyWidget('A short summary of the report, as Markdown.')],
      },
    ],
  };
}

/**
 * The body in a plain text box: Decap's Markdown editor rewrites what it did not change (its
 * raw mode is a rich-text editor underneath, which drops a line break's trailing spaces).
 */
function bodyWidget(hint: string): Widget {
  return { name: 'body', label: 'Body', widget: 'text', hint, required: false };
}

interface Context {
  top: boolean;
  choices: Record<string, { label: string; value: string }[]>;
  /** Inside the document's own recommendations: evidence is checked against the body. */
  quotations: boolean;
}

/** The Decap widget for one field. */
export function widgetFor(field: Field, context: Context): Widget {
  const base: Widget = { name: field.name, label: field.title ?? labelOf(field.name), required: field.required };
  if (field.description) base.hint = field.description;
  const choices = context.top ? context.choices[field.name] : undefined;
  if (choices) return { ...base, widget: 'select', options: choices };
  return { ...base, ...shapeWidget(field.name, field.shape, context, field.required, field.multiline) };
}

/** `multiline`: the field's text runs to sentences (its schema's meta): a text area rather than one line. */
function shapeWidget(name: string, shape: Shape, context: Context, required = true, multiline = false): Widget {
  const inner = { ...context, top: false };
  switch (shape.kind) {
    case 'text':
      return textWidget(shape, multiline);
    case 'list':
    case 'one-or-list':
    case 'word-or-list': {
      const item = shape.item;
      if (item.kind === 'object') return { widget: 'list', fields: item.fields.map((f) => widgetFor(f, inner)), collapsed: false };
      const single = name === 'evidence' && context.quotations ? { widget: WIDGETS.quotation } : shapeWidget(name, item, inner, true, multiline);
      return { widget: 'list', field: { name: singular(name), label: labelOf(singular(name)), ...single }, collapsed: false };
    }
    case 'object':
      // Decap checks a required field inside an optional group even when the group is left
      // empty (a response with no author could not be saved): there, the build checks it.
      return { widget: 'object', fields: shape.fields.map((f) => widgetFor(required ? f : { ...f, required: false }, inner)), collapsed: false };
    case 'entries':
      return {
        widget: 'list',
        label_singular: 'recommendation',
        summary: '{{fields.id}}: {{fields.status}}',
        collapsed: false,
        fields: [
          { name: 'id', label: 'Recommendation', widget: WIDGETS.recommendation, hint: 'The recommendation of the chosen inspection that this entry answers.' },
          ...shape.long.map((f) => widgetFor(f, inner)),
        ],
      };
  }
}

function textWidget(shape: Extract<Shape, { kind: 'text' }>, multiline: boolean): Widget {
  if (shape.options) {
    const options = shape.options.map((value) => ({ label: STATUS_LABELS.get(value) ?? value, value }));
    return { widget: 'select', options, ...(shape.defaultValue ? { default: shape.defaultValue } : {}) };
  }
  const widget: Widget = { widget: multiline ? 'text' : 'string' };
  if (shape.pattern) widget.pattern = [shape.pattern, patternMessage(shape.pattern)];
  else if (shape.url) widget.pattern = ['^https?://\\S+$', 'a full web address starting https://'];
  return widget;
}

function patternMessage(pattern: string): string {
  if (pattern === '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') return 'a date written YYYY-MM-DD, e.g. 2026-03-31';
  if (pattern.startsWith('^[0-9]{4}-(0[1-9]')) return 'a date written YYYY-MM-DD, or YYYY-MM when only the month is known';
  return `text matching ${pattern}`;
}

/** A label for a field whose meta gives no title: "policingBody" → "Policing body"; "addressedTo" → "Addressed to". */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function singular(name: string): string {
  if (name === 'evidence') return 'quotation';
  if (name.endsWith('ies')) return `${name.slice(0, -3)}y`;
  return name.endsWith('s') ? name.slice(0, -1) : name;
}
