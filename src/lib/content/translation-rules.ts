/**
 * The rules over all the documents at once: one document of each kind and language per force
 * and inspection, and a translation (`translationOf`) names a document of the same force,
 * inspection and kind in the other language, which is not itself a translation, and gives
 * the same statuses. Each broken rule is one problem at the field's line.
 */
import type { DocumentKind } from '../basics/document-kinds.ts';
import type { StatusId } from '../basics/statuses.ts';
import { report, type Context } from './report.ts';

/** The languages a document may be in, as its `lang` and the end of a translation's file name. */
export const DOCUMENT_LANGUAGES: readonly string[] = ['en', 'cy'];

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', cy: 'Welsh' };
const languageName = (lang: string) => LANGUAGE_NAMES[lang] ?? lang;

/** What the rules need of one loaded document. */
export interface NotedDocument {
  id: string;
  force: string;
  inspection: string;
  kind: DocumentKind;
  lang: string;
  translationOf?: string | undefined;
  recommendations: Record<string, StatusId>;
}

interface Noted {
  file: string;
  relativeFile: string;
  document: NotedDocument;
  lineOf: (path: PropertyKey[]) => number | undefined;
}

/**
 * Notes each document loaded (`note`), reporting at once a second document of the same kind
 * and language for the same force and inspection (at its `kind` field); `finish` then checks
 * every translation against the document it names.
 */
export function documentRules(ctx: Context): { note: (file: string, relativeFile: string, document: NotedDocument, lineOf: Noted['lineOf']) => void; finish: () => void } {
  const seen = new Map<string, Noted>();
  const all: Noted[] = [];
  return {
    note(file, relativeFile, document, lineOf) {
      const entry = { file, relativeFile, document, lineOf };
      all.push(entry);
      const key = `${document.force}/${document.inspection}/${document.kind}/${document.lang}`;
      const other = seen.get(key);
      if (other) {
        report(ctx, file, lineOf(['kind']), 'kind', `a second ${document.kind} for ${document.force} and ${document.inspection} in ${languageName(document.lang)} (the first is ${other.relativeFile}); allowed: one document of each kind and language per force and inspection — merge them, set a different kind, or, for the same document in the other language, lang and translationOf`);
      } else {
        seen.set(key, entry);
      }
    },
    finish() {
      const byId = new Map(all.map((entry) => [entry.document.id, entry]));
      for (const entry of all) {
        if (entry.document.translationOf !== undefined) checkTranslation(ctx, entry, byId);
      }
      checkUnlinked(ctx, all);
    },
  };
}

/** A translation against the document it names. */
function checkTranslation(ctx: Context, entry: Noted, byId: Map<string, Noted>) {
  const { document: doc, file } = entry;
  const name = doc.translationOf!;
  const at = entry.lineOf(['translationOf']);
  const fail = (message: string) => report(ctx, file, at, 'translationOf', message);
  const candidates = [...byId.values()]
    .filter((o) => o.document.force === doc.force && o.document.inspection === doc.inspection && o.document.kind === doc.kind && o.document.lang !== doc.lang && o.document.translationOf === undefined)
    .map((o) => o.document.id);
  const allowed = `allowed: the id of the same ${doc.kind} for ${doc.force} and ${doc.inspection} in the other language${candidates.length ? ` (${candidates.join(', ')})` : ' — none is on the site yet'}`;
  const other = byId.get(name);
  if (!other) return fail(`"${name}" is not a document on the site; ${allowed}`);
  if (other === entry) return fail(`the document names itself; ${allowed}`);
  const o = other.document;
  if (o.lang === doc.lang) return fail(`${name} is in ${languageName(o.lang)} too; ${allowed}`);
  const differs = (['force', 'inspection', 'kind'] as const).filter((field) => o[field] !== doc[field]);
  if (differs.length) {
    return fail(`${name} has a different ${differs.map((f) => `${f} (${o[f]}, not ${doc[f]})`).join(' and ')}; ${allowed}`);
  }
  if (o.translationOf !== undefined) {
    return fail(`${name} is itself a translation (of ${o.translationOf}); allowed: translationOf names the first document, which has no translationOf of its own`);
  }
  checkSameStatuses(ctx, entry, other);
}

/** The same response in two languages gives the same status to each recommendation (each keeps its own quotations). */
function checkSameStatuses(ctx: Context, entry: Noted, other: Noted) {
  const mine = entry.document.recommendations;
  const theirs = other.document.recommendations;
  for (const id of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    if (mine[id] === theirs[id]) continue;
    const line = entry.lineOf(mine[id] === undefined ? ['recommendations'] : ['recommendations', id]);
    const given = mine[id] === undefined ? 'no status' : `"${mine[id]}"`;
    const theirsSay = theirs[id] === undefined ? 'none' : `"${theirs[id]}"`;
    report(ctx, entry.file, line, `recommendations.${id}`, `gives ${given} for recommendation ${id}, but ${other.document.id}, the document it translates, gives ${theirsSay}; allowed: the same status in both languages (${theirs[id] ?? 'no line'}), each with its own quotations from its own text`);
  }
}

/** Two documents of one kind in different languages must be marked as one another's translation, or the response counts twice. */
function checkUnlinked(ctx: Context, all: Noted[]) {
  const first = new Map<string, Noted>();
  for (const entry of all) {
    const doc = entry.document;
    if (doc.translationOf !== undefined) continue;
    const key = `${doc.force}/${doc.inspection}/${doc.kind}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, entry);
    } else if (earlier.document.lang !== doc.lang) {
      report(ctx, entry.file, entry.lineOf(['lang']) ?? entry.lineOf(['kind']), 'translationOf', `a second ${doc.kind} for ${doc.force} and ${doc.inspection}, in ${languageName(doc.lang)}, that does not say it is a translation of ${earlier.document.id}; allowed: translationOf: ${earlier.document.id} (the same document in the other language), or a different kind`);
    }
  }
}
