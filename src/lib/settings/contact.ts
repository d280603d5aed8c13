/**
 * The office's contact addresses at work: `/.well-known/security.txt` (RFC 9116), and the
 * warnings while a shipped placeholder is left in or the file is about to expire. Pure:
 * `today` is passed in.
 */
import { relative } from 'node:path';
import { PLACEHOLDER_CONTACT, type SiteConfig } from '../../schemas/site-config.ts';
import { addDays, formatDate } from '../basics/days.ts';
import type { Problem } from '../basics/problems.ts';
import { CONFIG_FILE } from './office-settings.ts';

/** How long security.txt is valid when the settings give no date: RFC 9116 advises less than a year. */
export const SECURITY_TXT_DAYS = 364;

/** How many days before security.txt expires the build starts to warn. */
export const EXPIRY_WARNING_DAYS = 30;

/** The last day security.txt is valid: the settings' date, or a year after `today`. */
export function securityExpiry(config: Pick<SiteConfig, 'contact'>, today: string): string {
  return config.contact.securityExpires ?? addDays(today, SECURITY_TXT_DAYS);
}

/**
 * `/.well-known/security.txt` for the site: Contact and Expires (required by RFC 9116),
 * the language reports may be written in, and, when the site's address is known, Canonical.
 */
export function toSecurityTxt(config: Pick<SiteConfig, 'contact' | 'siteUrl' | 'base'>, today: string): string {
  const expires = `${securityExpiry(config, today)}T23:59:59.000Z`;
  const lines = [`Contact: ${config.contact.security}`, `Expires: ${expires}`, 'Preferred-Languages: en'];
  if (config.siteUrl) lines.push(`Canonical: ${new URL('.well-known/security.txt', new URL(config.siteUrl).origin + '/').href}`);
  return `${lines.join('\n')}\n`;
}

/** Warnings about the contact settings: placeholders left in, security.txt near or past its expiry. */
export function checkContact(
  config: Pick<SiteConfig, 'contact'>,
  settings: { file: string | null; lineOf?: (path: readonly PropertyKey[]) => number | undefined },
  today: string | null,
  root = process.cwd(),
): Problem[] {
  const file = settings.file ? relative(root, settings.file) || settings.file : CONFIG_FILE;
  const warning = (field: string, message: string): Problem => ({ severity: 'warning', file, line: settings.lineOf?.(field.split('.')), field, message });
  const problems: Problem[] = [];
  const { contact } = config;
  if (contact.accessibility === PLACEHOLDER_CONTACT.accessibility) {
    problems.push(warning('contact.accessibility', `the accessibility statement gives the shipped placeholder address ${PLACEHOLDER_CONTACT.accessibility}, which nobody reads; allowed: your office's own address, set as "contact": { "accessibility": "…" }`));
  }
  if (contact.security === PLACEHOLDER_CONTACT.security) {
    problems.push(warning('contact.security', `/.well-known/security.txt gives the shipped placeholder contact ${PLACEHOLDER_CONTACT.security}, so a security problem cannot be reported; allowed: your office's own address, set as "contact": { "security": "mailto:…" }`));
  }
  if (today && contact.securityExpires) {
    const expires = contact.securityExpires;
    if (expires < today) {
      problems.push(warning('contact.securityExpires', `/.well-known/security.txt expired on ${formatDate(expires)}, so scanners will ignore it; allowed: a date within the next year, after checking the contact still works`));
    } else if (expires <= addDays(today, EXPIRY_WARNING_DAYS)) {
      problems.push(warning('contact.securityExpires', `/.well-known/security.txt expires on ${formatDate(expires)}, within ${EXPIRY_WARNING_DAYS} days; allowed: a date within the next year, after checking the contact still works`));
    }
  }
  return problems;
}
