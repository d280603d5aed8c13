/** What every page's frame shows: the office's name and logo, the navigation, and in the preview the content's problems. */
import { count, siteNameIn, text, type Lang } from '../../i18n/index.ts';
import type { SiteConfig } from '../settings/office-settings.ts';
import { toIconLinks, type IconLink } from '../outputs/icons.ts';
import { logoUrl } from '../settings/office-settings.ts';
import { errorsOf, formatProblem, summarizeProblems, type Problem } from '../basics/problems.ts';
import { urls, withBase } from '../basics/urls.ts';
import type { Link } from './format.ts';
import { pagesBase, twinOf } from '../settings/languages.ts';

export interface LayoutView {
  siteName: string;
  home: string;
  logo: { src: string; alt: string } | null;
  /** The site's icons, linked from every page so no browser asks for one that is not there. */
  icons: IconLink[];
  officeName: string | null;
  nav: (Link & { current: boolean })[];
  /** The footer's links: the data downloads and the accessibility statement. */
  footerLinks: Link[];
  /** Where the header's search form goes. */
  search: string;
  /**
   * On a site in both languages, the page's twin in the other language: the header's switch
   * (named in its own language, "Cymraeg" or "English") and the `hreflang` alternates of both.
   */
  languages: { switch: Link & { lang: Lang }; alternates: { hreflang: Lang; href: string }[] } | null;
  /** Only in the preview (`npm run dev`); null in a built site. */
  preview: PreviewBanner | null;
  /** The frame's own words, in the page's language. */
  words: {
    skip: string;
    navLabel: string;
    searchLabel: string;
    searchButton: string;
    /** "Published by …", when the office is named. */
    publishedBy: string | null;
    licence: { before: string; link: Link; after: string };
  };
}

export interface PreviewBanner {
  summary: string;
  /** The words before each problem, by its severity: "Error", "Warning". */
  severities: Record<Problem['severity'], string>;
  /** The problems of the file this page shows, each as `file:line: field: message`. */
  own: { text: string; severity: Problem['severity'] }[];
  problemsPage: Link;
}

/** The layout's view: `problems` is given only in the preview. */
export function toLayoutView(config: SiteConfig, currentPath: string, preview?: { problems: Problem[]; file?: string | undefined }, lang: Lang = 'en'): LayoutView {
  const base = pagesBase(config, lang);
  const nav = [
    { href: withBase(base, urls.inspections()), text: text(lang, 'layout.nav.inspections') },
    { href: withBase(base, urls.forces()), text: text(lang, 'layout.nav.forces') },
    { href: withBase(base, urls.due()), text: text(lang, 'layout.nav.due') },
    { href: withBase(base, urls.data()), text: text(lang, 'layout.nav.data') },
  ];
  const logo = logoUrl(config);
  return {
    siteName: siteNameIn(lang, config.title),
    home: withBase(base, urls.home()),
    logo: logo && config.logo ? { src: logo, alt: config.logo.alt } : null,
    icons: toIconLinks(config),
    officeName: config.officeName ?? null,
    nav: nav.map((item) => ({ ...item, current: currentPath.startsWith(item.href) })),
    footerLinks: [
      { href: withBase(base, urls.data()), text: text(lang, 'layout.footer.data') },
      { href: withBase(base, urls.accessibility()), text: text(lang, 'layout.footer.accessibility') },
    ],
    search: withBase(base, urls.search()),
    languages: toLanguages(config, currentPath, lang),
    preview: preview ? toPreviewBanner(config.base, preview.problems, preview.file, lang) : null,
    words: {
      skip: text(lang, 'layout.skip'),
      navLabel: text(lang, 'layout.navLabel'),
      searchLabel: text(lang, 'layout.searchLabel'),
      searchButton: text(lang, 'layout.searchButton'),
      publishedBy: config.officeName ? text(lang, 'layout.publishedBy', { office: config.officeName }) : null,
      licence: {
        before: text(lang, 'layout.licenceBefore'),
        link: { href: text(lang, 'layout.licenceUrl'), text: text(lang, 'layout.licenceLink') },
        after: text(lang, 'layout.licenceAfter'),
      },
    },
  };
}

/**
 * The preview's banner in the page's language: the tally of problems and the words around them.
 * The problems themselves are as `npm run check` words them, for the office, in English.
 */
function toPreviewBanner(base: string, problems: Problem[], file: string | undefined, lang: Lang): PreviewBanner {
  const errors = errorsOf(problems).length;
  const tally = text(lang, 'preview.tally', {
    errors: count(lang, 'count.error', errors),
    warnings: count(lang, 'count.warning', problems.length - errors),
    files: count(lang, 'count.file', new Set(problems.map((p) => p.file)).size),
  });
  const summary = problems.length === 0 ? text(lang, 'preview.none') : text(lang, errors ? 'preview.someHidden' : 'preview.some', { problems: tally });
  return {
    summary,
    severities: { error: text(lang, 'preview.error'), warning: text(lang, 'preview.warning') },
    own: problems.filter((p) => p.file === file).map(toProblemLine),
    problemsPage: { href: withBase(base, PROBLEMS_PATH), text: text(lang, 'preview.seeAll') },
  };
}

/** A problem as `file:line: field: message`; its severity is shown apart, in words. */
function toProblemLine(problem: Problem): { text: string; severity: Problem['severity'] } {
  return { text: formatProblem({ ...problem, severity: 'error' }), severity: problem.severity };
}

/** The preview's list of problems; it exists only in `npm run dev`. */
export const PROBLEMS_PATH = '/problems/';

export interface ProblemsView {
  summary: string;
  files: { file: string; problems: { text: string; severity: Problem['severity'] }[] }[];
}

/** The preview's problems page: every problem, grouped by file. */
export function toProblemsView(problems: Problem[]): ProblemsView {
  const files = new Map<string, ProblemsView['files'][number]['problems']>();
  for (const p of problems) {
    const list = files.get(p.file) ?? [];
    list.push(toProblemLine(p));
    files.set(p.file, list);
  }
  return {
    summary: problems.length ? `The content has ${summarizeProblems(problems)}.` : 'The content has no problems.',
    files: [...files].map(([file, list]) => ({ file, problems: list })),
  };
}

/** Each language's name in itself, as a switch to it reads: not translated. */
const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', cy: 'Cymraeg' };

function toLanguages(config: SiteConfig, currentPath: string, lang: Lang): LayoutView['languages'] {
  const twin = twinOf(config, currentPath);
  if (!twin) return null;
  const own = { hreflang: lang, href: currentPath };
  const other = { hreflang: twin.lang, href: twin.path };
  return {
    switch: { href: twin.path, text: LANGUAGE_NAMES[twin.lang], lang: twin.lang },
    alternates: lang === 'en' ? [own, other] : [other, own],
  };
}
