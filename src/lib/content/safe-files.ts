/**
 * The loader's defences against files that are not what they claim to be, and against its
 * own faults: a link that leads out of the content folder, a folder where a file should be,
 * and any exception while one file is read, which becomes a problem on that file so that
 * every other file's problems are still reported.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Problem } from '../basics/problems.ts';
import { firstSentence } from '../basics/frontmatter.ts';

/** The content folder, resolved through any links, or null when it cannot be resolved. */
export type ContentRoot = string | null;

/** Resolves the content folder once per load. */
export function contentRoot(dir: string): ContentRoot {
  try {
    return realpathSync(dir);
  } catch {
    return null;
  }
}

export type Entry = { kind: 'file' | 'folder' } | { kind: 'refused'; reason: string };

/**
 * What the entry at `path` is, following a link only when it stays inside the content folder:
 * a link to a file elsewhere (say `/etc/passwd`, or a private draft) would publish that file.
 */
export function describeEntry(content: ContentRoot, path: string): Entry {
  try {
    const link = lstatSync(path, { throwIfNoEntry: false });
    if (!link) return { kind: 'file' };
    if (link.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        return { kind: 'refused', reason: 'this is a link to something that does not exist; allowed: the file itself, not a link' };
      }
      const inside = content !== null && (target === content || target.startsWith(content + sep));
      if (!inside) return { kind: 'refused', reason: 'this is a link to a file outside the content folder, which would publish that file; allowed: the file itself, copied into the content folder' };
    }
    const stat = statSync(path);
    if (stat.isDirectory()) return { kind: 'folder' };
    if (!stat.isFile()) return { kind: 'refused', reason: 'this is not a regular file (a device, socket or pipe); allowed: a text file' };
    return { kind: 'file' };
  } catch (error) {
    return { kind: 'refused', reason: `could not be examined (${(error as NodeJS.ErrnoException).code ?? firstSentence(error)}); allowed: a readable file` };
  }
}

/**
 * Runs `load` for one file; an exception, which is always a fault in the code rather than
 * in the file, becomes an error on the file (named, with what was thrown), and `fallback`
 * is returned so that the load goes on to the other files.
 */
export function guardFile<T>(problems: Problem[], root: string, file: string, load: () => T, fallback: T): T {
  try {
    return load();
  } catch (error) {
    problems.push({
      severity: 'error',
      file: relative(root, file) || file,
      field: 'file',
      message: `the file could not be checked because of a fault in the site's code (${firstSentence(error)}); allowed: report the fault with this file attached — every other file was checked`,
    });
    return fallback;
  }
}
