/** The built site's pages, read from dist/ (the sitemaps) for the e2e specs. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built site; DIST_DIR overrides it (playwright.config.ts then serves that folder). */
export const DIST = process.env['DIST_DIR']
  ? `${process.env['DIST_DIR'].replace(/\/+$/, '')}/`
  : fileURLToPath(new URL('../../dist/', import.meta.url));

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] ?? '');
}

/**
 * The paths (`/kk/news/`) of every page in the sitemaps listed by dist/sitemap-index.xml.
 * Empty if the site has not been built.
 */
export function sitemapPaths(): string[] {
  const index = `${DIST}sitemap-index.xml`;
  if (!existsSync(index)) return [];
  const paths = new Set<string>();
  for (const sitemap of locs(readFileSync(index, 'utf8'))) {
    const file = `${DIST}${new URL(sitemap).pathname.slice(1)}`;
    for (const loc of locs(readFileSync(file, 'utf8'))) paths.add(new URL(loc).pathname);
  }
  return [...paths].sort();
}

/**
 * A page's template, guessed from its path: `/kk/news/x/` → `kk/news/*`, and numbered list
 * pages `/kk/news/2/` → `kk/news/#`. Pages with the same key are built from the same
 * template, so scanning one of them covers it.
 */
export function templateKey(path: string): string {
  const [lang = '', section, ...rest] = path.split('/').filter(Boolean);
  const generic = rest.map((segment) => (/^\d+$/.test(segment) ? '#' : '*'));
  return [lang, ...(section ? [section] : []), ...generic].join('/');
}

/** The first page (in sorted order) of each template. */
export function onePerTemplate(paths: readonly string[]): string[] {
  const chosen = new Map<string, string>();
  for (const path of [...paths].sort()) {
    if (!chosen.has(templateKey(path))) chosen.set(templateKey(path), path);
  }
  return [...chosen.values()];
}

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
