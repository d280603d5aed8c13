/**
 * The files a reader subscribes to, Atom feeds (feeds.ts) and calendars (calendars.ts), share
 * one shape: made only when the site's address is configured, as their ids and links must be
 * absolute; one for the whole site, then one per force (and feeds one per inspection); worked
 * out once per site, however many pages ask.
 */
import type { Force, Inspection } from '../../content/model.ts';
import type { Site } from '../../site/site.ts';
import { ENGLISH_FEED_WORDS, type FeedWords } from './feed-words.ts';

/** A site whose address is configured. */
export type SiteWithAddress = Site & { siteUrl: string };

/** How to make each file of a kind: its path on the site, and the file. */
export interface SubscriptionKind<T> {
  site(site: SiteWithAddress, words: FeedWords): [path: string, file: T];
  force(site: SiteWithAddress, force: Force, words: FeedWords): [path: string, file: T];
  inspection?(site: SiteWithAddress, inspection: Inspection, words: FeedWords): [path: string, file: T];
}

/**
 * The files of one kind, by path (from the site's root, without the base path or the language's
 * folder): empty without the site's address; made on the first call for a site in a language's
 * words, then reused.
 */
export function subscriptionFiles<T>(kind: SubscriptionKind<T>): (site: Site, words?: FeedWords) => Map<string, T> {
  const built = new WeakMap<Site, Map<FeedWords, Map<string, T>>>();
  return (site, words = ENGLISH_FEED_WORDS) => {
    const ofSite = built.get(site) ?? new Map<FeedWords, Map<string, T>>();
    built.set(site, ofSite);
    const cached = ofSite.get(words);
    if (cached) return cached;
    const files = new Map<string, T>();
    ofSite.set(words, files);
    if (!site.siteUrl) return files;
    const withAddress = site as SiteWithAddress;
    files.set(...kind.site(withAddress, words));
    for (const force of site.corpus.forces) files.set(...kind.force(withAddress, force, words));
    if (kind.inspection) for (const inspection of site.corpus.inspections) files.set(...kind.inspection(withAddress, inspection, words));
    return files;
  };
}
