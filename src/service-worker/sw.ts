/**
 * The service worker, /sw.js (bundled at build by scripts/lib/service-worker.ts, which puts its
 * version and the files to keep in front of it as `__MPS_SW__`). It keeps, per language, the
 * offline page, the contacts, the finder with its index, and what they load, and then the pages
 * a resident opens, so that a resident without a connection can still find their inspector and
 * call. What it may keep and serve is decided in ./policy.ts; docs/offline.md explains it.
 *
 * Not a module of the page: it runs in the worker's global scope, whose types (WebWorker) the
 * project's DOM types cannot be mixed with, so the few it uses are declared here.
 */
import type { Locale } from '../i18n/locales.ts';
import {
  cacheNames,
  isStaleCache,
  isStorable,
  languageOf,
  languagesToKeep,
  offlineCandidates,
  pageKey,
  strategyFor,
  type WorkerData,
} from './policy.ts';
import { routes } from '../lib/routes.ts';

declare const __MPS_SW__: WorkerData;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: { origin: string };
  readonly navigator: { languages: readonly string[] };
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ url: string }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const { version, precache } = __MPS_SW__;
const names = cacheNames(version);
/** Pages and other files kept as they are opened, the oldest dropped first. */
const PAGE_LIMIT = 60;
const FILE_LIMIT = 200;
/** How long a page or file may take before the kept copy is shown (a connection that hangs). */
const NETWORK_WAIT_MS = 5000;

/** Stores the files of a language that are not stored yet. Rejects if one cannot be fetched. */
async function keepLanguage(lang: Locale): Promise<void> {
  const cache = await caches.open(names.precache);
  const missing: string[] = [];
  for (const url of precache[lang]) if (!(await cache.match(url))) missing.push(url);
  await Promise.all(
    missing.map(async (url) => {
      // Hashed files may come from the HTTP cache; the others are revalidated.
      const response = await fetch(url, {
        cache: url.startsWith('/_astro/') ? 'default' : 'no-cache',
      });
      if (!isStorable(response)) throw new Error(`${url}: ${response.status}`);
      await cache.put(url, response);
    }),
  );
}

/** Each language's files are checked once per start of the worker (retried after a failure). */
const languages = new Map<Locale, Promise<void>>();
function ensureLanguage(lang: Locale): Promise<void> {
  let kept = languages.get(lang);
  if (!kept) {
    kept = keepLanguage(lang).catch((error: unknown) => {
      languages.delete(lang);
      throw error;
    });
    languages.set(lang, kept);
  }
  return kept;
}

/** The languages whose offline page a previous version kept. */
async function languagesKeptBefore(): Promise<Locale[]> {
  const kept: Locale[] = [];
  for (const name of await caches.keys()) {
    if (!isStaleCache(name, version) || !name.includes('precache-')) continue;
    const cache = await caches.open(name);
    for (const lang of Object.keys(precache) as Locale[]) {
      if (!kept.includes(lang) && (await cache.match(routes.offline(lang)))) kept.push(lang);
    }
  }
  return kept;
}

/** Keeps a page that was opened before the worker served it. */
async function keepPage(url: string): Promise<void> {
  const navigation = { url, method: 'GET', mode: 'navigate', headers: new Headers() };
  if (strategyFor(navigation, worker.location.origin) !== 'page') return;
  const response = await fetch(url);
  if (isStorable(response)) await store(names.pages, pageKey(url), response, PAGE_LIMIT);
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const windows = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const keep = languagesToKeep(
        windows.map((w) => w.url),
        await languagesKeptBefore(),
      );
      await Promise.all(keep.map(ensureLanguage));
      // The page the resident arrived on is one they opened: keep it too.
      await Promise.all(windows.map((w) => keepPage(w.url).catch(() => undefined)));
      // A new version takes over at once: its files are complete, and the old caches (whose
      // pages refer to files of the old deploy) are deleted on activation.
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const stale = (await caches.keys()).filter((name) => isStaleCache(name, version));
      await Promise.all(stale.map((name) => caches.delete(name)));
      // Pages open since before the install are served from now on (the first visit too).
      await worker.clients.claim();
    })(),
  );
});

/** Keeps a copy, then drops the oldest entries beyond the limit. */
async function store(cacheName: string, key: string, response: Response, limit: number) {
  const cache = await caches.open(cacheName);
  await cache.put(key, response);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - limit)).map((k) => cache.delete(k)));
}

async function kept(key: string, ...cacheNames: string[]): Promise<Response | undefined> {
  for (const name of cacheNames) {
    const hit = await (await caches.open(name)).match(key);
    if (hit) return hit;
  }
  return undefined;
}

/** An empty picture for one not kept (an inspector's photo seen offline for the first time). */
const noPicture = () =>
  new Response('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>', {
    headers: { 'Content-Type': 'image/svg+xml' },
  });

/** Fetches, keeping a copy of a storable answer (cloned before the page reads the body). */
function fetchAndKeep(event: FetchEvent, cacheName: string, key: string, limit: number) {
  const answer = fetch(event.request).then((response) => ({
    response,
    copy: isStorable(response) ? response.clone() : undefined,
  }));
  event.waitUntil(
    answer.then(({ copy }) => copy && store(cacheName, key, copy, limit)).catch(() => undefined),
  );
  return answer.then(({ response }) => response);
}

/** The network's answer; the kept copy if the network fails or hangs; else `fallback()`. */
async function networkFirst(
  event: FetchEvent,
  key: string,
  cacheName: string,
  limit: number,
  fallback: () => Promise<Response>,
): Promise<Response> {
  const network = fetchAndKeep(event, cacheName, key, limit);
  const copy = await kept(key, names.precache, cacheName);
  if (!copy) return network.catch(fallback);
  const hang = new Promise<Response>((resolve) => setTimeout(() => resolve(copy), NETWORK_WAIT_MS));
  return Promise.race([network, hang]).catch(() => copy);
}

async function offlinePage(url: string): Promise<Response> {
  for (const path of offlineCandidates(new URL(url).pathname, worker.navigator.languages)) {
    const page = await kept(path, names.precache);
    if (page) return page;
  }
  return Response.error();
}

async function cacheFirst(event: FetchEvent): Promise<Response> {
  const key = event.request.url;
  const copy = await kept(key, names.precache, names.files);
  if (copy) return copy;
  return fetchAndKeep(event, names.files, key, FILE_LIMIT).catch(() =>
    event.request.destination === 'image' ? noPicture() : Response.error(),
  );
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const strategy = strategyFor(request, worker.location.origin);
  if (strategy === 'page') {
    // Opening a page of a language keeps that language's offline files too.
    const lang = languageOf(new URL(request.url).pathname);
    if (lang) event.waitUntil(ensureLanguage(lang).catch(() => undefined));
    event.respondWith(
      networkFirst(event, pageKey(request.url), names.pages, PAGE_LIMIT, () =>
        offlinePage(request.url),
      ),
    );
  } else if (strategy === 'asset') {
    event.respondWith(cacheFirst(event));
  } else if (strategy === 'file') {
    event.respondWith(
      networkFirst(event, request.url, names.files, FILE_LIMIT, async () =>
        request.destination === 'image' ? noPicture() : Response.error(),
      ),
    );
  }
});
