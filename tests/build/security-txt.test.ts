/** /.well-known/security.txt and the accessibility statement's contact, from the office's settings, in real builds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { urls } from '../../src/lib/basics/urls.ts';
import { PLACEHOLDER_CONTACT } from '../../src/schemas/site-config.ts';
import { runCheck } from '../support/check.ts';
import { GENERATED_OFFICE } from '../support/generate.ts';
import { readPage, textOf } from '../support/html.ts';
import { CONTENT, GENERATED_SITE, ROOT, SITE } from '../support/paths.ts';

/** The fields of a built security.txt, by name. */
function securityTxt(site: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const line of readFileSync(join(site, '.well-known/security.txt'), 'utf8').split('\n')) {
    const match = /^([A-Za-z-]+): (.+)$/.exec(line);
    if (match) fields.set(match[1]!, [...(fields.get(match[1]!) ?? []), match[2]!]);
  }
  return fields;
}

describe('an office site built with its own contact settings', () => {
  test('serves security.txt with the office\'s Contact, its Expires and the canonical address', () => {
    const fields = securityTxt(GENERATED_SITE);
    expect(fields.get('Contact')).toEqual([GENERATED_OFFICE.contact.security]);
    expect(fields.get('Expires')).toEqual([`${GENERATED_OFFICE.contact.securityExpires}T23:59:59.000Z`]);
    expect(fields.get('Canonical')).toEqual([`${GENERATED_OFFICE.siteUrl}.well-known/security.txt`]);
  });

  test('names the office and its address in the accessibility statement', () => {
    const page = readPage(GENERATED_SITE, urls.accessibility());
    expect(textOf(page)).toContain(`This website is run by ${GENERATED_OFFICE.officeName}.`);
    expect(page).toContain(`href="mailto:${GENERATED_OFFICE.contact.accessibility}"`);
    expect(page).not.toContain(PLACEHOLDER_CONTACT.accessibility);
  });
});

describe('the shipped settings', () => {
  test('build a security.txt with the placeholder contact and an Expires less than a year ahead', () => {
    const fields = securityTxt(SITE);
    expect(fields.get('Contact')).toEqual([PLACEHOLDER_CONTACT.security]);
    const expires = new Date(fields.get('Expires')![0]!).getTime();
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires).toBeLessThan(Date.now() + 366 * 86_400_000);
  });

  test('make npm run check warn about both placeholders, naming the settings file, without failing', () => {
    const check = runCheck(CONTENT);
    expect(check.status).toBe(0);
    expect(check.output).toContain(`site.config.json: warning: contact.accessibility: the accessibility statement gives the shipped placeholder address ${PLACEHOLDER_CONTACT.accessibility}`);
    expect(check.output).toContain(`site.config.json: warning: contact.security: /.well-known/security.txt gives the shipped placeholder contact ${PLACEHOLDER_CONTACT.security}`);
    expect(JSON.parse(readFileSync(join(ROOT, 'site.config.json'), 'utf8')).contact).toBeUndefined();
  });
});
