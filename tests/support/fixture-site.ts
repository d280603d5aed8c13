/** What the fixture site (FIXTURE_SITE) changes in the valid fixture, and what tests look for in it. */
import { VALID_FILES, type Edit } from '../fixtures/fixtures.ts';
import { TRANSLATION_EDITS } from '../fixtures/invalid-translations.ts';

/** A title written with markup characters: it must be shown as these characters, never as markup. */
export const MARKUP_TITLE = 'Placeholder <em>chief officer</em> reply & <script>notes</script>';

/** Northshire's quotation for recommendation 1: a few words of its section. */
export const SHORT_QUOTE = 'a fictional response to recommendation 1';

/** Northshire's quotations for recommendation 4a: together longer than a summary shows, the second across a link. */
export const LONG_QUOTES = [
  'Placeholder sentence for a fictional plan: the first of several placeholder steps is described here at some length, so that the words quoted run past what a summary table shows.',
  'with a safe link',
];

/** Dyffryn's quotation for recommendation 2, in Welsh (the valid fixture's own). */
export const WELSH_QUOTE = 'Testun dros dro ar gyfer ymateb ffuglennol i argymhelliad 2.';

/** A site's own sentence saying whose reading the statuses are, set in the fixture site's settings. */
export const FIXTURE_STATUS_READING = 'Placeholder: the statuses are the fictional office\'s own reading of each document.';

/**
 * A body whose author used `####` before `##` and skipped from `##` to `####`, as the content
 * model allows: the pages must still show an outline without gaps (the W3C Nu checker's gate).
 */
export const UNEVEN_HEADINGS = [
  '#### Summary',
  'Placeholder text for a fictional response, sent after the 56 days.',
  '## Recommendation 1',
  'Placeholder text on the first recommendation.',
  '#### Progress so far',
  'Placeholder text on progress.',
].join('\n\n');

export const FIXTURE_SITE_EDITS: Edit[] = [
  { file: VALID_FILES.forceResponse, replace: 'kind: force-response\n', with: `kind: force-response\ntitle: ${JSON.stringify(MARKUP_TITLE)}\n` },
  // Evidence in the long form: one short quotation, and a long pair, one of them across a link.
  {
    file: VALID_FILES.onTime,
    replace: [
      '  "1":',
      '    status: complete',
      '    evidence: "Placeholder text for a fictional response to recommendation 1."',
      '  "2": in-progress',
      '  "4a":',
      '    status: planned',
      '    evidence:',
      '      - "Placeholder text for a fictional response to recommendation 4a"',
      '      - "with a safe link."',
      '',
    ].join('\n'),
    with: [
      '  "1":',
      '    status: complete',
      `    evidence: ${JSON.stringify(SHORT_QUOTE)}`,
      '  "2": in-progress',
      '  "4a":',
      '    status: planned',
      '    evidence:',
      ...LONG_QUOTES.map((q) => `      - ${JSON.stringify(q)}`),
      '',
    ].join('\n'),
  },
  {
    file: VALID_FILES.onTime,
    replace: 'Placeholder text for a fictional response to recommendation 4a,',
    with: `${LONG_QUOTES[0]}\n\nPlaceholder text for a fictional response to recommendation 4a,`,
  },
  { file: VALID_FILES.late, replace: 'Placeholder text for a fictional response, sent after the 56 days.\n', with: `${UNEVEN_HEADINGS}\n` },
];

/** A Welsh word only the Welsh fixture document has ("fictional"). */
export const WELSH_WORD = 'ffuglennol';

/**
 * The fixture site is built as of FIXTURE_TODAY, inside the fictional vetting review's comment
 * period (published 15 March 2021, due 9 May 2021), and with an address, so its feeds and
 * calendars are made.
 */
export const FIXTURE_TODAY = '2021-05-01';
export const FIXTURE_SITE_URL = 'https://fixture.example.org/';
export const FIXTURE_SITE_ENV = { PCC_TODAY: FIXTURE_TODAY, PCC_SITE_URL: FIXTURE_SITE_URL };

/**
 * A fictional Welsh office's settings: Dyffryn's (the valid fixture's fictional Welsh force,
 * with a document in Welsh), publishing in English and Welsh, with other forces' documents
 * for comparison. Placeholder text throughout.
 */
export const WELSH_OFFICE = {
  title: 'Placeholder: ymatebion ffuglennol Dyffryn',
  officeName: 'Placeholder: Swyddfa ffuglennol Comisiynydd Heddlu a Throseddu Dyffryn',
  force: 'dyffryn',
  compareWithOtherForces: true,
  // An address, so the site has feeds and a sitemap, which must list the Welsh pages too.
  siteUrl: 'https://responses.dyffryn-pcc.example/',
  languages: ['en', 'cy'],
} as const;

/** A document published in Welsh only, on the Welsh office's site: the chief constable's, with no English twin. */
export const WELSH_ONLY_FILE = 'responses/dyffryn/vetting-review-2021--force-response.md';
const WELSH_ONLY_TEXT = `---
force: dyffryn
inspection: vetting-review-2021
kind: force-response
date: 2021-05-20
lang: cy
recommendations:
  "1":
    status: in-progress
    evidence: "Testun dros dro ar gyfer ymateb ffuglennol y prif gwnstabl."
---

Testun dros dro ar gyfer ymateb ffuglennol y prif gwnstabl.
`;

/**
 * The Welsh office's content: the valid fixture with its Welsh letter published in English
 * too (the English marked as its translation), so the site has documents in English alone
 * (the other forces') and one response in both languages.
 */
export const WELSH_SITE_EDITS: Edit[] = [...TRANSLATION_EDITS, { file: WELSH_ONLY_FILE, write: WELSH_ONLY_TEXT }];

