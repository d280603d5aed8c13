import { describe, expect, test } from 'vitest';
import { toResponseView } from '../../../src/lib/views/response.ts';
import { IN_SENTENCE_NOTE } from '../../../src/lib/views/evidence-view.ts';
import { expectedQuoteId } from '../../support/quote-id.ts';
import { makeInspection, makeRecommendation, makeResponse, makeSite } from '../support/factories.ts';
import { amet, dolor, lorem, northshirePcc, site } from './shared-site.ts';

describe('toResponseView', () => {
  test('says a response that gives every recommendation a status is complete', () => {
    const all = makeResponse({
      force: 'northshire',
      inspection: 'lorem-ipsum',
      recommendations: { '1': 'complete', '2': 'no-action', '3': 'awaiting-national' },
    });
    const view = toResponseView(makeSite({ inspections: [lorem], responses: [all] }), 'northshire/lorem-ipsum');
    expect(view.coverage).toEqual({ complete: true, text: 'The response gives a status for all 3 recommendations.' });
  });

  test('says which recommendations an incomplete response leaves out, and why that matters', () => {
    expect(toResponseView(site, 'westmere/lorem-ipsum').coverage).toEqual({
      complete: false,
      text: 'Of 3 recommendations, the response addresses 1: it does not deal with recommendation 1 and gives no status for recommendation 3. '
        + 'Section 55(5B) of the Police Act 1996 asks the comments to say, for each recommendation, what action has been or will be taken, or why none.',
    });
  });

  test('lists several left-out recommendations with commas and "and"', () => {
    const partial = makeInspection({ id: 'lorem-ipsum', recommendations: ['1', '2', '3', '4'].map((id) => makeRecommendation(id)) });
    const none = makeResponse({ force: 'northshire', inspection: 'lorem-ipsum', recommendations: { '4': 'not-addressed' } });
    const view = toResponseView(makeSite({ inspections: [partial], responses: [none] }), 'northshire/lorem-ipsum');
    expect(view.coverage?.text).toMatch(
      /^Of 4 recommendations, the response addresses 0: it does not deal with recommendation 4 and gives no status for recommendation 1, recommendation 2 and recommendation 3\. /,
    );
  });

  test('does not say "1 recommendations" for an inspection with one recommendation', () => {
    const single = makeResponse({ force: 'northshire', inspection: 'amet', recommendations: { '1': 'complete' } });
    const view = toResponseView(makeSite({ inspections: [amet], responses: [single] }), 'northshire/amet');
    expect(view.coverage?.complete).toBe(true);
    expect(view.coverage?.text).not.toMatch(/\b1 recommendations\b/);
  });

  test('gives no coverage for a kind of document the duty does not cover', () => {
    const view = toResponseView(site, 'northshire/lorem-ipsum--force-response');
    expect(view.coverage).toBeNull();
    expect(view.statutory).toBe(false);
    expect(view.timeliness.status).toBe('not-applicable');
  });

  test('gives the document\'s facts in words', () => {
    const view = toResponseView(site, 'northshire/lorem-ipsum');
    expect(view).toMatchObject({
      title: 'Response to Lorem ipsum report',
      lang: 'en',
      force: { href: '/forces/northshire/', text: 'Northshire Constabulary' },
      policingBody: 'Police and Crime Commissioner for Northshire',
      inspection: { href: '/inspections/lorem-ipsum/', text: 'Lorem ipsum report' },
      kind: "Policing body's response",
      date: '21 November 2019',
      published: null,
      author: 'A. N. Other, Police and Crime Commissioner for Northshire',
      recipient: 'HM Chief Inspector of Constabulary',
      source: 'https://www.example.org/northshire.pdf',
      due: '21 November 2019',
      statutory: true,
      year: 2019,
    });
    expect(view.timeliness).toEqual({
      status: 'on-time',
      colour: 'g',
      text: 'On time: day 56 of 56',
      basis: 'Based on the date on the document, 21 November 2019 (no publication date is recorded).',
    });
    expect(view.html).toBe(northshirePcc.html);
  });

  test('says when a document carries no date', () => {
    const view = toResponseView(site, 'westmere/lorem-ipsum');
    expect(view.date).toBe('Undated: the document carries no date');
    expect(view.published).toBe('25 November 2019');
    expect(view.year).toBeNull();
    expect(view.author).toBeNull();
    expect(view.recipient).toBeNull();
    expect(view.source).toBeNull();
  });

  test('lists each recommendation with its status, comparison and section in this document', () => {
    expect(toResponseView(site, 'northshire/lorem-ipsum').recommendations).toEqual([
      {
        id: '1',
        title: 'Placeholder title 1',
        comparison: { href: '/inspections/lorem-ipsum/recommendations/1/', text: 'Placeholder title 1' },
        status: { id: 'complete', label: 'Complete', colour: 'g' },
        reasons: null,
        corrected: null,
        evidence: [],
        evidenceLinks: [],
        section: { href: '#recommendation-1', text: 'Go to its section' },
      },
      {
        id: '2',
        title: 'Placeholder title 2',
        comparison: { href: '/inspections/lorem-ipsum/recommendations/2/', text: 'Placeholder title 2' },
        status: { id: 'in-progress', label: 'In progress', colour: 'b' },
        reasons: null,
        corrected: null,
        evidence: [],
        evidenceLinks: [],
        section: { href: '#recommendation-2', text: 'Go to its section' },
      },
      {
        id: '3',
        title: 'Placeholder title 3',
        comparison: { href: '/inspections/lorem-ipsum/recommendations/3/', text: 'Placeholder title 3' },
        status: { id: 'planned', label: 'Planned', colour: 'p' },
        reasons: null,
        corrected: null,
        evidence: [],
        evidenceLinks: [],
        section: null,
      },
    ]);
  });

  test('gives each status, in the table and in the history, the words it rests on, in their sentence: the document\'s, then each update\'s', () => {
    const quoted = makeResponse({
      force: 'northshire',
      inspection: 'lorem-ipsum',
      recommendations: { '1': 'planned', '2': 'in-progress' },
      evidence: { '1': ['Placeholder introduction.'], '2': ['fictional work has started'] },
      updates: [{ date: '2020-02-01', recommendations: { '1': 'complete' }, reasons: {}, evidence: { '1': ['Placeholder words from a fictional update.'] } }],
      body: 'Placeholder introduction.\n\nWhile the placeholder plan is unclear, fictional work has started. Placeholder end.\n',
    });
    const view = toResponseView(makeSite({ inspections: [lorem], responses: [quoted] }), 'northshire/lorem-ipsum');
    const whole = { before: '', quoted: 'Placeholder introduction.', after: '' };
    const cut = { before: 'While the placeholder plan is unclear, ', quoted: 'fictional work has started', after: '.' };
    expect(view.recommendations.map((r) => r.evidence)).toEqual([[whole], [cut], []]);
    expect(view.marksNote).toBe(IN_SENTENCE_NOTE);
    // Each of the document's own quotations links to its words, marked with that id in the document.
    // The id is made from the quotation's words, so it stays theirs whatever comes before them.
    const one = expectedQuoteId('1', 'Placeholder introduction.');
    const two = expectedQuoteId('2', 'fictional work has started');
    expect(view.recommendations.map((r) => r.evidenceLinks)).toEqual([[`#${one}`], [`#${two}`], []]);
    expect(view.html).toContain(`<mark id="${one}">Placeholder introduction.</mark>`);
    expect(view.quoteAddresses).toEqual([
      { label: 'Recommendation 1', url: `/responses/northshire/lorem-ipsum/#${one}` },
      { label: 'Recommendation 2', url: `/responses/northshire/lorem-ipsum/#${two}` },
    ]);
    // Unmarked for the page's cache key, which the same quotations decide.
    expect(toResponseView(makeSite({ inspections: [lorem], responses: [quoted] }), 'northshire/lorem-ipsum', { markQuotes: false }).html).not.toContain('<mark');
    // The update's source is not on the site: its quotation stands alone.
    expect(view.history.map((step) => step.changes.map((c) => [c.recommendation, c.to.id, c.evidence]))).toEqual([
      [['1', 'planned', [whole]], ['2', 'in-progress', [cut]]],
      [['1', 'complete', [{ before: '', quoted: 'Placeholder words from a fictional update.', after: '' }]]],
    ]);
  });

  test('has no due date when the report has only a month', () => {
    const view = toResponseView(site, 'westmere/dolor-sit');
    expect(view.due).toBeNull();
    expect(view.timeliness.status).toBe('unknown');
  });

  test('keeps a Welsh document\'s language', () => {
    const welsh = makeResponse({ force: 'westmere', inspection: 'lorem-ipsum', lang: 'cy', title: 'Ymateb enghreifftiol' });
    const view = toResponseView(makeSite({ inspections: [lorem], responses: [welsh] }), 'westmere/lorem-ipsum');
    expect(view.lang).toBe('cy');
    expect(view.title).toBe('Ymateb enghreifftiol');
  });
});

