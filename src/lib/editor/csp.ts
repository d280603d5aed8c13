/**
 * The Content-Security-Policy of the editor's page (`/admin/`), as tight as Decap CMS allows,
 * and the only page with one of its own; public/_headers gives `/admin/` the same. Measured in
 * Chromium (the test in tests/build/editor-page.test.ts): Decap checks its configuration with
 * schemas it compiles into functions ('unsafe-eval'; without it the editor does not start), and
 * styles its screens with style elements it writes as it runs ('unsafe-inline' for styles, which
 * browsers ignore beside hashes, so this policy has none). It reads and writes the repository
 * through GitHub's API and shows the signed-in person's picture from GitHub. Everything else is
 * the site's own: the editor's program is served from the site.
 */
export const EDITOR_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "connect-src 'self' https://api.github.com",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Puts the editor's policy in place of the one the build wrote into the page. */
export function withEditorPolicy(html: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
  const tag = `<meta http-equiv="content-security-policy" content="${EDITOR_POLICY}">`;
  if (!meta.test(html)) throw new Error('editor: the page /admin/ has no Content-Security-Policy to replace');
  return html.replace(meta, tag);
}
