/** The accessibility statement page's view model: the parts the model statement words from its frontmatter, in the page's language. */
import { LOCALES, siteNameIn, text, type Lang } from '../../i18n/index.ts';
import { formatDate } from '../basics/days.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import type { Statement } from '../../schemas/statement.ts';

export interface StatementView {
  /** The page's heading: "Accessibility statement for" the site's name. */
  heading: string;
  /** Who runs the site: the office's name, or the team that publishes the site. */
  publisher: string;
  /** Where to ask for another format or report a problem: the office's address from site.config.json. */
  contactEmail: string;
  /** The model statement's compliance sentence for the statement's status. */
  compliance: string;
  prepared: string;
  lastReviewed: string;
  lastTested: string;
  testedBy: string;
}

/**
 * What the statement page shows around the statement's own text, with the office's name and
 * address from its settings. `statement` is the one in `lang` (src/statement/accessibility.mdx,
 * or accessibility.cy.mdx for Welsh), whose `testedBy` is written in its language.
 */
export function toStatementView(statement: Statement, config: Pick<SiteConfig, 'title' | 'officeName' | 'contact'>, lang: Lang = 'en'): StatementView {
  return {
    heading: text(lang, 'accessibility.heading', { title: siteNameIn(lang, config.title) }),
    publisher: config.officeName ?? text(lang, 'accessibility.publisher', { title: siteNameIn(lang, config.title) }),
    contactEmail: config.contact.accessibility,
    compliance: text(lang, `accessibility.compliance.${statement.compliance}`),
    prepared: dayIn(lang, statement.prepared),
    lastReviewed: dayIn(lang, statement.lastReviewed),
    lastTested: dayIn(lang, statement.lastTested),
    testedBy: statement.testedBy,
  };
}

/**
 * A statement's day (`YYYY-MM-DD`) as `lang` writes it: "22 November 2026", "22 Tachwedd 2026",
 * as src/i18n/dates.ts writes a day for the other pages. Not imported from there: that module
 * on this page's import graph renames the chunk the site's stylesheet is built into, and with
 * it every English page's link to the stylesheet, which an English-only site keeps unchanged.
 */
function dayIn(lang: Lang, day: string): string {
  if (lang === 'en') return formatDate(day);
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
