/**
 * The W3C's Nu Html Checker (the `vnu-jar` package's vnu.jar, run with the machine's Java 17 or
 * later), as the quality gates run it: once over every built page of every site, in one Java
 * process, since the checker takes seconds to start. It finds what html-validate and axe do
 * not, such as a heading that skips a level.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checker's jar: the package's main export is its path. */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
export const JAVA = process.env.JAVA ?? 'java';
export const hasJava = spawnSync(JAVA, ['-version'], { encoding: 'utf8' }).status === 0;

/**
 * Warnings the gate lets through, each with its reason. Errors are never let through, and a
 * warning not listed here fails the gate like an error.
 */
export const IGNORED_WARNINGS: { pattern: RegExp; reason: string }[] = [
  {
    // Only for the site's own files (an address starting "/"): another origin's would still fail.
    pattern: /^Resource violates Content Security Policy \(meta tag\): (external stylesheet|external script|image) “\/[^”]*” blocked by “(style|script|img)-src” directive\.$/,
    reason:
      "The checker reads the pages as files, so the site's origin, which 'self' allows, is not theirs: the stylesheet, the logo "
      + "and search's script look like another origin to it. The browser gates load every type of page over HTTP and fail on "
      + 'any CSP violation.',
  },
  {
    pattern: /^Section lacks heading\./,
    reason:
      'A wide table sits in a focusable scrolling region (TableRegion.astro), a <section> named by the table\'s caption through '
      + 'aria-labelledby, as WCAG\'s scrollable-region technique asks; a heading would say the caption twice.',
  },
  {
    pattern: /^Article lacks heading\./,
    reason:
      'A document\'s words are an <article> under the page\'s "The document" heading; a letter written without headings of its '
      + 'own (as many are) has none inside it, and the site does not invent one.',
  },
];

export interface NuMessage {
  /** The folder (one of those checked) the page was found under. */
  dir: string;
  /** The page's file, relative to that folder. */
  file: string;
  line?: number;
  /** `error`, `warning` (a warning-level info message) or `info`. */
  level: string;
  message: string;
  extract?: string;
}

interface RawMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Checks every HTML file under `dirs` in one run of the checker; returns every message, with
 * each file's path relative to the folder named in `dirs` that holds it.
 */
export function checkWithNu(dirs: string[]): NuMessage[] {
  const result = spawnSync(JAVA, ['-Xss4m', '-jar', VNU_JAR, '--format', 'json', '--skip-non-html', '--exit-zero-always', ...dirs], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`The Nu checker did not run (exit ${result.status}): ${result.error?.message ?? result.stderr}`);
  // The report goes to stderr unless --stdout is given.
  const report = JSON.parse(result.stderr || result.stdout) as { messages: RawMessage[] };
  return report.messages.map((m) => {
    const path = m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? '');
    const dir = dirs.find((d) => !relative(d, path).startsWith('..'));
    return {
      dir: dir ?? '',
      file: dir ? relative(dir, path) : path,
      line: m.lastLine,
      level: m.type === 'info' ? (m.subType === 'warning' ? 'warning' : 'info') : 'error',
      message: m.message,
      extract: m.extract,
    };
  });
}

/** The messages that fail the gate (errors, and warnings not ignored with a reason), as `file:line level: message`. */
export function failingMessages(messages: NuMessage[]): string[] {
  return messages
    .filter((m) => m.level === 'error' || (m.level === 'warning' && !IGNORED_WARNINGS.some((w) => w.pattern.test(m.message))))
    .map((m) => `${m.file}:${m.line ?? '?'} ${m.level}: ${m.message}`);
}
