/**
 * What the editor's page (`/admin/`) adds to the site's Content-Security-Policy, and nothing
 * more: Decap CMS checks its configuration with schemas it compiles ('unsafe-eval'), reads
 * and writes the repository through GitHub's API, and shows the signed-in person's picture
 * from GitHub. In the preview it also talks to the local proxy. No other page gets these;
 * public/_headers gives `/admin/` the same.
 */
export const EDITOR_CSP = {
  scriptResources: ["'self'", "'unsafe-eval'"],
  styleResources: ["'self'"] as string[],
  directives(localProxy?: string): string[] {
    return [
      `connect-src 'self' https://api.github.com${localProxy ? ` ${localProxy}` : ''}`,
      "img-src 'self' data: blob: https://avatars.githubusercontent.com",
      "frame-src 'self'",
    ];
  },
};
