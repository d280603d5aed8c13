/** `npm run publish`: a broken change never reaches the published folder. Real builds of the fictional content. */
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { PLACEHOLDER_STATUS } from '../../src/lib/content/placeholder.ts';
import { makeContent, removeContentCopies, VALID_FILES } from '../fixtures/fixtures.ts';
import { runCommand } from '../support/commands.ts';
import { publishedFiles } from '../support/published.ts';
import { readFileSync as read, writeFileSync } from 'node:fs';
import { tempDir } from '../support/isolation.ts';

const root = tempDir('pcc-publish-');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  removeContentCopies();
});

/** Every file the published folder serves, with its bytes. */
const published = publishedFiles;

test('publishes, refuses a broken or unfinished change leaving the site byte for byte as it was, and rolls back', () => {
  const copy = makeContent();
  const env = { PCC_CONTENT_DIR: copy.dir };
  const site = join(root, 'site');
  const page = () => read(join(site, 'responses/northshire/vetting-review-2021/index.html'), 'utf8');
  const edit = (from: string, to: string) => {
    const path = join(copy.dir, VALID_FILES.onTime);
    writeFileSync(path, read(path, 'utf8').replace(from, to));
  };

  const first = runCommand('publish', [site], env);
  expect(first.status, first.stderr).toBe(0);
  expect(lstatSync(site).isSymbolicLink()).toBe(true);
  expect(page()).toContain('Placeholder text for a fictional response.');
  const live = published(site);

  edit('"2": in-progress', '"2": in-progres');
  const broken = runCommand('publish', [site], env);
  expect(broken.status).toBe(1);
  expect(broken.stderr.trim().split('\n').at(-1)).toBe(`The build failed (see above). ${site} was not changed.`);
  expect(published(site)).toEqual(live);

  edit('"2": in-progres', `"2": ${PLACEHOLDER_STATUS}`);
  const draft = runCommand('publish', [site], env);
  expect(draft.status).toBe(1);
  expect(draft.stderr).toContain('still has the placeholder status');
  expect(published(site)).toEqual(live);
  // Failed builds leave nothing behind: only the live build is kept.
  expect(readdirSync(`${site}.releases`)).toHaveLength(1);

  edit(`"2": ${PLACEHOLDER_STATUS}`, '"2": in-progress');
  edit('Placeholder text for a fictional response.', 'Placeholder text, second edition.');
  const second = runCommand('publish', [site], env);
  expect(second.status, second.stderr).toBe(0);
  expect(page()).toContain('Placeholder text, second edition.');

  const rollback = runCommand('publish', [site, '--rollback'], env);
  expect(rollback.status, rollback.stderr).toBe(0);
  expect(published(site)).toEqual(live);
  // Four real builds: on a loaded machine they take minutes, not the default minute.
}, 15 * 60_000);

test('answers a missing folder argument with one sentence', () => {
  const result = runCommand('publish', [], {});
  expect(result.status).toBe(1);
  expect(result.stderr.trim()).toBe('No folder to publish into was given; allowed: npm run publish -- <folder>, e.g. npm run publish -- /srv/www/responses.');
  expect(existsSync(join(root, 'undefined.releases'))).toBe(false);
});
