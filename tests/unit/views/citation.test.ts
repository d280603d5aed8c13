import { describe, expect, test } from 'vitest';
import { getLastChanged, toCitation } from '../../../src/lib/views/citation.ts';
import { permanentUrl } from '../../../src/lib/basics/urls.ts';
import { makeCorpus, makeInspection, makeResponse } from '../support/factories.ts';
import { createSite } from '../../../src/lib/site/site.ts';

const inspection = makeInspection({ id: 'lorem-review', title: 'Lorem ipsum review' });
const signed = makeResponse({
  force: 'northshire', inspection: 'lorem-review', date: '2019-11-01', author: { name: 'A. Placeholder', role: 'Police and Crime Commissioner for Northshire' },
  source: 'https://www.example.org/lorem.pdf', updates: [{ date: '2020-02-01', recommendations: { '1': 'complete' }, reasons: {}, evidence: {} }],
});
const unsigned = makeResponse({ force: 'westmere', inspection: 'lorem-review' });
const corpus = makeCorpus({ inspections: [inspection], responses: [signed, unsigned] });

describe('citing a document', () => {
  test('gives an absolute permanent address when the site\'s address is known, else one from the site root', () => {
    expect(permanentUrl(createSite(corpus, { siteUrl: 'https://responses.example.org', base: '/pcc/' }), '/responses/a/b/')).toBe('https://responses.example.org/pcc/responses/a/b/');
    expect(permanentUrl(createSite(corpus, { base: '/pcc/' }), '/responses/a/b/')).toBe('/pcc/responses/a/b/');
  });

  test('names the signatory, the year, the title, the date, the permanent address and the original', () => {
    const site = createSite(corpus, { siteUrl: 'https://responses.example.org' });
    expect(toCitation(site, signed)).toBe('A. Placeholder, Police and Crime Commissioner for Northshire (2019) Response to Lorem ipsum review. Dated 1 November 2019. Responses to police inspections. Available at: https://responses.example.org/responses/northshire/lorem-review/. Original: https://www.example.org/lorem.pdf.');
  });

  test('cites an unsigned, undated document by its policing body, with no date (n.d.)', () => {
    expect(toCitation(createSite(corpus), unsigned)).toBe('Police and Crime Commissioner for Westmere (n.d.) Response to Lorem ipsum review. Responses to police inspections. Available at: /responses/westmere/lorem-review/.');
  });
});

describe('citing a document on a Welsh page', () => {
  test('gives the citation\'s own words and the date in Welsh, and the document\'s words as they are', () => {
    const site = createSite(corpus, { siteUrl: 'https://responses.example.org' });
    expect(toCitation(site, signed, 'cy')).toBe('A. Placeholder, Police and Crime Commissioner for Northshire (2019) Ymateb i Lorem ipsum review. Dyddiedig 1 Tachwedd 2019. Ymatebion i arolygiadau heddlu. Ar gael yn: https://responses.example.org/responses/northshire/lorem-review/. Gwreiddiol: https://www.example.org/lorem.pdf.');
  });

  test('says "d.d." (dim dyddiad) for an undated document', () => {
    expect(toCitation(createSite(corpus), unsigned, 'cy')).toBe('Police and Crime Commissioner for Westmere (d.d.) Ymateb i Lorem ipsum review. Ymatebion i arolygiadau heddlu. Ar gael yn: /responses/westmere/lorem-review/.');
  });

  test('gives the Welsh page\'s own address on a site in both languages, and the English page\'s on its twin', () => {
    const english = createSite(corpus, { siteUrl: 'https://responses.example.org', base: '/pcc/' });
    const welsh = { ...english, pagesBase: '/pcc/cy/' };
    expect(toCitation(welsh, signed, 'cy')).toContain('Ar gael yn: https://responses.example.org/pcc/cy/responses/northshire/lorem-review/.');
    expect(toCitation(english, signed)).toContain('Available at: https://responses.example.org/pcc/responses/northshire/lorem-review/.');
    expect(toCitation({ ...createSite(corpus), pagesBase: '/cy/' }, unsigned, 'cy')).toContain('Ar gael yn: /cy/responses/westmere/lorem-review/.');
  });

  test('says where "Last changed" comes from in Welsh', () => {
    expect(getLastChanged(createSite(corpus), inspection, [signed], 'cy').basis).toBe('y dyddiad diweddaraf yn yr adroddiad a\'r dogfennau: nid oes hanes ffeiliau ar gael');
  });
});

describe('when a comparison page last changed', () => {
  test('is the newest commit to the report\'s or its documents\' files where git knows them', () => {
    const fileDates = new Map([[inspection.file, '2024-01-05'], [signed.file, '2025-03-02']]);
    expect(getLastChanged(createSite(corpus, { fileDates }), inspection, [signed, unsigned])).toEqual({ date: '2025-03-02', basis: expect.stringContaining('last change') });
  });

  test('is the newest date in the content without git history, status updates included', () => {
    expect(getLastChanged(createSite(corpus), inspection, [signed, unsigned]).date).toBe('2020-02-01');
    expect(getLastChanged(createSite(corpus), inspection, []).date).toBe('2019-09-27');
  });

  test('is the newest correction or redaction without git history, where later than every other date', () => {
    const corrected = makeResponse({
      ...signed,
      corrections: [{ date: '2021-04-03', recommendation: '1', field: 'status', from: 'planned', to: 'complete', reason: 'Placeholder: a fictional re-reading.' }],
    });
    const site = createSite(makeCorpus({ inspections: [inspection], responses: [corrected, unsigned] }));
    expect(getLastChanged(site, inspection, [corrected, unsigned])).toEqual({ date: '2021-04-03', basis: expect.stringContaining('no file history') });
    const redacted = makeResponse({ ...corrected, redactions: [{ id: 'officer-mobile', date: '2021-05-09', reason: 'a fictional officer\'s mobile number' }] });
    expect(getLastChanged(createSite(makeCorpus({ inspections: [inspection], responses: [redacted, unsigned] })), inspection, [redacted, unsigned]).date).toBe('2021-05-09');
  });
});
