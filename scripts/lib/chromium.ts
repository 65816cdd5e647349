/**
 * The Chromium the tests and benchmarks drive: $PLAYWRIGHT_CHROMIUM_EXECUTABLE (or $CHROME_PATH),
 * else Debian's /usr/bin/chromium; and the flags it needs here (root, no GPU, a small /dev/shm,
 * a closed network: no background requests to Google's hosts).
 */
import { existsSync } from 'node:fs';

export const chromiumPath = (): string | undefined =>
  [process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE'], process.env['CHROME_PATH'], '/usr/bin/chromium']
    .filter((path): path is string => Boolean(path))
    .find((path) => existsSync(path));

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
