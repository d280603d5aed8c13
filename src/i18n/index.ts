/**
 * The interface's words in the reader's language: `text` and `count` look a key up in that
 * language's catalogue (en.ts, cy.ts) and fill in its values; `listAnd` and `listTally` join
 * items as the language does (Intl.ListFormat); plural forms are chosen by Intl.PluralRules,
 * so Welsh gets all six. Pure TypeScript with no Node module: the browser may use it too.
 */
import { cyTerms } from './cy.ts';
import { en } from './en.ts';

/** The languages the site can be built in; English first. */
export const LANGS = ['en', 'cy'] as const;
export type Lang = (typeof LANGS)[number];

export type MessageKey = keyof typeof en;
/** The keys of plain strings. */
export type TextKey = { [K in MessageKey]: (typeof en)[K] extends string ? K : never }[MessageKey];
/** The keys of counts, one form per plural category. */
export type CountKey = Exclude<MessageKey, TextKey>;

/** One form per plural category the language has; `other` always. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Catalogue = Record<MessageKey, string | PluralForms>;

const welsh = Object.fromEntries(Object.entries(cyTerms).map(([key, term]) => [key, term.cy])) as Catalogue;

/** Each language's catalogue, whole (the tests read every string of it). */
export const CATALOGUES: Record<Lang, Catalogue> = { en, cy: welsh };

/** The BCP 47 tag each language's `Intl` formatting uses. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', cy: 'cy' };

const pluralRules = new Map<Lang, Intl.PluralRules>();
const lists = new Map<string, Intl.ListFormat>();

/** Whether `value` names one of the site's languages. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** `{name}` in `template` replaced by `values.name`; a name without a value is left as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A plain string of the interface: `text('cy', 'layout.searchButton')` → "Chwilio". */
export function text(lang: Lang, key: TextKey, values?: Readonly<Record<string, string | number>>): string {
  return fill(CATALOGUES[lang][key] as string, values);
}

/**
 * The site's name on a page in `lang`: the office's own title (site.config.json's `title`) as
 * the office wrote it, or, where the office left the default, the default name in `lang`.
 */
export function siteNameIn(lang: Lang, title: string): string {
  return title === text('en', 'site.name') ? text(lang, 'site.name') : title;
}

/** Which plural category `n` falls in, in `lang`: Welsh 0 → zero, 1 → one, 2 → two, 3 → few, 6 → many, 20 → other. */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  return rules.select(n);
}

/** The number with its noun, in the form `n` asks for: `count('en', 'count.force', 3)` → "3 forces". */
export function count(lang: Lang, key: CountKey, n: number, values?: Readonly<Record<string, string | number>>): string {
  const forms = CATALOGUES[lang][key] as PluralForms;
  return fill(forms[pluralCategory(lang, n)] ?? forms.other, { ...values, n });
}

function listFormat(lang: Lang, options: Intl.ListFormatOptions): Intl.ListFormat {
  const id = `${lang} ${options.type} ${options.style ?? ''}`;
  let format = lists.get(id);
  if (!format) lists.set(id, (format = new Intl.ListFormat(LOCALES[lang], options)));
  return format;
}

/**
 * "a, b and c" in the language. Welsh "and" is "a" before a consonant and "ac" before a
 * vowel; ICU leaves it as ", a(c)" for the writer to choose, so the choice is made here from
 * the next item's first letter, without ICU's comma before it (Welsh prose has none there).
 */
export function listAnd(lang: Lang, items: readonly string[]): string {
  const parts = listFormat(lang, { type: 'conjunction' }).formatToParts(items);
  return parts
    .map((part, i) => (part.type === 'literal' && part.value.includes('a(c)') ? ` ${welshAnd(parts[i + 1]?.value ?? '')} ` : part.value))
    .join('');
}

/** Welsh "and" before `next`: "ac" before a vowel (a, e, i, o, u, w, y, with or without an accent), else "a". */
function welshAnd(next: string): string {
  return /^[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/i.test(next.normalize('NFC')) ? 'ac' : 'a';
}

/** Items of a tally, comma-separated: "3 in progress, 1 complete". */
export function listTally(lang: Lang, items: readonly string[]): string {
  return listFormat(lang, { style: 'short', type: 'unit' }).format(items);
}