describe('toResponseView: the language of a Welsh document', () => {
  const welsh = (title?: string) =>
    makeResponse({ force: 'westmere', inspection: 'dolor-sit', date: '2020-04-15', lang: 'cy', recommendations: { '1': 'complete' }, ...(title ? { title } : {}) });
  const siteWith = (document: ReturnType<typeof makeResponse>) =>
    makeSite({ inspections: [dolor], responses: [document] });

  test('marks the title the site makes as English, since the site writes it in English', () => {
    const view = toResponseView(siteWith(welsh()), 'westmere/dolor-sit');
    expect(view.lang).toBe('cy');
    expect(view.titleLang).toBe('en');
  });

  test("leaves a Welsh document's own title in Welsh", () => {
    const view = toResponseView(siteWith(welsh('Ymateb i adolygiad dychmygol')), 'westmere/dolor-sit');
    expect(view.title).toBe('Ymateb i adolygiad dychmygol');
    expect(view.titleLang).toBeUndefined();
  });

  test('shows the site\'s reasons beside each status, marks a corrected status, and lists the corrections and the copy\'s provenance', () => {
    const corrected = makeResponse({
      force: 'northshire',
      inspection: 'lorem-ipsum',
      date: '2020-01-10',
      recommendations: { '1': 'complete', '2': 'awaiting-national', '3': 'planned' },
      reasons: { '2': 'Placeholder reasons: the fictional recommendation 2 is for national bodies.' },
      updates: [{ date: '2020-03-01', recommendations: { '3': 'complete' }, evidence: {}, reasons: { '3': 'Placeholder reasons from a fictional update.' } }],
      corrections: [
        { date: '2020-02-01', field: 'text', from: 'Placeholder mistyped words', to: 'Placeholder words', reason: 'Placeholder: a slip in transcribing.' },
        { date: '2020-02-03', recommendation: '2', field: 'status', from: 'planned', to: 'awaiting-national', reason: 'Placeholder: the fictional letter plans nothing for it.' },
        { date: '2020-02-04', recommendation: '1', field: 'evidence', from: 'Placeholder quotation taken out', reason: 'Placeholder: a removal.' },
        { date: '2020-02-05', recommendation: '1', field: 'evidence', to: 'Placeholder quotation put in', reason: 'Placeholder: an addition.' },
      ],
      provenance: { from: 'Placeholder: a fictional PDF, typed in by hand.', notes: ['Placeholder: no publication date recorded.'] },
      redactions: [{ id: 'officer-mobile', date: '2020-02-06', reason: 'a fictional officer\'s mobile number' }],
    });
    const view = toResponseView(makeSite({ inspections: [lorem], responses: [corrected] }), 'northshire/lorem-ipsum');
    expect(view.recommendations.map((r) => [r.id, r.reasons, r.corrected])).toEqual([
      ['1', null, null],
      ['2', 'Placeholder reasons: the fictional recommendation 2 is for national bodies.', { href: '#corrections', text: 'Corrected 3 February 2020' }],
      ['3', null, null],
    ]);
    // The history gives each step's own reasons: the update's for its new status.
    expect(view.history[1]!.changes).toEqual([expect.objectContaining({ recommendation: '3', reasons: 'Placeholder reasons from a fictional update.' })]);
    expect(view.corrections).toEqual([
      {
        date: '1 February 2020', datetime: '2020-02-01', what: 'The text',
        ends: [{ label: 'Was', end: { text: 'Placeholder mistyped words' } }, { label: 'Changed to', end: { text: 'Placeholder words' } }],
        reason: 'Placeholder: a slip in transcribing.',
      },
      {
        date: '3 February 2020', datetime: '2020-02-03', what: 'The status of recommendation 2',
        ends: [
          { label: 'Was', end: { status: { id: 'planned', label: 'Planned', colour: 'p' } } },
          { label: 'Changed to', end: { status: { id: 'awaiting-national', label: 'Awaiting national action', colour: 'y' } } },
        ],
        reason: 'Placeholder: the fictional letter plans nothing for it.',
      },
      // A quotation only removed, or only added, is shown alone: not as a substitution.
      { date: '4 February 2020', datetime: '2020-02-04', what: 'The quoted evidence for recommendation 1', ends: [{ label: 'Quotation removed', end: { text: 'Placeholder quotation taken out' } }], reason: 'Placeholder: a removal.' },
      { date: '5 February 2020', datetime: '2020-02-05', what: 'The quoted evidence for recommendation 1', ends: [{ label: 'Quotation added', end: { text: 'Placeholder quotation put in' } }], reason: 'Placeholder: an addition.' },
    ]);
    expect(view.provenance).toEqual({ from: 'Placeholder: a fictional PDF, typed in by hand.', changes: [], notes: ['Placeholder: no publication date recorded.'],
      // Each redaction under "About this copy", with its date and what was taken out.
      redactions: [{ date: '6 February 2020', datetime: '2020-02-06', reason: 'a fictional officer\'s mobile number' }],
    });
    expect(toResponseView(site, 'northshire/lorem-ipsum')).toMatchObject({ corrections: [], provenance: null });
  });
});
