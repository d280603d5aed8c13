import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/lib/text/markdown.ts';
import { containsText, findPersonalData, findPersonalDataInBody, sameText } from '../../src/lib/text/personal-data.ts';

// Numbers from Ofcom's ranges kept for drama (01632 960xxx, 020 7946 0xxx, 07700 900xxx), which
// no one is ever given; the addresses are at example.org.
describe('what looks like personal data', () => {
  test.each([
    ['a mobile number in two groups', 'please contact him on 07700 900123 or by e-mail', 'mobile number', '07700 900123'],
    ['a mobile number in three groups', 'Call 07700 900 123.', 'mobile number', '07700 900 123'],
    ['a mobile number with no spaces', 'mobile:07700900123', 'mobile number', '07700900123'],
    ['a mobile number in the +44 form', 'from abroad +44 7700 900123', 'mobile number', '+44 7700 900123'],
    ['a mobile number in the +44 (0) form', 'ring +44 (0)7700 900123 today', 'mobile number', '+44 (0)7700 900123'],
    ['a London number', 'Telephone: 020 7946 0123', 'phone number', '020 7946 0123'],
    ['a five-digit area code in brackets', 'tel (01632) 960123', 'phone number', '(01632) 960123'],
    ['an area code run together', 'tel 01632960123', 'phone number', '01632960123'],
    ['a 03 number with hyphens', 'on 0300-123-4567.', 'phone number', '0300-123-4567'],
    ['a landline in the +44 form', 'call +44 20 7946 0123', 'phone number', '+44 20 7946 0123'],
    ['a landline in the +44 (0) form', 'call +44 (0)20 7946 0123', 'phone number', '+44 (0)20 7946 0123'],
    ['a nine-digit 01 number', 'on 01632 96012, ask for', 'phone number', '01632 96012'],
    ['a person\'s e-mail address', 'or email alex.example1@fictional.example.org.', 'e-mail address', 'alex.example1@fictional.example.org'],
    ['a shared inbox with a hyphen', 'write to Pcc-office@northshire.example.org', 'e-mail address', 'Pcc-office@northshire.example.org'],
    ['a number straight after "Tel."', 'Tel.07700 900123', 'mobile number', '07700 900123'],
    ['a number in a bracket of its own', 'the officer (07700 900123) wrote', 'mobile number', '07700 900123'],
    ['a mobile number written with 0044', 'from abroad 0044 7700 900123', 'mobile number', '0044 7700 900123'],
    ['a number with non-breaking spaces between its groups', 'call 07700\u00a0900123 today', 'mobile number', '07700\u00a0900123'],
    ['a number with a narrow non-breaking space', 'call 020\u202f7946\u202f0123', 'phone number', '020\u202f7946\u202f0123'],
    ['an address inside a Markdown link', '[write to us](mailto:office@example.org)', 'e-mail address', 'office@example.org'],
  ])('finds %s', (_, text, kind, words) => {
    expect(findPersonalData(text)).toEqual([{ kind, text: words, line: 1 }]);
  });

  test.each([
    ['dates', 'dated 2019-11-21, 21/11/2019, 01/04/2020, 01.04.2020 and 01 April 2020'],
    ['report numbers and years', 'the 2019/20 plan, report 2017/18-03, in 2016 and 2017'],
    ['postcodes', 'Hinchingbrooke Park, Huntingdon PE29 6NP, and NN4 0JQ, SW1H 9EX'],
    ['sums and counts', 'a budget of £0.5 million, 01 officers, 0.25 FTE, 1,234,567 calls and 12345678901 records'],
    ['freephone and other non-geographic numbers', 'Crimestoppers on 0800 555 111, and 0845 123 4567'],
    ['a number too short to be a phone number', 'case 0123 4567'],
    ['a Twitter handle', 'follow @NorthshirePCC and #policing'],
    ['a number that runs on into more digits', 'reference 016329601234567'],
  ])('passes over %s', (_, text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  test('finds both numbers of a pair written with a slash', () => {
    expect(findPersonalData('07700 900123/07700 900456')).toEqual([
      { kind: 'mobile number', text: '07700 900123', line: 1 },
      { kind: 'mobile number', text: '07700 900456', line: 1 },
    ]);
  });

  test('passes over dates, report numbers and sums written around a slash or a full stop', () => {
    expect(findPersonalData('on 21/11/2019, in 2019/0123456789 terms, 1.01632960000 and 01.04.2020/01.05.2020')).toEqual([]);
  });

  test('reads a body as a reader sees it, giving the body line where each finding starts', () => {
    const body = [
      'Placeholder first paragraph, dated 21/11/2019, for the 2019/20 plan.', // 1
      '', // 2
      'Write to john\\_smith@example.org or call 07700', // 3
      '900123 in the evening.', // 4
      '', // 5
      '- Tel.07700 900456, or [email us](mailto:alex@example.org).', // 6
      '', // 7
      '| Who | Number |', // 8
      '| --- | --- |', // 9
      '| Placeholder | 0044 7700 900789 |', // 10
    ].join('\n');
    expect(findPersonalDataInBody(parseMarkdown(body))).toEqual([
      { kind: 'e-mail address', text: 'john_smith@example.org', line: 3 },
      { kind: 'mobile number', text: '07700 900123', line: 3 },
      { kind: 'mobile number', text: '07700 900456', line: 6 },
      { kind: 'e-mail address', text: 'alex@example.org', line: 6 },
      { kind: 'mobile number', text: '0044 7700 900789', line: 10 },
    ]);
  });

  test('finds an autolinked address once, and passes over a body with none', () => {
    expect(findPersonalDataInBody(parseMarkdown('Placeholder: <alex@example.org>.'))).toEqual([{ kind: 'e-mail address', text: 'alex@example.org', line: 1 }]);
    expect(findPersonalDataInBody(parseMarkdown('Placeholder: 0800 555 111, PE29 6NP, £0.5 million, 2016 and\n2017, report 2017/18-03.'))).toEqual([]);
  });

  test('gives each finding its line, in order along the line', () => {
    const text = 'Placeholder first line.\n\nContact: alex@example.org or 07700 900456, switchboard 01632 960000.';
    expect(findPersonalData(text)).toEqual([
      { kind: 'e-mail address', text: 'alex@example.org', line: 3 },
      { kind: 'mobile number', text: '07700 900456', line: 3 },
      { kind: 'phone number', text: '01632 960000', line: 3 },
    ]);
  });

  test('compares kept text as a reader would: spacing and case aside', () => {
    expect(sameText('Office@Example.org', 'office@example.org')).toBe(true);
    expect(sameText('01632  960000', '01632 960000')).toBe(true);
    expect(sameText('01632 960000', '01632 960001')).toBe(false);
    expect(containsText('Call us on 01632\n960000 today.', '01632 960000')).toBe(true);
    expect(containsText('Call us on 01632 960001 today.', '01632 960000')).toBe(false);
  });
});
