/**
 * The security headers of every response the functions send (form pages without JavaScript,
 * desk fragments, JSON): the same values netlify.toml gives static pages under `/*`, which
 * Netlify does not apply to function responses. tests/unit/security-headers.test.ts fails
 * when the two differ, so a change is made in both or in neither.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests",
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), payment=(), usb=(), interest-cohort=(), geolocation=(self)',
  'X-Frame-Options': 'DENY',
};
