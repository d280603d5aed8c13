/**
 * Everything the editor's page loads at start (`admin/config.json`): Decap's configuration,
 * the fields its file formats read and write, and each inspection's recommendations, for the
 * list an entry's recommendation is chosen from.
 */
import type { Corpus } from '../content/model.ts';
import { contentFields, editorConfig, type EditorOptions } from './config.ts';
import type { Field } from './shape.ts';

export interface EditorSetup {
  config: Record<string, unknown>;
  fields: { response: Field[]; inspection: Field[] };
  /** By inspection id: its recommendations' ids and short titles, in the report's order. */
  recommendations: Record<string, { id: string; title: string }[]>;
  /** The names the preview shows for the ids the form holds (src/lib/views/editor-preview.ts). */
  names: {
    forces: Record<string, string>;
    inspections: Record<string, { title: string; recommendations: { id: string; title: string }[] }>;
  };
}

export function editorSetup(corpus: Pick<Corpus, 'forces' | 'inspections'>, options: EditorOptions): EditorSetup {
  const fields = contentFields();
  const content = {
    forces: corpus.forces.map((f) => ({ id: f.id, name: f.name })),
    inspections: corpus.inspections.map((i) => ({ id: i.id, title: i.title, recommendations: i.recommendations.map((r) => ({ id: r.id, title: r.title })) })),
  };
  return {
    config: editorConfig(content, options, fields),
    fields,
    recommendations: Object.fromEntries(content.inspections.map((i) => [i.id, i.recommendations])),
    names: {
      forces: Object.fromEntries(content.forces.map((f) => [f.id, f.name])),
      inspections: Object.fromEntries(content.inspections.map((i) => [i.id, { title: i.title, recommendations: i.recommendations }])),
    },
  };
}
