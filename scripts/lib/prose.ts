/**
 * Placeholder prose for generated documents: sentences drawn from a vocabulary of common
 * English words (the frequent end) and made-up words (the rare end), picked by Zipf's law,
 * so that a search index built from it has the size and shape of one built from real text
 * while no sentence could be mistaken for a real statement.
 */
import { createZipf, type Random } from './random.ts';

/** Common words, most frequent first: the head of the distribution. */
const COMMON_WORDS = [...new Set(`
the of and to a in that is for will be we with this as on are by have has it our
force police crime commissioner report recommendation recommendations inspection
officers staff work review plan national guidance vetting process support public
victims action progress local team training standards data policy chief constable
community service new further ensure continue board develop improve system place
place include oversight meeting scrutiny performance resources capacity capability
response year months monitoring partners complaint misconduct standards professional
intelligence unit counter corruption abuse position safeguarding vulnerable people
custody detention stop search use body worn video equality diversity inclusion
officer sergeant inspector leadership culture wellbeing welfare learning development
audit assurance governance accountability transparency public confidence trust
panel forum strategy framework delivery implementation milestone timetable deadline
update quarterly annual budget funding investment technology software systems records
management information analysis evidence outcomes measures indicators results
partnership agencies health education council authority court prison probation
college policing lead council office home department ministry regional collaboration
neighbourhood response investigation investigations domestic violence sexual offences
child exploitation missing persons mental fraud cyber roads firearms public order
call handling contact demand triage attendance incident incidents reporting recording
accuracy compliance rules code ethics integrity conduct behaviour hearing outcome
appeal review reviewed considered agreed approved established introduced completed
started ongoing planned pending awaited expected required necessary appropriate
effective efficient sufficient consistent regular routine specific particular clear
additional further early full joint wider stronger better more most all each every
some several many few other same different current previous recent future first
`.trim().split(/\s+/))];

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'pl', 'r', 's', 'st', 'sh', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 'l', 'st', 'nd', 'm', 'x', 'th'];

/** Made-up words from syllables ("brantelow"): the long tail of rare words. */
export function makeInventedWords(random: Random, count: number): string[] {
  const words = new Set<string>();
  const common = new Set(COMMON_WORDS);
  while (words.size < count) {
    const syllables = random.weighted([[1, 2], [2, 5], [3, 2]] as const);
    let word = '';
    for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
    if (!common.has(word)) words.add(word);
  }
  return [...words];
}

export interface Prose {
  /** One sentence of 6 to 24 words, capitalised, ending in a full stop. */
  sentence(): string;
  /** A paragraph of `min` to `max` sentences. */
  paragraph(min?: number, max?: number): string;
  /** A short phrase of `min` to `max` words, capitalised: a title or label. */
  phrase(min: number, max: number): string;
  /** One word from the vocabulary. */
  word(): string;
}

/** A prose generator over common English words and `invented` made-up ones. */
export function createProse(random: Random, inventedWordCount = 8000): Prose {
  const vocabulary = [...COMMON_WORDS, ...makeInventedWords(random, inventedWordCount)];
  const word = createZipf(vocabulary, random, 1.05);
  const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const words = (n: number) => Array.from({ length: n }, word);
  const sentence = () => {
    const parts = words(random.int(6, 24));
    if (parts.length > 10 && random.chance(0.4)) parts[random.int(3, parts.length - 4)] += ',';
    return `${capitalise(parts.join(' '))}.`;
  };
  return {
    sentence,
    paragraph: (min = 2, max = 6) => Array.from({ length: random.int(min, max) }, sentence).join(' '),
    phrase: (min, max) => capitalise(words(random.int(min, max)).join(' ')),
    word,
  };
}
