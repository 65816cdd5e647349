/** netlify.toml and the security headers the build writes into dist/_headers. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, matchPattern, parseNetlifyToml } from '../helpers/netlify-toml.ts';
import { headersFile, SECURITY_HEADERS } from '../../src/server/security-headers.ts';

const netlifyToml = readFileSync(new URL('../../netlify.toml', import.meta.url), 'utf8');
const config = parseNetlifyToml(netlifyToml);
const SITE_CSP = SECURITY_HEADERS['Content-Security-Policy']!;

describe('netlify.toml', () => {
  it('leaves the site headers to dist/_headers and caches /_astro/ for good', () => {
    expect(headersFor('/kk/news/', config.headers)['Content-Security-Policy']).toBeUndefined();
    expect(headersFor('/kk/news/', config.headers)['Cache-Control']).toBeUndefined();
    expect(headersFor('/_astro/app.abc.js', config.headers)['Cache-Control']).toContain(
      'immutable',
    );
  });

  it('has the build write every security header for every path into _headers', () => {
    const lines = headersFile().split('\n');
    expect(lines[1]).toBe('/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(lines).toContain(`  ${name}: ${value}`);
    expect(SITE_CSP).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(SITE_CSP).toContain("frame-ancestors 'none'");
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
    expect(SECURITY_HEADERS['Permissions-Policy']).toContain('geolocation=(self)');
  });

  it('sends / by language, then to /kk/, and keeps the 404 rules last', () => {
    const root = config.redirects.filter((r) => r.from === '/');
    expect(root.map((r) => r.to)).toEqual(['/ru/', '/en/', '/kk/', '/kk/']);
    expect(root.every((r) => r.force && r.status === 302)).toBe(true);
    expect(root.at(-1)?.conditions).toBeUndefined();
    expect(config.redirects.slice(-3).map((r) => [r.from, r.to, r.status])).toEqual([
      ['/kk/*', '/kk/404/', 404],
      ['/ru/*', '/ru/404/', 404],
      ['/en/*', '/en/404/', 404],
    ]);
  });

  it('matches path patterns like Netlify', () => {
    expect(matchPattern('/*', '/')).toEqual({ splat: '' });
    expect(matchPattern('/_astro/*', '/_astro/a/b.js')).toEqual({ splat: 'a/b.js' });
    expect(matchPattern('/ru/*', '/ru')).not.toBeNull();
    expect(matchPattern('/ru/*', '/rus/')).toBeNull();
    expect(matchPattern('/news/:slug', '/news/a')).toEqual({ slug: 'a' });
    expect(matchPattern('/a.b', '/axb')).toBeNull();
  });
});
