import { describe, expect, test } from 'vitest';
import { toStatementView } from '../../../src/lib/views/accessibility.ts';
import type { Statement } from '../../../src/schemas/statement.ts';

const SITE_NAME = 'Northshire: responses to police inspections';
const OFFICE = { title: SITE_NAME, contact: { accessibility: 'access@northshire-pcc.example', security: 'mailto:security@northshire-pcc.example' } };

const statement: Statement = {
  compliance: 'partial',
  prepared: '2024-03-01',
  lastReviewed: '2025-01-15',
  lastTested: '2025-01-10',
  testedBy: 'placeholder testers',
};

describe('toStatementView', () => {
  test('uses the model statement wording for each compliance status', () => {
    expect(toStatementView({ ...statement, compliance: 'full' }, OFFICE).compliance).toMatch(/^This website is fully compliant with the Web Content Accessibility Guidelines version 2\.2 AA standard\.$/);
    expect(toStatementView(statement, OFFICE).compliance).toContain('partially compliant');
    expect(toStatementView({ ...statement, compliance: 'none' }, OFFICE).compliance).toContain('not compliant');
  });

  test('names the site by the office\'s title for it', () => {
    expect(toStatementView(statement, OFFICE).heading).toBe('Accessibility statement for Northshire: responses to police inspections');
  });

  test('names who runs the site and the contact address from the office\'s settings', () => {
    const named = toStatementView(statement, { ...OFFICE, officeName: 'Office of the Police and Crime Commissioner for Northshire (fictional)' });
    expect(named.publisher).toBe('Office of the Police and Crime Commissioner for Northshire (fictional)');
    expect(named.contactEmail).toBe('access@northshire-pcc.example');
    expect(toStatementView(statement, OFFICE).publisher).toBe('the team that publishes Northshire: responses to police inspections');
  });

  test('writes the dates the GOV.UK way', () => {
    const view = toStatementView(statement, OFFICE);
    expect([view.prepared, view.lastReviewed, view.lastTested]).toEqual(['1 March 2024', '15 January 2025', '10 January 2025']);
  });

  test('gives the model\'s sentences and the dates in Welsh on a Welsh page', () => {
    // Written out, not taken from the catalogue, so a change to the Welsh shows here.
    const view = toStatementView(statement, OFFICE, 'cy');
    expect(view.heading).toBe('Datganiad hygyrchedd ar gyfer Northshire: responses to police inspections');
    expect(view.compliance).toBe('Mae\'r wefan hon yn cydymffurfio\'n rhannol â safon AA fersiwn 2.2 o Ganllawiau Hygyrchedd Cynnwys y We, oherwydd yr achosion o ddiffyg cydymffurfio a restrir isod.');
    expect(toStatementView({ ...statement, compliance: 'none' }, OFFICE, 'cy').compliance).toMatch(/^Nid yw'r wefan hon yn cydymffurfio/);
    expect(view.publisher).toBe('y tîm sy\'n cyhoeddi Northshire: responses to police inspections');
    expect([view.prepared, view.lastReviewed, view.lastTested]).toEqual(['1 Mawrth 2024', '15 Ionawr 2025', '10 Ionawr 2025']);
  });
});
