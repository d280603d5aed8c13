/** The pages of an inspection's data files (its `.csv` and `.json`): one per inspection, keyed by the records they hold. */
import { getSite, pageCacheKey } from '../../../astro/content.ts';
import { toInspectionRecords } from '../../../lib/outputs/data/data-export.ts';

export function inspectionDataPaths() {
  const site = getSite();
  return site.corpus.inspections.map((inspection) => ({
    params: { inspection: inspection.id },
    cacheKey: pageCacheKey(() => toInspectionRecords(site, inspection)),
  }));
}
