/**
 * The Welsh pages of a site in both languages: every page of `src/pages/` (the editor's
 * excepted) is given again under `/cy/`, from the same page file, and so are the feeds and
 * calendars, which a reader subscribes to from the pages of their language (`/cy/feeds/all.xml`).
 * The data files are a contract with one set of headers and values, so they are not repeated.
 * Astro routes by file, so a second set of route files would copy every page's code or move it
 * into components; a route
 * injected for each page keeps each page's code in one place, and a site in one language
 * injects none, so an English-only site is built exactly as before. The page knows its
 * language from its address (src/astro/page-words.ts) and `getStaticPaths` from its route's
 * pattern (src/astro/content.ts, `languageAt`).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WELSH_FOLDER } from '../lib/settings/languages.ts';

const PAGES = new URL('../pages/', import.meta.url);

/** Pages with no Welsh twin: the editor, which is the office's own tool. */
const NOT_TWINNED = /^admin\//;

/** The endpoints that have a Welsh twin: the feeds and calendars, whose words are the reader's. */
const TWINNED_FILES = /^(feeds|calendars)\/.*\.ts$/;

/** Each page file's route under the Welsh folder: `inspections/[inspection]/index.astro` → `/cy/inspections/[inspection]`, `feeds/[feed].xml.ts` → `/cy/feeds/[feed].xml`. */
export function welshRoutes(): { pattern: string; entrypoint: URL }[] {
  return readdirSync(fileURLToPath(PAGES), { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => (name.endsWith('.astro') && !NOT_TWINNED.test(name)) || TWINNED_FILES.test(name))
    .sort()
    .map((name) => ({
      pattern: `/${WELSH_FOLDER}/${name.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`.replace(/\/$/, ''),
      entrypoint: new URL(name, PAGES),
    }));
}
