/**
 * `npm run build`'s second step: the site's search index, one Pagefind bundle per language at
 * routes.searchBundle(lang) (/pagefind/kk/, …), loaded by that language's search page.
 *
 * Pagefind holds every page it reads in memory until it writes its bundle — about 65 KB a
 * page, 2.3 GB for the 30,000 news items of `npm run bench:build` in one run (the known limit
 * of Pagefind/pagefind#842) — so each language is indexed by a process of its own, one after
 * the other: the peak is one language's. A search finds pages of its own language only, as
 * it did when one bundle kept one index per language.
 */
import { spawnSync } from 'node:child_process';
import { LOCALES } from '../src/i18n/locales.ts';
import { routes } from '../src/lib/routes.ts';
import { OUT_DIR, PAGEFIND_CLI } from './lib/build-steps.ts';

for (const lang of LOCALES) {
  const { status } = spawnSync(
    process.execPath,
    [
      PAGEFIND_CLI,
      '--site',
      OUT_DIR,
      '--glob',
      `${lang}/**/*.html`,
      '--output-subdir',
      routes.searchBundle(lang).replace(/^\/|\/$/g, ''),
    ],
    { stdio: 'inherit' },
  );
  if (status !== 0) process.exit(status ?? 1);
}
