import { describe, expect, test } from 'vitest';
import { authorName, documentAuthor, documentTitle } from '../../src/lib/site/documents.ts';
import { makeInspection, makeResponse, makeSite } from './support/factories.ts';

const inspection = makeInspection({ id: 'lorem-ipsum', title: 'Lorem ipsum: a placeholder report' });

describe('documentTitle', () => {
  const site = makeSite({ inspections: [inspection] });

  test.each([
    ['pcc-response', 'Response to Lorem ipsum: a placeholder report'],
    ['force-response', "Chief officer's response to Lorem ipsum: a placeholder report"],
    ['inspectorate-letter', 'HMICFRS letter on Lorem ipsum: a placeholder report'],
  ] as const)('makes a title for a %s from the inspection', (kind, title) => {
    expect(documentTitle(site, makeResponse({ force: 'northshire', inspection: 'lorem-ipsum', kind }))).toBe(title);
  });

  test('uses the document\'s own title when it sets one', () => {
    const document = makeResponse({ force: 'northshire', inspection: 'lorem-ipsum', title: 'Placeholder update on vetting' });
    expect(documentTitle(site, document)).toBe('Placeholder update on vetting');
  });
});

describe('authorName and documentAuthor', () => {
  const site = makeSite({ inspections: [inspection] });

  test('give the signatory\'s name and role, or the name alone', () => {
    expect(authorName({ name: 'A. Placeholder', role: 'Police and Crime Commissioner for Northshire' })).toBe('A. Placeholder, Police and Crime Commissioner for Northshire');
    expect(authorName({ name: 'A. Placeholder' })).toBe('A. Placeholder');
  });

  test('name the body the kind of document comes from when no one signed it', () => {
    const document = (kind: 'pcc-response' | 'force-response' | 'inspectorate-letter') => makeResponse({ force: 'northshire', inspection: 'lorem-ipsum', kind });
    const force = site.force('northshire');
    expect(documentAuthor(site, document('pcc-response'))).toBe(force.policingBody);
    expect(documentAuthor(site, document('force-response'))).toBe(`Chief Constable, ${force.name}`);
    expect(documentAuthor(site, document('inspectorate-letter'))).toBe('HM Inspectorate of Constabulary and Fire & Rescue Services');
  });
});
