/**
 * `npm run build`: the pages (`astro build`), the CMS's bundle (scripts/build-cms.ts), each with
 * Rolldown's allocator set to give memory back (scripts/lib/bundler-memory.ts), then the search
 * index (scripts/build-search.ts): scripts/lib/build-steps.ts.
 */
import { spawnSync } from 'node:child_process';
import { BUILD_STEPS } from './lib/build-steps.ts';

for (const { args, env } of BUILD_STEPS) {
  const { status } = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (status !== 0) process.exit(status ?? 1);
}
