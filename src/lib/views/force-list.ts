/** The forces page: every force by region, with how many documents each has. */
import { REGIONS } from '../basics/regions.ts';
import type { Lang } from '../../i18n/index.ts';
import type { Site } from '../site/site.ts';
import { urls } from '../basics/urls.ts';
import { regionName, siteLink, type Link } from './format.ts';

export interface ForceListView {
  regions: { name: string; forces: { link: Link; policingBody: string; documents: number }[] }[];
}

/** The forces page: every force by region, with how many documents each has. */
export function toForceListView(site: Site, lang: Lang = 'en'): ForceListView {
  return {
    regions: REGIONS.map((region) => ({
      name: regionName(lang, region),
      forces: site.corpus.forces.filter((f) => f.region === region).map((force) => ({
        link: siteLink(site, urls.force(force.id), force.name),
        policingBody: force.policingBody,
        documents: site.documentsOfForce(force.id).length,
      })),
    })).filter((r) => r.forces.length > 0),
  };
}
