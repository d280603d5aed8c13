import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseGitLog, readGitDates } from '../../../src/lib/content/git-dates.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const hasGit = spawnSync('git', ['--version']).status === 0;

describe('when content files last changed', () => {
  test('reads the newest commit of each file from one log, newest commit first', () => {
    const log = '\u00012020-05-02T10:00:00+00:00\n\nresponses/a/x.md\n\u00012019-01-01T09:00:00+00:00\n\nresponses/a/x.md\ninspections/x.md\n';
    expect(parseGitLog(log)).toEqual(new Map([['responses/a/x.md', '2020-05-02'], ['inspections/x.md', '2019-01-01']]));
  });

  test('gives the day in UTC', () => {
    expect(parseGitLog('\u00012020-05-02T00:30:00+02:00\n\nf.md\n').get('f.md')).toBe('2020-05-01');
  });

  test('is empty where there is no git history, so pages fall back to the content\'s dates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcc-nogit-'));
    made.push(dir);
    expect(readGitDates(dir, dir).size).toBe(0);
  });

  test.runIf(hasGit)('keys a real repository\'s files by their path from the project root', () => {
    const root = mkdtempSync(join(tmpdir(), 'pcc-git-'));
    made.push(root);
    const content = join(root, 'content');
    mkdirSync(join(content, 'inspections'), { recursive: true });
    writeFileSync(join(content, 'inspections', 'lorem.md'), 'placeholder\n');
    const git = (...args: string[]) => spawnSync('git', args, {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_DATE: '2021-06-01T12:00:00Z', GIT_COMMITTER_DATE: '2021-06-01T12:00:00Z', GIT_AUTHOR_NAME: 'Placeholder', GIT_AUTHOR_EMAIL: 'placeholder@example.org', GIT_COMMITTER_NAME: 'Placeholder', GIT_COMMITTER_EMAIL: 'placeholder@example.org' },
    });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'placeholder');
    expect(readGitDates(content, root)).toEqual(new Map([[relative(root, join(content, 'inspections', 'lorem.md')), '2021-06-01']]));
  });
});
