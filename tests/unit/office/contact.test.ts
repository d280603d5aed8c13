/** The office's contact settings: security.txt as RFC 9116 asks, and the warnings an office needs. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { addDays } from '../../../src/lib/basics/days.ts';
import { checkContact, EXPIRY_WARNING_DAYS, toSecurityTxt } from '../../../src/lib/settings/contact.ts';
import { readSiteConfig } from '../../../src/lib/settings/office-settings.ts';
import { PLACEHOLDER_CONTACT } from '../../../src/schemas/site-config.ts';

const root = mkdtempSync(join(tmpdir(), 'pcc-contact-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TODAY = '2026-11-28';

/** Writes a settings file and reads it as the build does. */
function settings(json: Record<string, unknown>) {
  const file = join(root, `site-${Math.random().toString(36).slice(2)}.config.json`);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  const result = readSiteConfig(file, { root });
  expect(result.problems).toEqual([]);
  return result;
}

/** security.txt's fields, as RFC 9116 section 2.2 defines its lines: `Name: value`, comments start `#`. */
function fields(text: string): [string, string][] {
  expect(text.endsWith('\n')).toBe(true);
  return text.trimEnd().split('\n').filter((line) => !line.startsWith('#')).map((line) => {
    const match = /^([A-Za-z-]+): (\S.*)$/.exec(line);
    expect(match, line).not.toBeNull();
    return [match![1]!, match![2]!];
  });
}

describe('security.txt', () => {
  const office = settings({ siteUrl: 'https://responses.northshire-pcc.example/', base: '/', contact: { security: 'mailto:security@northshire-pcc.example', securityExpires: '2027-06-30' } });

  test('has exactly one Contact and one Expires, as RFC 9116 requires, from the settings', () => {
    const parsed = fields(toSecurityTxt(office.config, TODAY));
    expect(parsed.filter(([name]) => name === 'Contact')).toEqual([['Contact', 'mailto:security@northshire-pcc.example']]);
    const expires = parsed.filter(([name]) => name === 'Expires');
    expect(expires).toHaveLength(1);
    // An Internet date-time (RFC 3339), the end of the day the office gave.
    expect(expires[0]![1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(new Date(expires[0]![1]).toISOString().slice(0, 10)).toBe('2027-06-30');
    expect(parsed).toContainEqual(['Canonical', 'https://responses.northshire-pcc.example/.well-known/security.txt']);
  });

  test('without a date in the settings, expires less than a year after the build', () => {
    const expires = fields(toSecurityTxt(settings({}).config, TODAY)).find(([name]) => name === 'Expires')![1];
    const day = expires.slice(0, 10);
    expect(day > TODAY).toBe(true);
    expect(day < addDays(TODAY, 365)).toBe(true);
  });
});

describe('the contact warnings', () => {
  test('warn while the shipped placeholders are left in', () => {
    const result = settings({ title: 'Placeholder title' });
    const problems = checkContact(result.config, result, TODAY, root);
    expect(problems.map((p) => [p.severity, p.field])).toEqual([['warning', 'contact.accessibility'], ['warning', 'contact.security']]);
    expect(problems[0]!.message).toContain(`the shipped placeholder address ${PLACEHOLDER_CONTACT.accessibility}`);
    expect(problems[1]!.message).toContain(`the shipped placeholder contact ${PLACEHOLDER_CONTACT.security}`);
  });

  test('say nothing for an office\'s own addresses and a date well ahead', () => {
    const result = settings({ contact: { accessibility: 'access@northshire-pcc.example', security: 'https://northshire-pcc.example/report', securityExpires: addDays(TODAY, EXPIRY_WARNING_DAYS + 1) } });
    expect(checkContact(result.config, result, TODAY, root)).toEqual([]);
  });

  test('warn at the line of securityExpires within 30 days of it, and once it has passed', () => {
    const soon = settings({ contact: { accessibility: 'a@northshire-pcc.example', security: 'mailto:s@northshire-pcc.example', securityExpires: addDays(TODAY, EXPIRY_WARNING_DAYS) } });
    const [warning, ...rest] = checkContact(soon.config, soon, TODAY, root);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ severity: 'warning', field: 'contact.securityExpires', line: 5 });
    expect(warning!.message).toMatch(/^\/\.well-known\/security\.txt expires on 28 December 2026, within 30 days; allowed: /);

    const past = settings({ contact: { accessibility: 'a@northshire-pcc.example', security: 'mailto:s@northshire-pcc.example', securityExpires: '2026-11-27' } });
    expect(checkContact(past.config, past, TODAY, root)[0]!.message).toMatch(/^\/\.well-known\/security\.txt expired on 27 November 2026, so scanners will ignore it/);
  });

  test('refuse a security contact that is neither mailto: nor https:', () => {
    const file = join(root, 'bad.config.json');
    writeFileSync(file, JSON.stringify({ contact: { security: 'security@northshire-pcc.example' } }, null, 2));
    const { problems } = readSiteConfig(file, { root });
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', field: 'contact.security', line: 3 })]);
    expect(problems[0]!.message).toContain('allowed: a mailto: or https:// address');
  });
});
