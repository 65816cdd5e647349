/**
 * The security headers of the whole site, defined once. Static pages get them from the
 * `_headers` file the build writes from this module (astro.config.mjs; Netlify reads
 * `dist/_headers` before netlify.toml, whose later rules — /admin/'s own policy — replace
 * a header of the same name). Functions answer with them themselves (src/server/http.ts):
 * Netlify applies header rules only to files it serves, never to function responses.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // No inline scripts or styles: scripts/check-dist.ts fails the build output if any appear
  // (an inline script is only allowed if its 'sha256-…' hash is added to script-src).
  // 'wasm-unsafe-eval' lets Pagefind's WebAssembly search index run.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests",
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // geolocation=(self): the inspector finder may ask for the visitor's position.
  'Permissions-Policy':
    'camera=(), microphone=(), payment=(), usb=(), interest-cohort=(), geolocation=(self)',
  'X-Frame-Options': 'DENY',
};

/** The `_headers` file of the built site: these headers for every path. */
export const headersFile = (): string =>
  `# Written by the build from src/server/security-headers.ts: edit that file, not this one.\n/*\n${Object.entries(
    SECURITY_HEADERS,
  )
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;
