/** Paths the tests share. Built sites go under tests/.output/ (ignored by git). */
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUTPUT = resolve(ROOT, 'tests/.output');
/** Where tests make their temporary folders (`tempDir`): inside the project, so their builds may run at once (isolation.ts). */
export const TEMP = resolve(OUTPUT, 'tmp');
export const CONTENT = resolve(ROOT, 'content');
export const FIXTURES = resolve(ROOT, 'tests/fixtures');
/** The site built from the shipped content, by the global setup. */
export const SITE = resolve(OUTPUT, 'site');
/** The same content built under a sub-path. */
export const SUBPATH_SITE = resolve(OUTPUT, 'site-subpath');
export const SUBPATH_BASE = '/pcc-responses/';
/**
 * A generated site of fictional forces and inspections (tests/support/generate.ts), built with
 * a fictional office's settings (its own title, logo, colours and address), and its content.
 */
export const GENERATED_CONTENT = resolve(OUTPUT, 'generated-content');
export const GENERATED_SETTINGS = resolve(OUTPUT, 'generated-settings');
export const GENERATED_SITE = resolve(OUTPUT, 'site-generated');
/** The awkward-but-valid fixture (tests/support/awkward.ts), built. */
export const AWKWARD_SITE = resolve(OUTPUT, 'site-awkward');
/** The fictional fixture (with a document in Welsh and a title holding markup characters), built plainly. */
export const FIXTURE_SITE = resolve(OUTPUT, 'site-fixture');
/** The fictional fixture as a Welsh office's site (WELSH_OFFICE, tests/support/fixture-site.ts): in English and in Welsh under /cy/. */
export const WELSH_SITE = resolve(OUTPUT, 'site-welsh');
