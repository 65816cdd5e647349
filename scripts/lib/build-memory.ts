/**
 * The memory settings of the build (scripts/lib/build-steps.ts): Rolldown's allocator for the
 * two bundling steps, `astro build` and the CMS's bundle, and Node's heap for `astro build`.
 * `npm run bench:build` builds the pages with them and as Astro comes; the measurements behind
 * each are in docs/decisions/0012-build-memory.md.
 */

/**
 * Rolldown's allocator (mimalloc, read when Rolldown loads). By default it commits its arenas
 * eagerly and gives freed memory back to the system only later, so what Rolldown used while
 * bundling stayed resident through the whole rendering of the pages.
 */
export const BUNDLER_MEMORY: Readonly<Record<string, string>> = {
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_PURGE_DELAY: '0',
};

/**
 * Node's heap for `astro build`: after each full collection, the next one comes when the heap
 * has grown by half of what was live, not by the factor V8 picks from its own timing (up to
 * four times), which let the garbage of the bundling and of the rendered pages pile up and
 * made the peak of the same build vary by more than a gigabyte. A growth, not a limit: a
 * larger site gets the memory it needs.
 */
export const NODE_HEAP_FLAGS: readonly string[] = ['--heap-growing-percent=50'];
