/**
 * Cache keys from a page's inputs, for Astro's incremental build (src/astro/cache-key.ts): what
 * the page is made from, not the view it would make, so `getStaticPaths` builds no view to key
 * a page. A full build then builds each page's view once (when the page renders), and a
 * rebuild builds the views of the pages whose inputs changed only.
 *
 * An inspection's pages (its page, its matrix in each order, its comparison pages, its data
 * files) and its documents' pages read only: the office's settings, the names of the
 * stylesheets and scripts the build wrote (src/astro/asset-names.ts), the site's base path and
 * address, the forces, the inspection, every document about it, their timeliness and the git
 * dates of their files (src/lib/views/: `toResponseView`, `toInspectionView`,
 * `toOrderedMatrixView`, `toComparisonView`, `toInspectionRecords`). So they all share one key,
 * a digest of those: an edit to one document renders again its inspection's pages and the
 * pages of the other documents about that inspection (about 20 at 10,000 documents), and no
 * other. A view that starts reading anything outside these must add it here, or its pages go
 * stale on a rebuild (tests/build/incremental*.test.ts compare a rebuild with a full build).
 * The code that makes the views is not in the key: Astro renders every page of a route again
 * when the route's code or anything it imports changes.
 *
 * A document is not hashed: everything loaded from its file (its frontmatter's fields, its
 * HTML and text, its sections, its quotations' sentences) is made from the file's path and
 * text by the loader's code and packages, so its id and file, the digest of its text
 * (`sourceDigest`, worked out as the file is read) and the version of the code
 * (src/lib/content/cache.ts, `codeVersion`) stand for it. Hashing the HTML and text took a
 * rebuild 0.45 s at 10,000 documents, for 276 MB of text, and hashing the rest 0.2 s more.
 * What the site derives about a document from other files (its timeliness, its file's date)
 * is not in its file, so it is hashed.
 */
import { digestOf } from './cache-key.ts';
import type { Site } from '../lib/site/site.ts';

export interface InputKeys {
  /** The key of every page of the inspection's group (above). */
  inspection(inspectionId: string): string;
}

/**
 * Keys for the pages of `site` with the office's `settings`, `assets` (a digest of the names of
 * the files the pages link to) and `code`, the version of the code that loaded the content;
 * each inspection's key worked out once, when first asked for.
 */
export function createInputKeys(site: Site, settings: unknown, assets: string, code: string): InputKeys {
  let shared: string | undefined;
  const keys = new Map<string, string>();
  return {
    inspection(inspectionId) {
      let key = keys.get(inspectionId);
      if (key) return key;
      shared ??= digestOf(settings, assets, code, site.base, site.siteUrl ?? null, site.corpus.forces);
      const inspection = site.inspection(inspectionId);
      // Every document, the other language's of a pair too: lists show one of them, but each has its page.
      const documents = site.documentsOfInspection(inspectionId).flatMap((d) => [d, ...[site.twin(d)].filter((t) => t !== undefined)]).map((document) => ({
        id: document.id,
        file: document.file,
        sourceDigest: document.sourceDigest,
        timeliness: site.timeliness(document),
        fileDate: site.fileDate(document.file) ?? null,
      }));
      key = digestOf(shared, inspection, site.fileDate(inspection.file) ?? null, documents);
      keys.set(inspectionId, key);
      return key;
    },
  };
}
