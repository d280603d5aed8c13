import { basename } from 'node:path';
import type { APIRoute } from 'astro';
import { contentDir, editorProxyPort } from '../../lib/settings/environment.ts';
import { getSite, getSiteConfig } from '../../astro/content.ts';
import { githubBackend } from '../../lib/editor/backend.ts';
import { editorSetup } from '../../lib/editor/setup.ts';

/**
 * The editor's configuration, made from the schemas and the content on each build. In the
 * preview (`npm run editor`) it reads and writes this computer's files through the local
 * proxy; on the published site, the GitHub repository of the office's `editor` setting (or
 * the one the workflow builds from), with drafts.
 */
export const GET: APIRoute = () => {
  // Set by `npm run editor` alone: the built site always uses GitHub, with drafts.
  const local = process.env.PCC_EDITOR_LOCAL === '1';
  const setup = editorSetup(getSite().corpus, {
    contentFolder: basename(contentDir()),
    backend: githubBackend(getSiteConfig().editor, process.env),
    ...(local ? { localBackend: `http://localhost:${editorProxyPort()}/api/v1` } : {}),
    editorialWorkflow: !local,
  });
  return new Response(`${JSON.stringify(setup)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
