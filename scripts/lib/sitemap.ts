/**
 * The pages of a built site as its sitemaps list them, and one page per template: for the
 * end-to-end scans (tests/helpers/site.ts) and the Lighthouse bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] ?? '');
}

/**
 * The paths (`/kk/news/`) of every page in the sitemaps listed by `dist`/sitemap-index.xml.
 * Empty if the site has not been built.
 */
export function sitemapPaths(dist: string): string[] {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) return [];
  const paths = new Set<string>();
  for (const sitemap of locs(readFileSync(index, 'utf8'))) {
    const file = join(dist, new URL(sitemap).pathname.slice(1));
    for (const loc of locs(readFileSync(file, 'utf8'))) paths.add(new URL(loc).pathname);
  }
  return [...paths].sort();
}

/**
 * Pages under a section of slugs that are templates of their own: the chief's appeal form,
 * answers and status lookup sit beside the blog's posts (`/kk/chief/<post>/`).
 */
const OWN_TEMPLATES = new Set(['chief/ask', 'chief/answers', 'chief/status']);

/**
 * A page's template, guessed from its path: `/kk/news/x/` → `kk/news/*`, and numbered list
 * pages `/kk/news/2/` → `kk/news/#`. Pages with the same key are built from the same
 * template, so scanning one of them covers it.
 */
export function templateKey(path: string): string {
  const [lang = '', section, ...rest] = path.split('/').filter(Boolean);
  if (OWN_TEMPLATES.has([section, ...rest].join('/'))) return [lang, section, ...rest].join('/');
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
