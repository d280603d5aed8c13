/** `npm run dev`: a real `astro dev` on a free port shows a draft with its problems, and follows edits. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PLACEHOLDER_STATUS } from '../../src/lib/content/placeholder.ts';
import { csvColumns } from '../../src/lib/outputs/data/data-fields.ts';
import { STATUS_RECORD_FIELDS } from '../../src/lib/outputs/data/data-statuses.ts';
import { INSPECTION_RECORD_FIELDS } from '../../src/lib/outputs/data/data-export.ts';
import { makeContent, removeContentCopies, VALID_FILES } from '../fixtures/fixtures.ts';
import { WELSH_OFFICE } from '../support/fixture-site.ts';
import { textOf } from '../support/html.ts';
import { ROOT } from '../support/paths.ts';
import { freePort, userEnvironment } from '../support/servers.ts';

/** How long a preview server may take to serve its first page: it bundles on first request, and shares two cores with other test files. */
const FIRST_PAGE_MS = 90_000;

/** Fetches a page until `ready(text)` holds (the dev server reloads content after a change). */
async function fetchUntil(url: string, ready: (status: number, text: string) => boolean, timeoutMs = 20_000, intervalMs = 250): Promise<{ status: number; text: string }> {
  const deadline = Date.now() + timeoutMs;
  let last = { status: 0, text: '' };
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      last = { status: response.status, text: await response.text() };
      if (ready(last.status, last.text)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return last;
}

/** Starts `npm run dev`'s preview server on the content copy, with `env` added to the office's own environment. */
async function startPreview(copy: { dir: string; root: string }, env: Record<string, string> = {}): Promise<{ server: ChildProcess; origin: string; exited: Promise<number | null> }> {
  const port = await freePort();
  const server = spawn(resolve(ROOT, 'node_modules/.bin/node'), [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: ROOT,
    // The editor's test may run a preview server of its own at the same time: Astro allows one
    // per project unless told to keep out of the lock (--ignore-lock), and each keeps its own
    // caches (Astro's and Vite's).
    env: { ...userEnvironment(), PCC_CONTENT_DIR: copy.dir, PCC_CACHE_DIR: join(copy.root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((done) => server.once('exit', (code) => done(code)));
  return { server, origin: `http://127.0.0.1:${port}`, exited };
}

describe('the preview', () => {
  const copy = makeContent([{ file: VALID_FILES.onTime, replace: '"2": in-progress', with: `"2": ${PLACEHOLDER_STATUS}` }]);
  const draft = join(copy.dir, VALID_FILES.onTime);
  let server: ChildProcess;
  let origin: string;
  let exited: Promise<number | null>;

  beforeAll(async () => {
    ({ server, origin, exited } = await startPreview(copy));
  });

  afterAll(async () => {
    server?.kill('SIGTERM');
    await exited;
    removeContentCopies();
  });

  test('shows a draft as it will appear, with its own problems listed on it', async () => {
    const page = await fetchUntil(`${origin}/responses/northshire/vetting-review-2021/`, (status) => status === 200, FIRST_PAGE_MS);
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain('Placeholder text for a fictional response.');
    // The shipped settings' two placeholder contacts are warned about in site.config.json too.
    expect(text).toMatch(/Preview: the content has 0 errors and 4 warnings in 3 files\./);
    expect(text).toMatch(/Warning: \S*content\/responses\/northshire\/vetting-review-2021\.md:\d+: recommendations\.2: recommendation 2 still has the placeholder status "todo"/);
    // The other file's warning is listed at /problems/, not on this document.
    expect(text).not.toContain('westmere/vetting-review-2021.md');
  }, 2 * FIRST_PAGE_MS);

  test('serves the data files about the whole site and each inspection\'s, which a build writes beside the pages rather than rendering', async () => {
    const csv = await fetch(`${origin}/data/statuses.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = (await csv.text()).split('\r\n');
    expect(rows[0]).toBe(csvColumns(STATUS_RECORD_FIELDS).join(','));
    expect(rows.filter((row) => row.startsWith('northshire/vetting-review-2021,')).length).toBeGreaterThan(0);
    const json = await fetch(`${origin}/data/responses.json`);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await json.json() as { id: string }[]).map((record) => record.id)).toContain('northshire/vetting-review-2021');
    expect((await fetch(`${origin}/data/nothing.csv`)).status).toBe(404);
    const inspection = await fetch(`${origin}/data/inspections/vetting-review-2021.csv`);
    expect(inspection.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const inspectionRows = (await inspection.text()).split('\r\n');
    expect(inspectionRows[0]).toBe(csvColumns(INSPECTION_RECORD_FIELDS).join(','));
    expect(inspectionRows.some((row) => row.startsWith('vetting-review-2021,northshire,'))).toBe(true);
    const inspectionJson = await fetch(`${origin}/data/inspections/vetting-review-2021.json`);
    expect((await inspectionJson.json() as { document: string | null }[]).map((record) => record.document)).toContain('northshire/vetting-review-2021');
    expect((await fetch(`${origin}/data/inspections/no-such-review.csv`)).status).toBe(404);
  });

  test('follows edits to the content without a restart, and lists errors at /problems/', async () => {
    writeFileSync(draft, readFileSync(draft, 'utf8').replace(`"2": ${PLACEHOLDER_STATUS}`, '"2":\n    status: complete\n    evidence: "a fictional response to recommendation 1"').replace('Placeholder text for a fictional response.', 'Placeholder text, edited.'));
    const edited = await fetchUntil(`${origin}/responses/northshire/vetting-review-2021/`, (_, text) => text.includes('Placeholder text, edited.'));
    expect(textOf(edited.text)).toContain('Preview: the content has 0 errors and 3 warnings in 2 files.');

    writeFileSync(draft, readFileSync(draft, 'utf8').replace('force: northshire', 'force: northshir'));
    const problems = await fetchUntil(`${origin}/problems/`, (_, text) => text.includes('northshir&quot;') || text.includes('northshir"'));
    expect(textOf(problems.text)).toMatch(/Error: \S*content\/responses\/northshire\/vetting-review-2021\.md:\d+: force: unknown force "northshir" \(did you mean "northshire"\?\)/);
  });

  test('sees a save made moments after another, once the page has shown the first', async () => {
    // The watcher drops a second change to a file within 50 ms of the first: poll fast, so the
    // second save lands inside that window.
    const file = join(copy.dir, VALID_FILES.late);
    const page = `${origin}/responses/westmere/vetting-review-2021/`;
    // The body gains a sentence (its evidence, "sent after the 56 days.", stays where it is).
    const sentence = 'Placeholder text for a fictional response, sent after the 56 days.';
    writeFileSync(file, readFileSync(file, 'utf8').replace(sentence, `${sentence} First quick save.`));
    await fetchUntil(page, (_, text) => text.includes('First quick save'), 20_000, 5);
    writeFileSync(file, readFileSync(file, 'utf8').replace('First quick save', 'Second quick save'));
    const second = await fetchUntil(page, (_, text) => text.includes('Second quick save'));
    // The document's own words, read across the mark its quoted part now carries (no space added at the mark's edges).
    const documentText = second.text.replace(/<[^>]*>/g, '');
    expect(documentText).toContain(`${sentence} Second quick save.`);
  });

  test('stops cleanly', async () => {
    server.kill('SIGTERM');
    const code = await exited;
    // Astro closes the server and exits 128 + 15 on SIGTERM, the shell convention for a requested stop.
    expect(code).toBe(143);
    await expect(fetch(`${origin}/`)).rejects.toThrow();
  });
});

describe('the preview of a Welsh office\'s site', () => {
  let server: ChildProcess;
  let origin: string;
  let exited: Promise<number | null>;

  beforeAll(async () => {
    // Made here, not when the file is read: the first preview's afterAll removes every copy made by then.
    const copy = makeContent([{ file: VALID_FILES.onTime, replace: '"2": in-progress', with: `"2": ${PLACEHOLDER_STATUS}` }]);
    const settings = join(copy.root, 'site.config.json');
    writeFileSync(settings, JSON.stringify(WELSH_OFFICE));
    ({ server, origin, exited } = await startPreview(copy, { PCC_CONFIG: settings }));
  });

  afterAll(async () => {
    server?.kill('SIGTERM');
    await exited;
    removeContentCopies();
  });

  test('words the banner in the page\'s language: Welsh on a Welsh page, English on its twin; the problems as npm run check words them', async () => {
    const welsh = await fetchUntil(`${origin}/cy/responses/northshire/vetting-review-2021/`, (status) => status === 200, FIRST_PAGE_MS);
    expect(welsh.status).toBe(200);
    const text = textOf(welsh.text);
    expect(text).toMatch(/Rhagolwg: problemau yn y cynnwys \(gwallau: 0, rhybuddion: \d+, ffeiliau: \d+\)\./);
    expect(text).toMatch(/Rhybudd: \S*content\/responses\/northshire\/vetting-review-2021\.md:\d+: recommendations\.2: recommendation 2 still has the placeholder status "todo"/);
    expect(text).toContain('Gweld pob problem');
    expect(text).not.toMatch(/Preview:|Warning:|See every problem/);
    const english = textOf((await fetchUntil(`${origin}/responses/northshire/vetting-review-2021/`, (status) => status === 200)).text);
    expect(english).toMatch(/Preview: the content has 0 errors and \d+ warnings? in \d+ files?\./);
    expect(english).toContain('See every problem');
  }, 2 * FIRST_PAGE_MS);
});
