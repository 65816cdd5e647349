/**
 * `npm run bench:build [-- --news-per-locale N]`: builds the site with a generated data set
 * (default 10,000 news items per language, plus the demo districts, officers, pages and blog)
 * and prints pages built, seconds and peak memory of `astro build` and of Pagefind.
 * Everything goes to .bench/ (ignored by git); the committed content is not touched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    'news-per-locale': { type: 'string', default: '10000' },
    keep: { type: 'boolean', default: false },
  },
});
const perLocale = Number(values['news-per-locale']);
if (!Number.isInteger(perLocale) || perLocale < 1)
  throw new Error('--news-per-locale must be a positive integer');

const bench = resolve('.bench');
const content = join(bench, 'content');
const out = join(bench, 'dist');
const rssFile = join(bench, 'max-rss');
rmSync(bench, { recursive: true, force: true });

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', MPS_MAX_RSS_FILE: rssFile, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error(result.stderr);
    throw new Error(`${label} failed with exit code ${result.status}`);
  }
  const rssKiB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  rmSync(rssFile, { force: true });
  return { seconds, rssMiB: rssKiB / 1024 };
}

function countPages(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) n++;
  }
  return n;
}

const node = process.execPath;
const preload = ['--import', './scripts/lib/report-max-rss.mjs'];
const gen = run('generate', node, [
  ...preload,
  'scripts/generate-demo.ts',
  '--out',
  content,
  '--news-per-locale',
  String(perLocale),
]);
const build = run('astro build', node, [...preload, 'node_modules/astro/bin/astro.mjs', 'build'], {
  MPS_CONTENT_DIR: content,
  MPS_OUT_DIR: out,
  MPS_CACHE_DIR: join(bench, 'cache'),
});
const pages = countPages(out);
const search = run('pagefind', node, [
  ...preload,
  'node_modules/pagefind/lib/runner/bin.cjs',
  '--site',
  out,
]);

const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8);
console.log(`bench:build — ${perLocale} news items per language (3 languages)`);
console.log(`  generate demo data   ${fmt(gen.seconds)} s  ${fmt(gen.rssMiB, 0)} MiB peak`);
console.log(
  `  astro build          ${fmt(build.seconds)} s  ${fmt(build.rssMiB, 0)} MiB peak  ${pages} pages`,
);
console.log(
  `  pagefind index       ${fmt(search.seconds)} s  (peak memory of its native binary not measured)`,
);
console.log(`  pages per second     ${fmt(pages / build.seconds)}`);
if (!values.keep) rmSync(bench, { recursive: true, force: true });
