/**
 * `npm run build`: the pages (`astro build`), the CMS's bundle (scripts/build-cms.ts), each with
 * the memory settings of scripts/lib/build-memory.ts, then the search index
 * (scripts/build-search.ts): scripts/lib/build-steps.ts.
 */
import { spawnSync } from 'node:child_process';
import { BUILD_STEPS, nodeArgs } from './lib/build-steps.ts';

for (const step of BUILD_STEPS) {
  const { status } = spawnSync(process.execPath, nodeArgs(step), {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  if (status !== 0) process.exit(status ?? 1);
}
