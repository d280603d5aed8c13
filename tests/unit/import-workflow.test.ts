/** The workflow that turns a letter in the inbox into a draft for review: valid, and doing what docs/publishing.md says. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { ROOT } from '../support/paths.ts';

interface Step { name?: string; run?: string }
const document = parseDocument(readFileSync(join(ROOT, '.github/workflows/import-letters.yml'), 'utf8'));
const workflow = document.toJS() as { on: { push: { branches: string[]; paths: string[] } }; permissions: Record<string, string>; jobs: { import: { steps: Step[] } } };
const script = workflow.jobs.import.steps.map((s) => s.run ?? '').join('\n');
const guide = readFileSync(join(ROOT, 'docs/publishing.md'), 'utf8');

describe('the letter-import workflow', () => {
  test('is valid YAML and runs when a letter lands in the inbox on main', () => {
    expect(document.errors).toEqual([]);
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.push.paths).toEqual(['inbox/*.pdf', 'inbox/*.docx', 'inbox/*.txt']);
  });

  test('imports each letter with the project’s own command and opens a pull request whose description holds the import’s report', () => {
    expect(script).toContain('npm run --silent import -- "$letter" > import-report.txt');
    expect(script).toMatch(/cat import-report\.txt\n[\s\S]*> pr-body\.md/);
    expect(script).toContain('gh pr create --base main --head "$branch"');
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  test('moves each letter out of the inbox in its pull request, so none is imported twice', () => {
    expect(script).toContain('git mv "$letter" "inbox/imported/$name"');
    expect(script).toContain('git ls-remote --exit-code --heads origin "$branch"');
  });

  test('is the workflow the publishing guide names', () => {
    expect(guide).toContain('.github/workflows/import-letters.yml');
  });
});
