/**
 * The HTTP headers a host should send with every page, in one list. `public/_headers` (for
 * Netlify and Cloudflare Pages) and the nginx, Apache and Caddy examples in
 * docs/publishing.md must say exactly this; tests/unit/office/hosting-headers.test.ts reads
 * both and compares, so the file and the guide cannot drift apart.
 */
import { EDITOR_POLICY } from '../editor/csp.ts';

/** Each header's name and value, in the order the guide gives them. */
export const HOSTING_HEADERS: readonly (readonly [name: string, value: string])[] = [
  // Repeats the pages' own <meta> policy (which cannot set frame-ancestors); 'wasm-unsafe-eval'
  // is for the search page's index.
  ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; frame-ancestors 'none'; upgrade-insecure-requests"],
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'],
  ['X-Frame-Options', 'DENY'],
];

/**
 * The editor's page (`/admin/`) has a policy of its own (src/lib/editor/csp.ts), set in a block
 * after the site's: Cloudflare Pages gives a path every matching block's headers, in the file's
 * order, so the block first takes the site's policy off (`! Content-Security-Policy`) and then
 * sets the editor's, with the framing rule only a header can give.
 */
export const EDITOR_HEADERS_PATH = '/admin/*';

/** The headers as `public/_headers` writes them: every path, then the editor's page. */
export function toHeadersFile(): string[] {
  return [
    '/*', ...HOSTING_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    EDITOR_HEADERS_PATH, '  ! Content-Security-Policy', `  Content-Security-Policy: ${EDITOR_POLICY}; frame-ancestors 'none'`,
  ];
}

/** The headers as nginx `add_header` lines. */
export function toNginx(): string[] {
  return HOSTING_HEADERS.map(([name, value]) => `add_header ${name} "${value}" always;`);
}

/** The headers as Apache `Header always set` lines (mod_headers). */
export function toApache(): string[] {
  return HOSTING_HEADERS.map(([name, value]) => `Header always set ${name} "${value}"`);
}

/** The headers as a Caddy `header` block. */
export function toCaddy(): string[] {
  return ['header {', ...HOSTING_HEADERS.map(([name, value]) => `    ${name} "${value}"`), '}'];
}
