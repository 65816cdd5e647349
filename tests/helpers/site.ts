/** The built site's pages, read from dist/ (the sitemaps) for the e2e specs. */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sitemapPaths as readSitemaps } from '../../scripts/lib/sitemap.ts';

export { onePerTemplate, templateKey } from '../../scripts/lib/sitemap.ts';

/** The built site; DIST_DIR overrides it (playwright.config.ts then serves that folder). */
export const DIST = process.env['DIST_DIR']
  ? `${process.env['DIST_DIR'].replace(/\/+$/, '')}/`
  : fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every page in the built site's sitemaps (empty if the site has not been built). */
export const sitemapPaths = (): string[] => readSitemaps(DIST);

/**
 * Every HTML page in dist/ as the path it is served at (`/kk/news/x/`, `/404.html`), the
 * pages left out of the sitemaps included (404 pages, "not translated" pages, search).
 * Pagefind's and the CMS's own files are not pages of the site. The root page is
 * `/index.html`: `/` redirects by the browser's language (netlify.toml).
 */
export function builtPaths(): string[] {
  if (!existsSync(DIST)) return [];
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !/^(pagefind|admin)\//.test(f))
    .map((f) => (f === 'index.html' ? '/index.html' : `/${f.replace(/\/index\.html$/, '/')}`))
    .sort();
}
