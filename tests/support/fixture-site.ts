/** What the fixture site (FIXTURE_SITE) changes in the valid fixture, and what tests look for in it. */
import { VALID_FILES, type Edit } from '../fixtures/fixtures.ts';

/** A title written with markup characters: it must be shown as these characters, never as markup. */
export const MARKUP_TITLE = 'Placeholder <em>chief officer</em> reply & <script>notes</script>';

export const FIXTURE_SITE_EDITS: Edit[] = [
  { file: VALID_FILES.forceResponse, replace: 'kind: force-response\n', with: `kind: force-response\ntitle: ${JSON.stringify(MARKUP_TITLE)}\n` },
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
