/**
 * Which files of the content folder the loader reads: the Markdown files of a folder and the
 * forces' folders under responses/. Anything else that looks like content (`.MD`, `.mdx`, a
 * folder where a file belongs, a badly named file) is reported rather than skipped in silence;
 * hidden files are ignored.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NO_CACHE } from './cache.ts';
import { report, type Context } from './report.ts';
import { contentRoot, describeEntry, type Entry } from './safe-files.ts';

/** A file or folder name the site can use as an id: lower-case words joined by hyphens. */
const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What is in a folder (none when it does not exist), in name order, hidden files left out. */
function* entriesIn(ctx: Context, dir: string): Generator<{ name: string; path: string; entry: Entry }> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    yield { name, path, entry: describeEntry(ctx.content, path) };
  }
}

/** The Markdown files in a folder, in name order; `where` says what belongs there. */
export function markdownFiles(ctx: Context, dir: string, where: string): string[] {
  const files: string[] = [];
  for (const { name, path, entry } of entriesIn(ctx, dir)) {
    if (entry.kind === 'refused') {
      report(ctx, path, undefined, 'file', entry.reason);
    } else if (entry.kind === 'folder') {
      report(ctx, path, undefined, 'folder', /\.mdx?$/i.test(name)
        ? `this is a folder, though its name ends "${name.slice(name.lastIndexOf('.'))}", so nothing in it is read; allowed: ${where}`
        : `folders here are not read; allowed: ${where}`);
    } else if (name.endsWith('.md')) {
      files.push(path);
    } else if (/\.mdx$/i.test(name)) {
      report(ctx, path, undefined, 'file', 'content files cannot be MDX, which can run code; allowed: .md files');
    } else if (/\.md$/i.test(name)) {
      report(ctx, path, undefined, 'file', `the file name ends "${name.slice(-3)}", so it would not be published; allowed: a name ending in lower-case .md`);
    } else {
      report(ctx, path, undefined, 'file', `this file is not read; allowed: ${where}`, 'warning');
    }
  }
  return files;
}

/**
 * The forces' folders under responses/ (`dir`), in name order: `name` is the force id the
 * folder claims. One at a time, so each folder's problems are reported after the files of
 * the folders before it.
 */
export function* responseFolders(ctx: Context, dir: string): Generator<{ name: string; path: string }> {
  for (const { name, path, entry } of entriesIn(ctx, dir)) {
    if (entry.kind === 'refused') {
      report(ctx, path, undefined, 'folder', entry.reason);
      continue;
    }
    if (entry.kind !== 'folder') {
      report(ctx, path, undefined, 'file', "a document must be inside its force's folder; allowed: responses/<force-id>/<inspection-id>.md", /\.mdx?$/i.test(name) ? 'error' : 'warning');
      continue;
    }
    if (!FILE_ID.test(name)) {
      report(ctx, path, undefined, 'folder', `the folder name "${name}" is not allowed, so its documents are not read; allowed: a force id — lower-case letters and digits, words joined by hyphens, no spaces (e.g. northshire)`);
      continue;
    }
    yield { name, path };
  }
}

/** A Markdown file's name without `.md`. */
export function fileId(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/, '');
}

/** Whether `id` (a file's name without `.md`) is allowed; reports the file when it is not. */
export function checkFileName(ctx: Context, file: string, id: string, allowed: string): boolean {
  if (!FILE_ID.test(id)) {
    report(ctx, file, undefined, 'file', `the file name "${id}.md" is not allowed; allowed: ${allowed}`);
    return false;
  }
  return true;
}

/**
 * The files the loader reads (`loadContent`), in the order it reads them: the forces
 * registry, the inspections, each force's folder's documents. What is wrong with the folder
 * is the loader's to report.
 */
export function listContentFiles(dir: string, root = process.cwd()): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const ctx: Context = { root, problems: [], cache: NO_CACHE, content: contentRoot(dir) };
  const registry = join(dir, 'forces.yaml');
  const files = existsSync(registry) ? [registry] : [];
  files.push(...markdownFiles(ctx, join(dir, 'inspections'), ''));
  for (const folder of responseFolders(ctx, join(dir, 'responses'))) files.push(...markdownFiles(ctx, folder.path, ''));
  return files;
}
