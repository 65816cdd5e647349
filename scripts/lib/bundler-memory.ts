/**
 * The settings of Rolldown's allocator (mimalloc) for `astro build` and the CMS's bundle
 * (scripts/build-cms.ts). By default mimalloc commits its arenas eagerly and gives freed memory
 * back to the system only later, so what Rolldown used while bundling stayed resident through
 * the whole rendering of the pages. Measured on the 10,000-news-per-language build
 * (docs/decisions/0012-build-memory.md): peak 2.5–3.3 GB and 1.9–2.4 GB held while rendering
 * by default, 2.2–2.7 GB and 1.5–1.6 GB with these, in the same time. mimalloc reads them when
 * Rolldown loads.
 */
export const BUNDLER_MEMORY: Readonly<Record<string, string>> = {
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_PURGE_DELAY: '0',
};
