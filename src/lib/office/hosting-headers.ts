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

/** The editor's page's policy, with the framing rule only a header can give. */
const EDITOR_HEADER_POLICY = `${EDITOR_POLICY}; frame-ancestors 'none'`;

/** The headers as `public/_headers` writes them: every path, then the editor's page. */
export function toHeadersFile(): string[] {
  return [
    '/*', ...HOSTING_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    EDITOR_HEADERS_PATH, '  ! Content-Security-Policy', `  Content-Security-Policy: ${EDITOR_HEADER_POLICY}`,
  ];
}

/** The site's headers with the editor's policy in place of the pages' one, for `/admin/`. */
function editorHeaders(): (readonly [string, string])[] {
  return HOSTING_HEADERS.map(([name, value]) => [name, name === 'Content-Security-Policy' ? EDITOR_HEADER_POLICY : value]);
}

/**
 * The headers as nginx `add_header` lines, then a `location /admin/` block for the editor: a
 * block with an `add_header` of its own inherits none from the server, so it repeats them all.
 */
export function toNginx(): string[] {
  const line = ([name, value]: readonly [string, string]) => `add_header ${name} "${value}" always;`;
  return [...HOSTING_HEADERS.map(line), 'location /admin/ {', ...editorHeaders().map((header) => `    ${line(header)}`), '}'];
}

/**
 * The headers as Apache `Header always set` lines (mod_headers), then the editor's policy for
 * `/admin/`: an `<If>` block (allowed in a VirtualHost and in .htaccess) is applied after the
 * lines outside it, so its `set` replaces the site's policy.
 */
export function toApache(): string[] {
  return [
    ...HOSTING_HEADERS.map(([name, value]) => `Header always set ${name} "${value}"`),
    '<If "%{REQUEST_URI} =~ m#^/admin/#">',
    `    Header always set Content-Security-Policy "${EDITOR_HEADER_POLICY}"`,
    '</If>',
  ];
}

/**
 * The headers as a Caddy `header` block, with the policy set apart for the editor's page and
 * the rest of the site by two matchers that exclude each other, so the order Caddy gives the
 * directives does not matter.
 */
export function toCaddy(): string[] {
  return [
    '@editor path /admin/*',
    '@pages not path /admin/*',
    'header {',
    ...HOSTING_HEADERS.filter(([name]) => name !== 'Content-Security-Policy').map(([name, value]) => `    ${name} "${value}"`),
    '}',
    `header @pages Content-Security-Policy "${policyOf(HOSTING_HEADERS)}"`,
    `header @editor Content-Security-Policy "${EDITOR_HEADER_POLICY}"`,
  ];
}

function policyOf(headers: readonly (readonly [string, string])[]): string {
  return headers.find(([name]) => name === 'Content-Security-Policy')![1];
}
