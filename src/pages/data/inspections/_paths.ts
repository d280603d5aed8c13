/** The pages of an inspection's data files (its `.csv` and `.json`): one per inspection, keyed by what its records are made of. */
import { getSite, inspectionCacheKey } from '../../../astro/content.ts';

export function inspectionDataPaths() {
  const site = getSite();
  return site.corpus.inspections.map((inspection) => ({
    params: { inspection: inspection.id },
    cacheKey: inspectionCacheKey(inspection.id),
  }));
}
