/**
 * What the service worker (src/service-worker/sw.ts) may keep and serve, as pure functions:
 * the worker and the build (scripts/lib/service-worker.ts) share them and the unit tests check
 * them without a browser. See docs/offline.md.
 */
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../i18n/locales.ts';
import { routes } from '../lib/routes.ts';

/** Every cache of ours starts with this; `activate` deletes those of other versions. */
export const CACHE_PREFIX = 'mps-';

/** What the worker is given at build time: its version and each language's files to keep. */
export interface WorkerData {
  version: string;
  precache: Record<Locale, string[]>;
}

/** The caches of one version: the files kept at install, pages opened, other files loaded. */
export function cacheNames(version: string) {
  return {
    precache: `${CACHE_PREFIX}precache-${version}`,
    pages: `${CACHE_PREFIX}pages-${version}`,
    files: `${CACHE_PREFIX}files-${version}`,
  };
}

/** A cache of ours that belongs to another version (deleted when this version activates). */
export function isStaleCache(name: string, version: string): boolean {
  return name.startsWith(CACHE_PREFIX) && !Object.values(cacheNames(version)).includes(name);
}

/**
 * Paths whose answers are private or change with every request: the functions (appeals,
 * status lookups, the desk's data), Netlify's own paths, the CMS and the staff desk.
 * The worker never answers them and never stores them. Matched without regard to case, with
 * escapes decoded and repeated slashes collapsed, so that no spelling of them slips through.
 */
const PRIVATE_PATHS = [
  /^\/api(\/|$)/i,
  /^\/\.netlify(\/|$)/i,
  /^\/admin(\/|$)/i,
  new RegExp(`^/(${LOCALES.join('|')})/staff(/|$)`, 'i'),
];

export function isPrivatePath(pathname: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return true; // A malformed escape: leave it to the server.
  }
  path = path.replace(/\/{2,}/g, '/');
  return PRIVATE_PATHS.some((pattern) => pattern.test(path));
}

/** The parts of a Request the decision needs (a real Request has them). */
export interface RequestLike {
  url: string;
  method: string;
  mode: string;
  cache?: string;
  headers: { has(name: string): boolean };
}

/**
 * How the worker answers a request:
 * - `page`: a page opened by the resident (a navigation): network first, then the copy kept,
 *   then the offline page;
 * - `asset`: a file under /_astro/ (its name carries a hash of its content): cache first;
 * - `file`: any other file of the site (the finder's index, open data, icons): network first,
 *   then the copy kept;
 * - `undefined`: left to the browser, never stored and never answered from a cache: other
 *   sites, anything but GET, requests with credentials (Authorization) or a Range, and the
 *   private paths above.
 */
export type Strategy = 'page' | 'asset' | 'file';

export function strategyFor(request: RequestLike, origin: string): Strategy | undefined {
  if (request.method !== 'GET') return undefined;
  const url = new URL(request.url);
  if (url.origin !== origin) return undefined;
  if (request.headers.has('authorization') || request.headers.has('range')) return undefined;
  // Chrome's DevTools send this for other origins; fetch() refuses to repeat it.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return undefined;
  if (isPrivatePath(url.pathname)) return undefined;
  if (request.mode === 'navigate') return 'page';
  if (url.pathname.startsWith('/_astro/')) return 'asset';
  return 'file';
}

/** The parts of a Response the decision needs. */
export interface ResponseLike {
  status: number;
  type: string;
  redirected: boolean;
  headers: { get(name: string): string | null };
}

/**
 * May this answer be stored? Only a plain 200 of this site (`basic`: not another site's, not a
 * redirect), and not when the server says `no-store` or `private`.
 */
export function isStorable(response: ResponseLike): boolean {
  if (response.status !== 200 || response.type !== 'basic' || response.redirected) return false;
  const directives = (response.headers.get('cache-control') ?? '')
    .toLowerCase()
    .split(',')
    .map((d) => d.split('=')[0]!.trim());
  return !directives.includes('no-store') && !directives.includes('private');
}

/** Pages are kept by path: the site's pages do not change with the query. */
export function pageKey(url: string): string {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
}

/** The language of a path (`/ru/finder/` → `ru`), if it is under one. */
export function languageOf(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/**
 * The language to speak to a resident who opens `pathname`: the path's own, else the first of
 * the browser's languages we have (`ru-RU` → `ru`), else Kazakh.
 */
export function preferredLanguage(pathname: string, browserLanguages: readonly string[]): Locale {
  const fromBrowser = browserLanguages
    .map((tag) => tag.toLowerCase().split('-')[0])
    .find((code) => isLocale(code));
  return languageOf(pathname) ?? (fromBrowser as Locale | undefined) ?? DEFAULT_LOCALE;
}

/** The offline pages to try for `pathname`, best first (each language's, if it is kept). */
export function offlineCandidates(pathname: string, browserLanguages: readonly string[]): string[] {
  const first = preferredLanguage(pathname, browserLanguages);
  return [first, ...LOCALES.filter((l) => l !== first)].map(routes.offline);
}

/**
 * The languages whose files a new worker keeps at install: those of the open windows and those
 * the previous version kept. A resident who reads Russian does not download the Kazakh and
 * English finder indexes; a language is added when one of its pages is opened.
 */
export function languagesToKeep(
  windowUrls: readonly string[],
  keptBefore: readonly Locale[],
): Locale[] {
  const open = windowUrls.map((u) => languageOf(new URL(u).pathname));
  return LOCALES.filter((l) => open.includes(l) || keptBefore.includes(l));
}
