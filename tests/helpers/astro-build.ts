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

/** Serves a built site as scripts/serve.ts does (without functions) on a free port. */
export async function serveBuilt(out: string): Promise<{ site: string; close: () => void }> {
  const { readFileSync } = await import('node:fs');
  const { createStaticServer } = await import('../../scripts/serve.ts');
  const { parseNetlifyToml } = await import('../../scripts/lib/netlify.ts');
  const server = createStaticServer(out, parseNetlifyToml(readFileSync('netlify.toml', 'utf8')));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return { site: `http://127.0.0.1:${port}`, close: () => server.close() };
}
