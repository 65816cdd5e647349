/**
 * The steps of `npm run build` (scripts/build.ts), each a process of its own, in order; the
 * bench (scripts/bench-build.ts) times them one by one. Where they write: MPS_OUT_DIR.
 */
import { fileURLToPath } from 'node:url';
import { BUNDLER_MEMORY, NODE_HEAP_FLAGS } from './build-memory.ts';

export const OUT_DIR = process.env['MPS_OUT_DIR'] ?? 'dist';

/** Pagefind's command line (the package exports only its Node API; the CLI sits beside it). */
export const PAGEFIND_CLI = fileURLToPath(
  new URL('runner/bin.cjs', import.meta.resolve('pagefind')),
);

export interface BuildStep {
  label: string;
  /** Node's own flags, before the script. */
  nodeFlags: readonly string[];
  /** The script and its arguments. */
  args: readonly string[];
  env: Readonly<Record<string, string>>;
}

/** Node's command line for a step. */
export const nodeArgs = (step: BuildStep) => [...step.nodeFlags, ...step.args];

export const ASTRO_STEP: BuildStep = {
  label: 'astro build',
  nodeFlags: NODE_HEAP_FLAGS,
  args: ['node_modules/astro/bin/astro.mjs', 'build'],
  env: BUNDLER_MEMORY,
};
export const CMS_STEP: BuildStep = {
  label: 'CMS bundle',
  nodeFlags: [],
  args: ['scripts/build-cms.ts'],
  env: BUNDLER_MEMORY,
};
export const SEARCH_STEP: BuildStep = {
  label: 'search index',
  nodeFlags: [],
  args: ['scripts/build-search.ts'],
  env: {},
};
export const BUILD_STEPS = [ASTRO_STEP, CMS_STEP, SEARCH_STEP] as const;
