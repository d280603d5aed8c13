/**
 * Hands the build's validation (src/lib/content/validate.ts: settings, content and
 * accessibility statement, run once in the integration's `astro:config:setup`) to the pages,
 * so a build reads and renders every file once, not twice. The integration and the pages are separate module instances (Astro bundles the
 * pages), so the result waits on `globalThis` for the one taker that asks for the same
 * content folder, settings file and content generation. Only the build hands over: the
 * preview (`astro dev`) reloads on every change (src/lib/content/generation.ts), so a
 * validation left over from before a change is never taken.
 */
import type { Validation } from './validate.ts';

/** What a validation was made from: a taker gets it only if all three match. */
export interface HandoverKey {
  contentDir: string;
  configFile: string;
  /** The content generation (src/lib/content/generation.ts) when the validation ran. */
  generation: number;
}

const KEY = Symbol.for('pcc-responses.validation-handover');

interface Handover {
  key: HandoverKey;
  validation: Validation;
}

type Holder = { [KEY]?: Handover };

/** Leaves a validation for the next `takeValidation` with the same key. */
export function handOverValidation(key: HandoverKey, validation: Validation): void {
  (globalThis as Holder)[KEY] = { key, validation };
}

/**
 * The validation left for `key`, once. A second call gets undefined, and so does a call
 * with another folder, settings file or generation (the old validation is then dropped).
 */
export function takeValidation(key: HandoverKey): Validation | undefined {
  const holder = globalThis as Holder;
  const handover = holder[KEY];
  delete holder[KEY];
  if (!handover) return undefined;
  const { contentDir, configFile, generation } = handover.key;
  const same = contentDir === key.contentDir && configFile === key.configFile && generation === key.generation;
  return same ? handover.validation : undefined;
}
