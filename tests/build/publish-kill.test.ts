/**
 * `npm run publish` killed part-way (SIGKILL to its process group, as a closed terminal or a
 * CI timeout does) never leaves a wreck: the live folder stays byte for byte as it was,
 * `--rollback` reaches only complete builds, and the next publish succeeds, removing what the
 * killed ones left. Real builds of the fictional content.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { RELEASE_MARKER } from '../../src/lib/office/releases.ts';
import { makeContent, removeContentCopies, VALID_FILES } from '../fixtures/fixtures.ts';
import { sharesPrerenderFolder, takeBuildLock, tempDir, withOwnCache } from '../support/isolation.ts';
import { runCommand } from '../support/commands.ts';
import { publishedFiles } from '../support/published.ts';
import { ROOT } from '../support/paths.ts';

const root = tempDir('pcc-publish-kill-');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  removeContentCopies();
});

/** Every file the published folder serves, with its bytes, and where its link points. */
function snapshot(dir: string): { link: string; files: Map<string, string> } {
  return { link: readlinkSync(dir), files: publishedFiles(dir) };
}

/**
 * Starts a publish in its own process group and kills the whole group with SIGKILL once
 * `ready` says so (polled every 50 ms); resolves with what it printed.
 */
function killPublish(site: string, env: Record<string, string>, ready: (stdout: string) => boolean): Promise<string> {
  const release = sharesPrerenderFolder(site) ? takeBuildLock() : () => {};
  const child = spawn(resolve(ROOT, 'node_modules/.bin/node'), [resolve(ROOT, 'scripts/publish.ts'), site], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...withOwnCache(env) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((done, fail) => {
    const timer = setInterval(() => {
      if (!ready(stdout)) return;
      clearInterval(timer);
      process.kill(-child.pid!, 'SIGKILL');
    }, 50);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      release();
      if (signal === 'SIGKILL') done(stdout);
      else fail(new Error(`The publish ended by itself (exit ${code}) before it could be killed:\n${stdout}`));
    });
  });
}

/** The hidden working folders in the releases folder that hold something. */
const workingFolders = (site: string) => readdirSync(`${site}.releases`).filter((name) => name.startsWith('.partial-'));
const startedBuilding = (site: string) => workingFolders(site).some((name) => readdirSync(join(`${site}.releases`, name)).length > 0);

test('killed during the build, during the check or just before the switch, a publish changes nothing live and leaves no rollback target', async () => {
  const copy = makeContent();
  const env = { PCC_CONTENT_DIR: copy.dir };
  const site = join(root, 'site');
  const text = join(copy.dir, VALID_FILES.onTime);
  const edition = (words: string) => writeFileSync(text, readFileSync(text, 'utf8').replace(/Placeholder text[^.]*for a fictional response\./, `Placeholder text, ${words}, for a fictional response.`));

  edition('first edition');
  const first = runCommand('publish', [site], env);
  expect(first.status, first.stderr).toBe(0);
  const firstLive = snapshot(site);
  edition('second edition');
  const second = runCommand('publish', [site], env);
  expect(second.status, second.stderr).toBe(0);
  const live = snapshot(site);
  const complete = readdirSync(`${site}.releases`).filter((name) => !name.startsWith('.'));
  expect(complete).toHaveLength(2);

  edition('killed edition');
  await killPublish(site, env, () => startedBuilding(site));
  expect(snapshot(site)).toEqual(live);

  const atCheck = await killPublish(site, { ...env, PCC_PUBLISH_HOLD: 'check' }, (out) => out.includes('Holding before the check'));
  expect(atCheck).toContain('Removed what a stopped publish left unfinished: .partial-');
  expect(atCheck).toContain('Warning: Took over the publishing lock left by process');
  expect(snapshot(site)).toEqual(live);
  // The build killed at the check left its working folder, without the marker of a complete build.
  expect(workingFolders(site)).toHaveLength(1);
  expect(existsSync(join(`${site}.releases`, workingFolders(site)[0]!, RELEASE_MARKER))).toBe(false);

  await killPublish(site, { ...env, PCC_PUBLISH_HOLD: 'switch' }, (out) => out.includes('Holding before the switch'));
  expect(snapshot(site)).toEqual(live);
  // Killed after its build was complete: a build newer than the live one, never a rollback target.
  expect(workingFolders(site)).toEqual([]);

  // Rolling back reaches the complete build before the live one, and nothing else.
  const rollback = runCommand('publish', [site, '--rollback'], env);
  expect(rollback.status, rollback.stderr).toBe(0);
  expect(rollback.stdout).toContain(`Rolled back: ${site} now shows the build ${complete[0]} (it showed ${complete[1]}).`);
  expect(snapshot(site)).toEqual(firstLive);
  const again = runCommand('publish', [site, '--rollback'], env);
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('so there is nothing earlier to roll back to');
  expect(snapshot(site)).toEqual(firstLive);

  edition('next edition');
  const next = runCommand('publish', [site], env);
  expect(next.status, next.stderr).toBe(0);
  expect(readFileSync(join(site, 'responses/northshire/vetting-review-2021/index.html'), 'utf8')).toContain('Placeholder text, next edition, for a fictional response.');
  expect(workingFolders(site)).toEqual([]);
  expect(readdirSync(`${site}.releases`).filter((name) => name.startsWith('.'))).toEqual([]);
}, 30 * 60_000);

test('a second publish while one runs names the holder and changes nothing', () => {
  const site = join(root, 'busy');
  const releases = `${site}.releases`;
  // A lock held by this test's own process, which is running.
  mkdirSync(releases, { recursive: true });
  writeFileSync(join(releases, '.publish.lock'), JSON.stringify({ pid: process.pid, host: hostname(), command: 'publish', since: '2026-11-28T23:00:00.000Z' }));
  const result = runCommand('publish', [site], {});
  expect(result.status).toBe(1);
  expect(result.stderr.trim()).toBe(`Another publish of ${site} is running (process ${process.pid} on ${hostname()}, since 2026-11-28T23:00:00.000Z), so nothing was changed; allowed: wait for it to finish, then run this again.`);
  expect(existsSync(site)).toBe(false);
  expect(readdirSync(releases)).toEqual(['.publish.lock']);
});
