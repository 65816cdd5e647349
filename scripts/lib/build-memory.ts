/**
 * The memory settings of the build's bundling steps, `astro build` and the CMS's bundle
 * (scripts/lib/build-steps.ts). Measured on the 10,000-news-per-language build with
 * `npm run bench:build`, which builds the pages both with them and as Astro comes
 * (docs/decisions/0012-build-memory.md).
 */

/**
 * Rolldown's allocator (mimalloc, read when Rolldown loads). By default it commits its arenas
 * eagerly and gives freed memory back to the system only later, so what Rolldown used while
 * bundling stayed resident through the whole rendering of the pages: 1.9–2.4 GB held while
 * rendering by default, 1.5–1.6 GB with these, in the same time.
 */
export const BUNDLER_MEMORY: Readonly<Record<string, string>> = {
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_PURGE_DELAY: '0',
};

/**
 * Node's heap for `astro build`: after each full collection, the next one comes when the heap
 * has grown by half of what was live, not by the factor V8 picks from its own timing (up to
 * four times). V8's pick made the peak vary from 2.0 to 3.3 GB between runs of the same build,
 * most of it garbage of the bundling and of the rendered pages; a growth, not a limit, so a
 * larger site gets the memory it needs.
 */
export const NODE_HEAP_FLAGS: readonly string[] = ['--heap-growing-percent=50'];
