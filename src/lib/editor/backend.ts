/**
 * Where the hosted editor reads and writes, and how it signs people in: the `backend` part of
 * the editor's configuration (config.ts), made from the office's `editor` setting in
 * site.config.json (docs/publishing.md, "On GitHub").
 *
 * Decap CMS signs in to GitHub in a window of the sign-in helper (`base_url`, at `auth`), which
 * does GitHub's OAuth exchange with the OAuth app's secret and hands the token back. A page of a
 * static site cannot do that exchange itself: GitHub's token endpoint wants the secret and
 * answers no browser from another origin, and Decap's GitHub backend has no PKCE sign-in (Decap
 * issue 6597). Without an address of its own, Decap uses Netlify's helper, which needs to know
 * the Netlify site holding the OAuth app's settings (`site_domain`) when the editor is served
 * from elsewhere.
 */
import type { EditorSettings } from '../../schemas/site-config.ts';

/** Stands in for the repository when neither the setting nor GitHub's workflow names it. */
export const UNKNOWN_REPOSITORY = 'OWNER/REPOSITORY';

export interface GithubBackend {
  name: 'github';
  repo: string;
  branch: string;
  base_url?: string;
  site_domain?: string;
}

/**
 * The GitHub backend: the setting's values first, then what the build's environment says
 * (GITHUB_REPOSITORY, set by GitHub's workflows; PCC_EDITOR_AUTH_URL, the sign-in helper's
 * address, as before the setting existed).
 */
export function githubBackend(settings: EditorSettings | undefined, env: Readonly<Record<string, string | undefined>>): GithubBackend {
  const signIn = settings?.signInUrl ?? env.PCC_EDITOR_AUTH_URL;
  return {
    name: 'github',
    repo: settings?.repository ?? env.GITHUB_REPOSITORY ?? UNKNOWN_REPOSITORY,
    branch: settings?.branch ?? 'main',
    ...(signIn ? { base_url: signIn } : {}),
    ...(settings?.netlifySite ? { site_domain: settings.netlifySite } : {}),
  };
}
