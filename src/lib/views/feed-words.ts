/**
 * The words of the feeds and calendars in a language, from the catalogue (src/i18n/): what
 * src/pages/feeds/ and src/pages/calendars/ make each language's files with. Dates, statuses,
 * documents' titles and authors as the pages of that language give them.
 */
import { formatDateIn } from '../../i18n/dates.ts';
import { LOCALES, text, type Lang } from '../../i18n/index.ts';
import type { FeedWords } from '../outputs/feeds/feed-words.ts';
import { citationAuthor } from './citation.ts';
import { documentTitleIn } from './format.ts';

const made = new Map<Lang, FeedWords>();

/** The feeds' words in `lang`; the same object for each call, so the feeds are made once per language. */
export function feedWordsIn(lang: Lang): FeedWords {
  let words = made.get(lang);
  if (!words) {
    words = {
      xmlLang: LOCALES[lang],
      calendarLang: lang.toUpperCase(),
      text: (key, values) => text(lang, key, values),
      date: (day) => formatDateIn(lang, day),
      status: (id) => text(lang, `status.${id}`),
      documentTitle: (site, document) => documentTitleIn(lang, site, document),
      documentAuthor: (site, document) => citationAuthor(site, document, lang),
      corrected: (c) => (c.recommendation ? text(lang, `corrections.whatOf.${c.field}`, { id: c.recommendation }) : text(lang, `corrections.what.${c.field}`)),
    };
    made.set(lang, words);
  }
  return words;
}
