/** Writing files so that no one ever sees half of one, and nothing is overwritten by accident. */
import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A mistake by the person running a command: its message is one sentence for them. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

/**
 * Writes a new file whole, or not at all: the text goes to a temporary file beside it, which
 * is then linked to its name — an operation that fails if the name is taken, so an
 * existing file is never replaced.
 */
export function writeNewFile(path: string, text: string, shownAs = path): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPath(path);
  writeFileSync(temp, text, { flag: 'wx' });
  try {
    linkSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError(`${shownAs} already exists and was left as it is; move or delete it first if you want a new draft.`);
    }
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}
