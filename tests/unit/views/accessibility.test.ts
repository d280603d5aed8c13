import { describe, expect, test } from 'vitest';
import { toStatementView } from '../../../src/lib/views/accessibility.ts';
import type { Statement } from '../../../src/schemas/statement.ts';

const SITE_NAME = 'Northshire: responses to police inspections';

const statement: Statement = {
  publisher: 'Northshire Office of the Police and Crime Commissioner (fictional)',
  contactEmail: 'accessibility@example.org',
  compliance: 'partial',
  prepared: '2024-03-01',
  lastReviewed: '2025-01-15',
  lastTested: '2025-01-10',
  testedBy: 'placeholder testers',
};

describe('toStatementView', () => {
  test('uses the model statement wording for each compliance status', () => {
    expect(toStatementView({ ...statement, compliance: 'full' }, SITE_NAME).compliance).toMatch(/^This website is fully compliant with the Web Content Accessibility Guidelines version 2\.2 AA standard\.$/);
    expect(toStatementView(statement, SITE_NAME).compliance).toContain('partially compliant');
    expect(toStatementView({ ...statement, compliance: 'none' }, SITE_NAME).compliance).toContain('not compliant');
  });

  test('names the site by the office\'s title for it', () => {
    expect(toStatementView(statement, SITE_NAME).heading).toBe('Accessibility statement for Northshire: responses to police inspections');
  });

  test('writes the dates the GOV.UK way', () => {
    const view = toStatementView(statement, SITE_NAME);
    expect([view.prepared, view.lastReviewed, view.lastTested]).toEqual(['1 March 2024', '15 January 2025', '10 January 2025']);
  });
});
