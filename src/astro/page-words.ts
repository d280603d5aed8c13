/**
 * The language of the page being rendered, and its words, for the components and layouts:
 * `const t = wordsFor(Astro.url)`, then `{t('table.force')}`. A page under `/cy/` (after the
 * base path) of a site in both languages is Welsh, and every page of a site in Welsh alone
 * (src/lib/settings/languages.ts); every other page is English.
 */
import { languageAt } from './content.ts';
import { text, type Lang, type TextKey } from '../i18n/index.ts';

/** The language of the page at `url`. */
export function langOf(url: URL): Lang {
  return languageAt(url);
}

type Values = Readonly<Record<string, string | number>>;

export type Words = ((key: TextKey, values?: Values) => string) & {
  lang: Lang;
  /**
   * The same words as HTML for `set:html`: only `&`, `<` and `>` escaped, so an apostrophe or
   * quotation mark reads as written; `markup` fills a value with HTML the caller made (a `<time>`).
   */
  html: (key: TextKey, values?: Values, markup?: Readonly<Record<string, string>>) => string;
};

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** A link as HTML, for a value of `html`'s `markup`: `<a href="…">…</a>`, as Astro writes `<a href={href}>{text}</a>`. */
export function linkHtml(link: { href: string; text: string }): string {
  return `<a href="${expressionHtml(link.href)}">${expressionHtml(link.text)}</a>`;
}

/** Text as Astro writes an expression's value (quotation marks escaped too), for a value of `html`'s `markup`. */
export function expressionHtml(value: string): string {
  return escapeAttribute(value).replace(/'/g, '&#39;');
}

/** Code as HTML, for a value of `html`'s `markup`: `<code>null</code>`. */
export function codeHtml(code: string): string {
  return `<code>${escapeText(code)}</code>`;
}

/** A date as HTML, for a value of `html`'s `markup`: `<time datetime="2021-05-01">1 May 2021</time>`. */
export function timeHtml(iso: string, text: string): string {
  return `<time datetime="${expressionHtml(iso)}">${expressionHtml(text)}</time>`;
}

/** The words of the page at `url`, in its language. */
export function wordsFor(url: URL): Words {
  const lang = langOf(url);
  const t = (key: TextKey, values?: Values) => text(lang, key, values);
  const html = (key: TextKey, values: Values = {}, markup: Readonly<Record<string, string>> = {}) =>
    escapeText(text(lang, key)).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in markup ? markup[name]! : name in values ? escapeText(String(values[name])) : whole);
  return Object.assign(t, { lang, html });
}
