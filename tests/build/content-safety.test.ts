/**
 * Unsafe Markdown in a response never reaches a page: the build stops, names each file and
 * line, and writes nothing. (What the loader reports for each kind of unsafe input is tested
 * at the loader level; this proves the build as a whole refuses it.)
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lineOf, makeContent, removeContentCopies, VALID_FILES } from '../fixtures/fixtures.ts';
import { buildSite } from '../support/build.ts';
import { runCheck } from '../support/check.ts';
import { listFiles } from '../../src/lib/office/links.ts';
import { OUTPUT, ROOT } from '../support/paths.ts';

afterAll(removeContentCopies);

/** Each kind of unsafe input, added to the end of one fixture response. */
const UNSAFE = [
  { what: 'a <script> element', file: VALID_FILES.onTime, markdown: '<script>alert("placeholder")</script>', expect: 'raw HTML ("<script>' },
  { what: 'an event-handler attribute', file: VALID_FILES.late, markdown: 'Placeholder <img src="x" onerror="alert(1)"> text.', expect: 'onerror=' },
  { what: 'a javascript: link', file: VALID_FILES.welsh, markdown: '[Placeholder link](javascript:alert(1))', expect: 'the link address "javascript:alert(1)" is not allowed' },
  { what: 'an iframe', file: VALID_FILES.forceResponse, markdown: '<iframe src="https://www.example.org/"></iframe>', expect: 'raw HTML ("<iframe' },
] as const;

describe('a response with unsafe Markdown', () => {
  const content = makeContent(UNSAFE.map((u) => ({ file: u.file, transform: (text: string) => `${text.trimEnd()}\n\n${u.markdown}\n` })));
  const outDir = join(OUTPUT, 'site-unsafe');
  const build = buildSite({ contentDir: content.dir, outDir });
  // Problems name files as the command line sees them: relative to the project.
  const where = (file: string) => `${relative(ROOT, content.dir)}/${file}:${lineOf(content.dir, file, UNSAFE.find((u) => u.file === file)!.markdown)}: body: `;

  test('stops the build with exit code 1 and writes no page', () => {
    expect(build.status).toBe(1);
    expect(build.output).toContain('The build stopped: 4 errors');
    const pages = existsSync(outDir) ? listFiles(outDir).filter((f) => f.endsWith('.html')) : [];
    expect(pages).toEqual([]);
  });

  test.each(UNSAFE)('names the file and line of $what', (unsafe) => {
    const reported = build.output.split('\n').find((l) => l.startsWith(where(unsafe.file)));
    expect(reported, build.output).toBeDefined();
    expect(reported).toContain(unsafe.expect);
  });

  test('is reported the same way by npm run check, which exits 1', () => {
    const check = runCheck(content.dir);
    expect(check.status).toBe(1);
    for (const unsafe of UNSAFE) {
      expect(check.output).toContain(where(unsafe.file));
    }
  });
});
