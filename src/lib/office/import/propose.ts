/**
 * Proposals read from a letter: its date, who signed it, who it is addressed to, which force
 * and which inspection it is about, and what kind of document it is. Each is a guess to
 * check, with the words it was taken from; what cannot be told is left undecided.
 */
import type { ResponseData } from '../../../schemas/response.ts';
import type { Corpus } from '../../content/model.ts';
import { isDay } from '../../basics/days.ts';
import type { DocumentKind } from '../../basics/document-kinds.ts';

export interface Proposal<T> {
  value: T;
  /** The words in the letter it was taken from. */
  from: string;
}

/** The fields a letter can tell (one `propose…` function each), their values typed by the response schema. */
type Proposable = Pick<ResponseData, 'date' | 'author' | 'recipient' | 'force' | 'inspection' | 'kind' | 'lang'>;
export type Proposals = { [K in keyof Proposable]?: Proposal<NonNullable<Proposable[K]>> };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The months in Welsh, as a Welsh letter dates itself ("1 Mai 2021"): from the CLDR data in Intl, as the site's Welsh dates are. */
const WELSH_MONTHS = MONTHS.map((_, month) => new Intl.DateTimeFormat('cy', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2021, month, 1)).toLowerCase());
const DATE_LINE = new RegExp(`^(?:date[d]?:?\\s*|dyddiad:?\\s*)?(\\d{1,2})(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?\\s+(${[...MONTHS, ...WELSH_MONTHS].join('|')})\\s*,?\\s+(\\d{4})\\.?$`, 'i');
const SLASH_DATE_LINE = /^(?:date[d]?:?\s*|dyddiad:?\s*)?(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/i;
/** "Yours sincerely", or in Welsh "Yn gywir", "Yr eiddoch yn gywir", "Yn ddiffuant". */
const SIGN_OFF = /^(?:yours\s+(sincerely|faithfully|truly)|(?:yr\s+eiddoch\s+)?yn\s+(?:gywir|ddiffuant))\b/i;
/** "Dear …", or in Welsh "Annwyl …". */
const SALUTATION = /^(?:dear|annwyl)\s+(.+?)[,.]?$/i;
/** Words that start a title rather than a name (in Welsh too: "Comisiynydd", "Prif Gwnstabl", "Dirprwy"). */
const ROLE_WORD = /^(police|deputy|chief|assistant|her|his|mayor|commissioner|office|director|head|for|comisiynydd|prif|dirprwy|heddlu|swyddfa|cyfarwyddwr|pennaeth)$/i;
const ROLE_TEXT = /commissioner|chief constable|inspector of constabulary|mayor|deputy|comisiynydd|prif gwnstabl|arolygydd|dirprwy/i;
/** A chief constable's title in English or Welsh. */
const CHIEF_CONSTABLE = /chief constable|commissioner of police of the metropolis|prif gwnstabl/i;
/** A policing body's title ("Police and Crime Commissioner", "Comisiynydd Heddlu a Throseddu"), which a chief constable's is not. */
const POLICING_BODY = /crime commissioner|comisiynydd heddlu a throseddu/i;

/** A full date written on a line of its own ("15th November 2019", "11/11/2019"), as YYYY-MM-DD. */
export function proposeDate(lines: readonly string[]): Proposal<string> | undefined {
  for (const line of lines) {
    const words = DATE_LINE.exec(line);
    const slash = SLASH_DATE_LINE.exec(line);
    const month = words ? words[2]!.toLowerCase() : '';
    const parts = words
      ? [words[3]!, (MONTHS.includes(month) ? MONTHS.indexOf(month) : WELSH_MONTHS.indexOf(month)) + 1, Number(words[1])]
      : slash ? [slash[3]!, Number(slash[2]), Number(slash[1])] : null;
    if (!parts) continue;
    const date = `${parts[0]}-${String(parts[1]).padStart(2, '0')}-${String(parts[2]).padStart(2, '0')}`;
    if (isDay(date)) return { value: date, from: line };
  }
  return undefined;
}

/** Whom the letter greets: "Dear Home Secretary" → "Home Secretary". */
export function proposeRecipient(lines: readonly string[]): Proposal<string> | undefined {
  for (const line of lines) {
    const match = SALUTATION.exec(line);
    if (match && match[1]!.trim()) return { value: match[1]!.trim(), from: line };
  }
  return undefined;
}

function looksLikeName(words: string[]): boolean {
  // Any letters, so a Welsh (or any) name with accents reads as one: "Siân Llŷr".
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

/** Splits "Stephen Mold Northamptonshire Police, Fire and Crime Commissioner" into name and title. */
function splitNameAndRole(line: string, places: ReadonlySet<string>): { name: string; role?: string } | undefined {
  const words = line.split(/\s+/);
  let cut = words.findIndex((w, i) => i > 0 && (ROLE_WORD.test(w) || places.has(w.replace(/[,.]$/, '').toLowerCase())));
  if (cut < 0) cut = words.length;
  const name = words.slice(0, cut);
  if (!looksLikeName(name)) return undefined;
  const role = words.slice(cut).join(' ');
  return role ? { name: name.join(' '), role } : { name: name.join(' ') };
}

/**
 * Who signed it: the first line that reads as a name after "Yours sincerely" (skipping the
 * garbled text a converted signature image leaves), with the title on the line after it; or,
 * without a sign-off, a line near the end that gives a name and a title.
 */
export function proposeAuthor(lines: readonly string[], places: ReadonlySet<string> = new Set()): Proposal<{ name: string; role?: string }> | undefined {
  const signOff = lines.findIndex((l) => SIGN_OFF.test(l));
  const candidates = signOff >= 0 ? lines.slice(signOff + 1, signOff + 6) : lines.slice(-6);
  for (let i = 0; i < candidates.length; i++) {
    const line = candidates[i]!;
    if (signOff < 0 && !ROLE_TEXT.test(line)) continue;
    const found = splitNameAndRole(line, places);
    if (!found) continue;
    if (!found.role) {
      const next = candidates.slice(i + 1).find((l) => ROLE_TEXT.test(l));
      if (next) found.role = next;
    }
    return { value: found, from: line };
  }
  return undefined;
}

/** The force's place name: "Cambridgeshire Constabulary" → "cambridgeshire". */
function placeOf(name: string): string {
  return name.replace(/\b(police|constabulary|service)\b/gi, '').trim().toLowerCase();
}

/** The place words of every force, to tell where a name ends and a title begins. */
export function placeWords(corpus: Corpus): Set<string> {
  return new Set(corpus.forces.flatMap((f) => placeOf(f.name).split(/\s+/)).filter((w) => w.length > 3));
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function countOf(haystack: string, needle: string): number {
  if (!needle) return 0;
  return haystack.split(` ${needle} `).length - 1;
}

/**
 * The force the letter is about: its policing body's title (in the signature) counts most,
 * the force's name next, its place name least. Decided only when one force clearly leads.
 */
export function proposeForce(text: string, corpus: Corpus, author?: { role?: string | undefined }): Proposal<string> | undefined {
  const role = author?.role ? normalise(author.role) : '';
  const body = ` ${normalise(text)} `;
  const scores = corpus.forces.map((force) => {
    const title = normalise(force.policingBody);
    const place = normalise(placeOf(force.name));
    const signed = role && (role.includes(title) || (place && ` ${role} `.includes(` ${place} `))) ? 100 : 0;
    return { force, score: signed + 10 * countOf(body, title) + 3 * countOf(body, normalise(force.name)) + countOf(body, place) };
  }).sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score === 0 || (second && best.score < 2 * second.score)) return undefined;
  return { value: best.force.id, from: best.score >= 100 ? `signed by the ${author!.role}` : `the letter names ${best.force.name} most often` };
}

/** The inspection the letter answers: its whole title in the text, else the longest part of a title. */
export function proposeInspection(text: string, corpus: Corpus): Proposal<string> | undefined {
  const body = ` ${normalise(text)} `;
  const whole = corpus.inspections.filter((i) => body.includes(` ${normalise(i.title)} `));
  if (whole.length) {
    const best = whole.sort((a, b) => b.title.length - a.title.length)[0]!;
    return { value: best.id, from: `the letter names "${best.title}"` };
  }
  let best: { id: string; part: string } | undefined;
  for (const inspection of corpus.inspections) {
    for (const part of inspection.title.split(/[:–—]| - /)) {
      const words = normalise(part);
      if (words.split(' ').length >= 3 && body.includes(` ${words} `) && words.length > (best ? normalise(best.part).length : 0)) {
        best = { id: inspection.id, part: part.trim() };
      }
    }
  }
  return best ? { value: best.id, from: `the letter names "${best.part}"` } : undefined;
}

/** The kind of document, from who signed it: an inspector, a chief officer, or (by default) the policing body. */
export function proposeKind(author?: { role?: string | undefined }): Proposal<DocumentKind> {
  const role = author?.role ?? '';
  if (/inspector of constabulary|hmicfrs/i.test(role)) return { value: 'inspectorate-letter', from: `signed by ${role}` };
  if (CHIEF_CONSTABLE.test(role) && !POLICING_BODY.test(role)) return { value: 'force-response', from: `signed by ${role}` };
  return { value: 'pcc-response', from: role ? `signed by ${role}` : 'the usual kind: the policing body\'s comments' };
}

/** Words common in Welsh prose and not English words, and the English words as common: to tell a Welsh letter from an English one. */
const WELSH_WORDS = new Set(['yr', 'yn', 'mae', 'ein', 'eich', 'bod', 'wedi', 'gyda', 'sydd', 'hyn', 'ac', 'gan', 'ar', 'ei', 'fod', 'y', 'i', 'o', 'ni', 'nid', 'hefyd', 'rydym', 'gyfer', 'dros']);
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'is', 'we', 'our', 'that', 'for', 'with', 'this', 'are', 'have', 'be', 'will', 'has', 'by', 'as']);

/**
 * The letter's language, proposed only when it reads as Welsh: Welsh words outnumber English
 * ones at least two to one, and at least ten times. An English letter is left as the default (en).
 */
export function proposeLang(text: string): Proposal<'cy'> | undefined {
  const words = text.toLowerCase().split(/[^\p{L}']+/u);
  const welsh = words.filter((w) => WELSH_WORDS.has(w)).length;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  if (welsh < 10 || welsh < 2 * english) return undefined;
  return { value: 'cy', from: `the letter reads as Welsh: ${welsh} common Welsh words ("yn", "y", "mae"…), ${english} English ("the", "and"…)` };
}
