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
 * A force's page and its years' pages are keyed the same way (`force` below), by the
 * inspections they list and the force's own documents about them.
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
import type { ResponseDocument } from '../lib/content/model.ts';

export interface InputKeys {
  /** The key of every page of the inspection's group (above). */
  inspection(inspectionId: string): string;
  /**
   * The key of a force's page and of its years' pages (`toForceView`, `toForceYearView`), which
   * read the force and, of each inspection it has pages about (`inspectionsOfForce`), the
   * inspection, whether it concerns the force, and the force's own documents about it: a
   * digest of those. So an edit to a document renders again its own force's pages, not every
   * force's; and an inspection that comes into the force's scope, or leaves it, changes it.
   */
  force(forceId: string): string;
  /**
   * The key of a document's page (`toResponseView`), which reads the document and its twin in
   * the other language, its inspection and its force, but none of the other documents about
   * the inspection: so an edit renders again its own page, not the pages of every document
   * about the inspection (about 40 for a national inspection at 10,000 documents).
   */
  document(documentId: string): string;
}

/**
 * Keys for the pages of `site` with the office's `settings`, `assets` (a digest of the names of
 * the files the pages link to) and `code`, the version of the code that loaded the content;
 * each key worked out once, when first asked for.
 */
export function createInputKeys(site: Site, settings: unknown, assets: string, code: string): InputKeys {
  let shared: string | undefined;
  /** What every page reads: the settings, the assets, the code, the site's address and the forces. */
  const sharedKey = () => (shared ??= digestOf(settings, assets, code, site.base, site.siteUrl ?? null, site.corpus.forces));
  /** What a page reads of a document, its twin in the other language too: lists show one of them, but each has its page. */
  const documentInputs = (documents: readonly ResponseDocument[]) => documents.flatMap((d) => [d, ...[site.twin(d)].filter((t) => t !== undefined)]).map((document) => ({
    id: document.id,
    file: document.file,
    sourceDigest: document.sourceDigest,
    timeliness: site.timeliness(document),
    fileDate: site.fileDate(document.file) ?? null,
  }));
  /** The inspection's record and its file's date, as a digest: each force's key holds it for every inspection the force has pages about. */
  const recordKey = once((inspectionId) => {
    const inspection = site.inspection(inspectionId);
    return digestOf(inspection, site.fileDate(inspection.file) ?? null);
  });
  const inputKeys: InputKeys = {
    inspection: once((inspectionId) => digestOf(sharedKey(), recordKey(inspectionId), documentInputs(site.documentsOfInspection(inspectionId)))),
    document: once((documentId) => {
      const document = site.document(documentId);
      return digestOf(sharedKey(), 'document', recordKey(document.inspection), documentInputs([document]));
    }),
    force: once((forceId) => {
      const inspections = site.inspectionsOfForce(forceId).map((inspection) => [
        recordKey(inspection.id),
        site.forcesInScope(inspection).some((force) => force.id === forceId),
        documentInputs(site.documentsFor(inspection.id, forceId)),
      ]);
      return digestOf(sharedKey(), 'force', forceId, inspections);
    }),
  };
  return inputKeys;
}

/** `make`, worked out once for each id, when first asked for. */
function once(make: (id: string) => string): (id: string) => string {
  const made = new Map<string, string>();
  return (id) => {
    let value = made.get(id);
    if (value === undefined) made.set(id, (value = make(id)));
    return value;
  };
}
