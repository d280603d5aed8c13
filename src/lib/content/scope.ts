/**
 * The office's settings held against the content: a `force` the registry must have, and what
 * an office's site shows of the corpus (one force, or all). Here, in the content's stage, so the
 * settings (src/lib/settings/office-settings.ts) never need to know the content's shape.
 */
import { relative } from 'node:path';
import { CONFIG_FILE, type SiteConfig } from '../settings/office-settings.ts';
import type { Problem } from '../basics/problems.ts';
import { didYouMean } from '../basics/suggest.ts';
import type { Corpus } from './model.ts';

/** Checks the settings that name content: the force must be in the registry. */
export function checkConfigAgainstContent(config: SiteConfig, file: string | null, corpus: Corpus, root = process.cwd()): Problem[] {
  if (!config.force) return [];
  const ids = corpus.forces.map((f) => f.id);
  if (ids.includes(config.force)) return [];
  return [{
    severity: 'error',
    file: file ? relative(root, file) : CONFIG_FILE,
    field: 'force',
    message: `unknown force "${config.force}"${didYouMean(config.force, ids)}; allowed: a force id from forces.yaml (${ids.join(', ')})`,
  }];
}

/**
 * What an office's site shows. Without `force`, everything. With it, that force's documents
 * and the inspections that concern it; other forces' documents on those inspections appear
 * only when the office opts in with `compareWithOtherForces`.
 */
export function scopeCorpus(corpus: Corpus, config: Pick<SiteConfig, 'force' | 'compareWithOtherForces'>): Corpus {
  const forceId = config.force;
  if (!forceId) return corpus;
  const own = corpus.forces.find((f) => f.id === forceId);
  if (!own) return corpus;
  const inspections = corpus.inspections.filter((i) => i.scope === 'all' || i.scope.includes(forceId));
  const inspectionIds = new Set(inspections.map((i) => i.id));
  if (config.compareWithOtherForces) {
    return { forces: corpus.forces, inspections, responses: corpus.responses.filter((r) => inspectionIds.has(r.inspection)) };
  }
  return { forces: [own], inspections, responses: corpus.responses.filter((r) => r.force === forceId && inspectionIds.has(r.inspection)) };
}
