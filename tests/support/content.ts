/**
 * Reads the shipped content straight from its files, independently of the site's loader,
 * so build tests compare the output with what the authors wrote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT } from './paths.ts';

export interface RawForce { id: string; name: string; policingBody: string; region: string }
export interface RawInspection { id: string; title: string; published: string; scope: 'all' | string[]; recommendations: { id: string; title: string }[] }
export interface RawResponse {
  id: string; force: string; inspection: string; kind?: string; date?: string; published?: string;
  /** Each recommendation's status, whichever form the file writes it in. */
  recommendations: Record<string, string>;
  /** The quotations written in the long form (`{ status, evidence }`), by recommendation id. */
  evidence: Record<string, string[]>;
}

type RawEntry = string | { status: string; evidence?: string | string[] };

/** The short form (`"1": complete`) and the long form (`"1": { status, evidence }`) apart. */
function readStatuses(entries: Record<string, RawEntry> = {}): Pick<RawResponse, 'recommendations' | 'evidence'> {
  const recommendations: Record<string, string> = {};
  const evidence: Record<string, string[]> = {};
  for (const [id, entry] of Object.entries(entries)) {
    if (typeof entry === 'string') {
      recommendations[id] = entry;
    } else {
      recommendations[id] = entry.status;
      if (entry.evidence !== undefined) evidence[id] = [entry.evidence].flat();
    }
  }
  return { recommendations, evidence };
}

function frontmatter(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  return parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;
}

export function readForces(dir = CONTENT): RawForce[] {
  return parse(readFileSync(join(dir, 'forces.yaml'), 'utf8')) as RawForce[];
}

export function readInspections(dir = CONTENT): RawInspection[] {
  return readdirSync(join(dir, 'inspections')).filter((f) => f.endsWith('.md')).map((file) => ({
    id: file.replace(/\.md$/, ''),
    ...(frontmatter(join(dir, 'inspections', file)) as Omit<RawInspection, 'id'>),
  }));
}

export function readResponses(dir = CONTENT): RawResponse[] {
  const root = join(dir, 'responses');
  return readdirSync(root).flatMap((force) =>
    readdirSync(join(root, force)).filter((f) => f.endsWith('.md')).map((file) => {
      const data = frontmatter(join(root, force, file)) as Omit<RawResponse, 'id' | 'recommendations' | 'evidence'> & { recommendations?: Record<string, RawEntry> };
      return { id: `${force}/${file.replace(/\.md$/, '')}`, ...data, ...readStatuses(data.recommendations) };
    }),
  );
}

/** The forces an inspection concerns, straight from the files. */
export function scopeOf(inspection: RawInspection, forces: RawForce[]): RawForce[] {
  return inspection.scope === 'all' ? forces : forces.filter((f) => inspection.scope.includes(f.id));
}

/** The body (after the frontmatter) of every response file, by response id. */
export function readResponseBodies(dir = CONTENT): Map<string, string> {
  const root = join(dir, 'responses');
  return new Map(
    readdirSync(root).flatMap((force) =>
      readdirSync(join(root, force)).filter((f) => f.endsWith('.md')).map((file) => {
        const text = readFileSync(join(root, force, file), 'utf8');
        return [`${force}/${file.replace(/\.md$/, '')}`, text.split(/^---$/m).slice(2).join('---')] as const;
      }),
    ),
  );
}

/** Every file under a folder, recursively. */
export function* walkFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path);
    else yield path;
  }
}

/** The distinct lower-case words of a text. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
}

/**
 * A word of at least seven letters that only this response's body has, looked for against
 * every other content file and `extraTexts` (the site's own labels). Pagefind stems words and
 * also matches words sharing a beginning ("covering" finds "covert"), so no other text may
 * have a word starting with the same four letters. Undefined when there is none.
 */
export function findDistinctiveWord(responseId: string, extraTexts: string[] = [], dir = CONTENT): string | undefined {
  const own = join(dir, 'responses', `${responseId}.md`);
  const taken = new Set<string>();
  for (const path of walkFiles(dir)) if (path !== own) for (const w of wordsOf(readFileSync(path, 'utf8'))) taken.add(w.slice(0, 4));
  for (const w of wordsOf(extraTexts.join(' '))) taken.add(w.slice(0, 4));
  return [...wordsOf(readResponseBodies(dir).get(responseId)!)].find((w) => w.length >= 7 && !taken.has(w.slice(0, 4)));
}
