/**
 * The one writer of fictional content files, shared by the benchmark's corpus
 * (scripts/lib/corpus.ts) and the tests' generated fixtures (tests/support/generate.ts,
 * tests/fixtures/many-forces.ts): the same YAML, the same frontmatter layout and the same
 * ids, whoever generates the content.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

/** One file of a content folder; `path` is relative to the folder, with `/` separators. */
export interface ContentFile {
  path: string;
  text: string;
}

/** No folding of long lines: one line per field, as an author would write it. */
const YAML_OPTIONS = { lineWidth: 0 } as const;

/** An id from a name: accents dropped ("Gŵyr" → "gwyr"), lower case, other characters as single hyphens. */
export function slugify(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** A Markdown file: the frontmatter as YAML between `---` lines, a blank line, then the body. */
export function markdownFile(frontmatter: object, body: string): string {
  return `---\n${stringify(frontmatter, YAML_OPTIONS)}---\n\n${body}\n`;
}

/** `forces.yaml`: the force registry, under a comment saying that none of the forces exists. */
export function forcesFile(forces: readonly object[], purpose: string): string {
  return `# Fictional forces ${purpose}: none of these exists.\n${stringify(forces, YAML_OPTIONS)}`;
}

/** Writes every file under `dir`, creating folders as needed. */
export function writeContentFiles(dir: string, files: readonly ContentFile[]): void {
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}
