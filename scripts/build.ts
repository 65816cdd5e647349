/**
 * `npm run build`: the pages (`astro build`), the CMS's bundle (scripts/build-cms.ts), each with
 * Rolldown's allocator set to give memory back (scripts/lib/bundler-memory.ts), then the search
 * index (scripts/build-search.ts).
 */
import { spawnSync } from 'node:child_process';
import { BUNDLER_MEMORY } from './lib/bundler-memory.ts';

const steps: { args: string[]; env?: Readonly<Record<string, string>> }[] = [
  { args: ['node_modules/astro/bin/astro.mjs', 'build'], env: BUNDLER_MEMORY },
  { args: ['scripts/build-cms.ts'], env: BUNDLER_MEMORY },
  { args: ['scripts/build-search.ts'] },
];
for (const { args, env } of steps) {
  const { status } = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (status !== 0) process.exit(status ?? 1);
}
