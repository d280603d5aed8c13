/**
 * The hosted editor's backend, made from the office's `editor` setting in site.config.json:
 * read from a settings file as the build reads it, then put into the editor's configuration.
 * The repositories and addresses are fictional; nothing here reaches GitHub or Netlify.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { githubBackend, UNKNOWN_REPOSITORY } from '../../../src/lib/editor/backend.ts';
import { editorConfig } from '../../../src/lib/editor/config.ts';
import { readSiteConfig } from '../../../src/lib/settings/office-settings.ts';

const dir = mkdtempSync(join(tmpdir(), 'pcc-editor-backend-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(json: string) {
  const file = join(dir, `site.config.${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, json);
  return readSiteConfig(file, { root: dir });
}

const content = { forces: [], inspections: [] };
const hosted = (settings: string, env: Record<string, string> = {}) => {
  const { config, problems } = read(settings);
  expect(problems).toEqual([]);
  return editorConfig(content, { contentFolder: 'content', backend: githubBackend(config.editor, env), editorialWorkflow: true });
};

describe('the hosted editor’s configuration, from the office’s settings', () => {
  test('signs in with a helper of the office’s own, on the repository and branch it names, drafts as pull requests', () => {
    const config = hosted('{ "editor": { "repository": "fictional-pcc/responses", "branch": "live", "signInUrl": "https://sign-in.fictional-pcc.example" } }');
    expect(config.backend).toEqual({ name: 'github', repo: 'fictional-pcc/responses', branch: 'live', base_url: 'https://sign-in.fictional-pcc.example' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config).not.toHaveProperty('local_backend');
  });

  test('signs in through Netlify by default, naming the Netlify site when the editor is served from elsewhere', () => {
    const config = hosted('{ "editor": { "repository": "fictional-pcc/responses", "netlifySite": "fictional-responses.netlify.app" } }');
    // No base_url: Decap's own default, Netlify's sign-in (https://api.netlify.com).
    expect(config.backend).toEqual({ name: 'github', repo: 'fictional-pcc/responses', branch: 'main', site_domain: 'fictional-responses.netlify.app' });
  });

  test('without the setting, takes the repository GitHub’s workflow builds and the helper address the build was given', () => {
    const config = hosted('{}', { GITHUB_REPOSITORY: 'fictional-pcc/site', PCC_EDITOR_AUTH_URL: 'https://auth.fictional-pcc.example' });
    expect(config.backend).toEqual({ name: 'github', repo: 'fictional-pcc/site', branch: 'main', base_url: 'https://auth.fictional-pcc.example' });
    expect(hosted('{}').backend).toMatchObject({ repo: UNKNOWN_REPOSITORY });
  });

  test('the setting wins over the environment', () => {
    const config = hosted('{ "editor": { "repository": "fictional-pcc/responses" } }', { GITHUB_REPOSITORY: 'someone/else' });
    expect(config.backend).toMatchObject({ repo: 'fictional-pcc/responses' });
  });

  test('refuses a repository, a sign-in address or a Netlify site written wrongly, in one sentence naming the line and field', () => {
    const { problems } = read('{\n  "editor": {\n    "repository": "https://github.com/fictional-pcc/responses",\n    "signInUrl": "http://sign-in.fictional-pcc.example",\n    "netlifySite": "https://fictional.netlify.app",\n    "sigInUrl": "x"\n  }\n}');
    expect(problems.map((p) => [p.line, p.field])).toEqual([[3, 'editor.repository'], [4, 'editor.signInUrl'], [5, 'editor.netlifySite'], [6, 'editor.sigInUrl']]);
    expect(problems[0]!.message).toMatch(/; allowed: a GitHub repository written owner\/name, e\.g\. northshire-pcc\/responses$/);
    expect(problems[1]!.message).toMatch(/; allowed: a full https:\/\/ address/);
    expect(problems[3]!.message).toContain('(did you mean "signInUrl"?)');
    for (const problem of problems) expect(problem.message).not.toMatch(/\n/);
  });

  test('refuses a branch name GitHub would not have, and takes one with a folder in it', () => {
    const { problems } = read('{\n  "editor": {\n    "branch": "live site"\n  }\n}');
    expect(problems).toEqual([expect.objectContaining({ line: 3, field: 'editor.branch' })]);
    expect(problems[0]!.message).toBe('"live site" is not allowed; allowed: a branch name as GitHub shows it, without spaces, e.g. main');
    expect(hosted('{ "editor": { "branch": "release/site_2" } }').backend).toMatchObject({ branch: 'release/site_2' });
  });
});
