/**
 * Runs the real `astro build` on a content folder, into an output folder of its own, as the
 * build tests and the CMS tests need (the repository's content/ and dist/ stay untouched).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface BuildResult {
  status: number | null;
  log: string;
  out: string;
}

/** Builds the site from `content` into `<work>/dist` (cache in `<work>/cache`). */
export function astroBuild(content: string, work: string): BuildResult {
  const out = join(work, 'dist');
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      MPS_CONTENT_DIR: content,
      MPS_OUT_DIR: out,
      MPS_CACHE_DIR: join(work, 'cache'),
    },
  });
  return { status: result.status, log: `${result.stdout}\n${result.stderr}`, out };
}

/**
 * Serves a built site under Netlify's emulation, as scripts/serve.ts does but without the
 * functions, on a free port.
 */
export async function serveBuilt(
  out: string,
): Promise<{ site: string; close: () => Promise<void> }> {
  const { createLocalNetlify, listen } = await import('../../scripts/lib/local-netlify.ts');
  const local = await createLocalNetlify({ publish: out, functions: false });
  const port = await listen(local.server, 0);
  return { site: `http://127.0.0.1:${port}`, close: local.close };
}
