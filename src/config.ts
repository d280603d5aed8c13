/** Settings read from the environment; kept in one place so the build and scripts agree. */
import { resolve } from 'node:path';

/** The content folder: `content/` unless PCC_CONTENT_DIR points elsewhere (tests, benchmarks). */
export function contentDir(): string {
  return resolve(process.cwd(), process.env.PCC_CONTENT_DIR ?? 'content');
}
