/**
 * What Word and PDF converters leave in text that a reader cannot see but a page, a search
 * and a screen reader trip over. Curly quotes, dashes and accents are real text and stay.
 */

/** Each kind of invisible or odd character, what it becomes, and its name for the report. */
const RULES = [
  { name: 'non-breaking space', pattern: /[\u00A0\u2007\u202F]/g, replacement: ' ' },
  { name: 'zero-width character', pattern: /[\u200B\u200C\u200D\u2060\uFEFF]/g, replacement: '' },
  { name: 'soft hyphen', pattern: /\u00AD/g, replacement: '' },
  { name: 'line or paragraph separator', pattern: /[\u2028\u2029]/g, replacement: '\n' },
  { name: 'tab', pattern: /\t/g, replacement: ' ' },
  // C0 and C1 control characters, except the line feed (carriage returns are handled on reading).
  { name: 'control character', pattern: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, replacement: '' },
] as const;

export type NormaliseCounts = Record<string, number>;

/** Cleans `text`, adding how many of each character it changed to `counts`. */
export function normaliseText(text: string, counts: NormaliseCounts = {}): string {
  let result = text.replace(/\r\n?/g, '\n');
  for (const rule of RULES) {
    result = result.replace(rule.pattern, () => {
      counts[rule.name] = (counts[rule.name] ?? 0) + 1;
      return rule.replacement;
    });
  }
  return result;
}

/** "3 non-breaking spaces and 1 soft hyphen", or null when nothing changed. */
export function describeCounts(counts: NormaliseCounts): string | null {
  const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([name, n]) => `${n} ${name}${n === 1 ? '' : 's'}`);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
