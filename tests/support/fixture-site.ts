/** What the fixture site (FIXTURE_SITE) changes in the valid fixture, and what tests look for in it. */
import { VALID_FILES, type Edit } from '../fixtures/fixtures.ts';

/** A title written with markup characters: it must be shown as these characters, never as markup. */
export const MARKUP_TITLE = 'Placeholder <em>chief officer</em> reply & <script>notes</script>';

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
  { file: VALID_FILES.late, replace: 'Placeholder text for a fictional response, sent after the 56 days.\n', with: `${UNEVEN_HEADINGS}\n` },
];

/** A Welsh word only the Welsh fixture document has ("fictional"). */
export const WELSH_WORD = 'ffuglennol';
