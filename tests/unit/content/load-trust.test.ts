/**
 * The trust fields as the loader takes them from the valid fixture's chief officer's response:
 * reasons, corrections and provenance carried to the corpus, redaction markers rendered as
 * their reasons, and the personal-data warnings.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/basics/problems.ts';
import { lineOf, removeContentCopies, VALID_FILES as F } from '../../fixtures/fixtures.ts';
import { formattedErrors, loadFixture } from './expect-problem.ts';

afterAll(removeContentCopies);

const FILE = `content/${F.forceResponse}`;
const REDACTED = "[Redacted: a named officer's mobile number]";

function chiefOfficerResponse(result: ReturnType<typeof loadFixture>['result']) {
  return result.corpus.responses.find((r) => r.file === FILE)!;
}

describe('the trust fields of the valid fixture', () => {
  const { result } = loadFixture();
  const document = chiefOfficerResponse(result);

  test('carry the reasons by recommendation, and the corrections, provenance and redactions as written', () => {
    expect(Object.keys(document.reasons)).toEqual(['1', '4a']);
    expect(document.reasons['4a']).toMatch(/^Recommendation 4a is for a fictional national lead as well as the forces, and the letter says/);
    expect(document.corrections).toEqual([expect.objectContaining({ date: '2021-06-01', recommendation: '4a', field: 'status', from: 'planned', to: 'awaiting-national' })]);
    expect(document.provenance?.changes).toEqual(["The placeholder letter's sign-off moved below its text."]);
    expect(document.redactions.map((r) => r.id)).toEqual(['officer-mobile']);
  });

  test('render a redaction marker as its reason, in the HTML and the plain text, never as the marker', () => {
    expect(document.html).toContain(`<span class="redacted">${REDACTED}</span>`);
    expect(document.text).toContain(`call the officer who wrote it on ${REDACTED}.`);
    expect(document.html + document.text).not.toContain('[redacted:');
  });
});

describe('personal data in a body', () => {
  test('warns at the line of an unredacted mobile number, and passes over kept contact details', () => {
    const { copy, result } = loadFixture([{ file: F.forceResponse, replace: '[redacted: officer-mobile]', with: '07700 900123, [redacted: officer-mobile]' }]);
    const warnings = result.problems.filter((p) => p.file === FILE).map(formatProblem);
    expect(warnings).toEqual([
      `${FILE}:${lineOf(copy.dir, F.forceResponse, '07700 900123')}: warning: body: looks like a mobile number ("07700 900123"); redact it with a recorded reason, or record it in personalDataKept with the reason it is kept`,
    ]);
  });

  test('warns of a kept contact detail once its entry is gone, and of an entry the body does not hold', () => {
    const { copy, result } = loadFixture([
      { file: F.forceResponse, replace: '  - text: enquiries@northshire.example.org\n', with: '  - text: office@westmere.example.org\n' },
    ]);
    expect(formattedErrors(result)).toEqual([]);
    const warnings = result.problems.filter((p) => p.file === FILE).map(formatProblem);
    expect(warnings).toEqual([
      `${FILE}:${lineOf(copy.dir, F.forceResponse, 'Placeholder contact paragraph')}: warning: body: looks like an e-mail address ("enquiries@northshire.example.org"); redact it with a recorded reason, or record it in personalDataKept with the reason it is kept`,
      `${FILE}:${lineOf(copy.dir, F.forceResponse, 'text: office@westmere.example.org')}: warning: personalDataKept[#2].text: "office@westmere.example.org" is not in the document's text, so the entry keeps nothing; allowed: the contact detail exactly as it stands in the text, or remove the entry`,
    ]);
  });
});

describe('personal data in the other fields a response publishes', () => {
  test('warns at the line of each field that holds a contact detail, and passes over kept ones', () => {
    const { copy, result } = loadFixture([
      { file: F.forceResponse, replace: '    reasons: The fictional chief officer writes', with: '    reasons: The fictional chief officer (07700 900111) writes' },
      { file: F.forceResponse, replace: '    - No publication date is recorded', with: '    - Sent by alex.example@fictional.example.org; no publication date is recorded' },
      { file: F.forceResponse, replace: "    reason: a named officer's mobile number", with: "    reason: a named officer's mobile number, 07700 900222" },
      { file: F.forceResponse, replace: '  role: Chief Constable of Northshire Constabulary', with: '  role: Chief Constable of Northshire Constabulary, on 01632 960000' },
    ]);
    expect(formattedErrors(result)).toEqual([]);
    const warnings = result.problems.filter((p) => p.file === FILE).map(formatProblem);
    const at = (text: string) => `${FILE}:${lineOf(copy.dir, F.forceResponse, text)}: warning:`;
    const tail = 'in a field the site publishes; leave it out, or record it in personalDataKept with the reason it is kept';
    expect(warnings).toEqual([
      `${at('(07700 900111)')} recommendations.1.reasons: looks like a mobile number ("07700 900111") ${tail}`,
      `${at('Sent by alex.example')} provenance.notes[#1]: looks like an e-mail address ("alex.example@fictional.example.org") ${tail}`,
      `${at('07700 900222')} redactions[id="officer-mobile"].reason: looks like a mobile number ("07700 900222") ${tail}`,
    ]);
  });
});

describe('evidence beside a redaction', () => {
  test('may quote the words a reader sees in its place', () => {
    const { result } = loadFixture([{ file: F.forceResponse, replace: '    evidence: "Placeholder text"\n', with: `    evidence: "call the officer who wrote it on ${REDACTED.replace(/"/g, '\\"')}"\n` }]);
    expect(formattedErrors(result)).toEqual([]);
  });

  test('may not quote the marker as the file writes it, which no reader sees', () => {
    const { result } = loadFixture([{ file: F.forceResponse, replace: '    evidence: "Placeholder text"\n', with: '    evidence: "call the officer who wrote it on [redacted: officer-mobile]"\n' }]);
    expect(formattedErrors(result)).toEqual([expect.stringContaining('recommendations.2.evidence: the quotation "call the officer who wrote it on [redacted: officer-mobile]" is not in the document\'s text')]);
  });
});

describe('what the trust fields allow', () => {
  test('reasons on not-addressed, and a correction of the text with no recommendation', () => {
    const { result } = loadFixture([
      { file: F.late, replace: '  "4a": not-addressed\n', with: '  "4a":\n    status: not-addressed\n    reasons: The fictional response says nothing of recommendation 4a.\n' },
      { file: F.late, replace: '---\n\nPlaceholder', with: 'corrections:\n  - date: 2021-08-01\n    field: text\n    from: sent after 56 days\n    to: sent after the 56 days\n    reason: A word left out in transcribing.\n---\n\nPlaceholder' },
    ]);
    expect(formattedErrors(result)).toEqual([]);
    const late = result.corpus.responses.find((r) => r.file === `content/${F.late}`)!;
    expect(late.reasons['4a']).toBe('The fictional response says nothing of recommendation 4a.');
    expect(late.corrections).toHaveLength(1);
  });
});
