/**
 * `npm run bench:build [-- --news-per-locale N --runs R]`: builds the site with a generated data set
 * (default 10,000 news items per language, plus the demo districts, officers, pages and blog)
 * and prints the pages built, the seconds and the peak memory of the whole `npm run build` as
 * /usr/bin/time -v reports it (the largest resident set of any of its processes: Astro's Node,
 * the CMS's Vite, or one of Pagefind's indexers), step by step, each beside a baseline measured
 * in the same run: `astro build` as it comes, without the memory settings of
 * scripts/lib/build-memory.ts, and the whole site indexed by one Pagefind process
 * (scripts/build-search.ts). `astro build` runs R times each way (default 1), one after the
 * other, and prints the medians with their spread. About 8 minutes, and 5 more for each
 * further run.
 * Everything goes to .bench/ (ignored by git); the committed content is not touched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ASTRO_STEP,
  CMS_STEP,
  PAGEFIND_CLI,
  SEARCH_STEP,
  nodeArgs,
  type BuildStep,
} from './lib/build-steps.ts';
import { median } from './lib/budgets.ts';

const { values } = parseArgs({
  options: {
    'news-per-locale': { type: 'string', default: '10000' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const perLocale = Number(values['news-per-locale']);
if (!Number.isInteger(perLocale) || perLocale < 1)
  throw new Error('--news-per-locale must be a positive integer');
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');

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
const env = {
  MPS_CONTENT_DIR: content,
  MPS_OUT_DIR: out,
  MPS_CACHE_DIR: join(bench, 'cache'),
};
/**
 * One step of `npm run build` under /usr/bin/time -v: its wall time and its peak resident set.
 * `npm run build` (scripts/build.ts) is `astro build`, scripts/build-cms.ts, then
 * scripts/build-search.ts; /usr/bin/time on the whole reports the largest of the steps' peaks
 * (ru_maxrss of the children), so the steps are timed one by one to say which step it is, and
 * the whole is their sum and maximum.
 */
function timed(label: string, args: string[], extraEnv: BuildStep['env'] = {}) {
  const result = spawnSync('/usr/bin/time', ['-v', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, ...extraEnv },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${label} failed with exit code ${result.status}`);
  }
  const field = (name: string) => {
    const line = result.stderr.split('\n').find((l) => l.trim().startsWith(name));
    if (!line) throw new Error(`/usr/bin/time printed no "${name}"`);
    return line.slice(line.lastIndexOf(': ') + 2).trim();
  };
  return {
    seconds: field('Elapsed (wall clock) time')
      .split(':')
      .reduce((total, part) => total * 60 + Number(part), 0),
    peakMiB: Number(field('Maximum resident set size (kbytes)')) / 1024,
  };
}
const step = (s: BuildStep) => timed(s.label, [node, ...nodeArgs(s)], s.env);
type Timing = ReturnType<typeof timed>;
/** A step run several times: the median time and peak (each on its own), and their spread. */
function summary(timings: Timing[]) {
  const seconds = timings.map((t) => t.seconds);
  const peaks = timings.map((t) => t.peakMiB);
  const range = (values: number[], digits: number) =>
    `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
  return {
    seconds: median(seconds),
    peakMiB: median(peaks),
    spread:
      timings.length > 1
        ? `; ${timings.length} runs: ${range(seconds, 1)} s, ${range(peaks, 0)} MiB`
        : '',
  };
}
// `astro build` with our memory settings and, as its baseline, as Astro comes (into folders of
// its own, then removed), --runs times, taking turns at going first: runs of the same build
// vary by a quarter in time and memory on this machine. Each run starts without Astro's cache.
const baseline = () => {
  rmSync(join(bench, 'cache-baseline'), { recursive: true, force: true });
  const timing = timed('astro build as it comes', [node, ...ASTRO_STEP.args], {
    MPS_OUT_DIR: join(bench, 'dist-baseline'),
    MPS_CACHE_DIR: join(bench, 'cache-baseline'),
  });
  rmSync(join(bench, 'dist-baseline'), { recursive: true, force: true });
  return timing;
};
const ours = () => {
  rmSync(env.MPS_CACHE_DIR, { recursive: true, force: true });
  return step(ASTRO_STEP);
};
const astroRuns: Timing[] = [];
const baselineRuns: Timing[] = [];
for (let run = 0; run < runs; run++) {
  if (run % 2 === 0) baselineRuns.push(baseline());
  astroRuns.push(ours());
  if (run % 2 === 1) baselineRuns.push(baseline());
}
const astro = summary(astroRuns);
const astroDefault = summary(baselineRuns);
const cms = step(CMS_STEP);
const search = step(SEARCH_STEP);
const whole = timed('pagefind, one process', [
  node,
  PAGEFIND_CLI,
  '--site',
  out,
  '--output-subdir',
  'pagefind-whole',
  '--quiet',
]);
rmSync(join(out, 'pagefind-whole'), { recursive: true, force: true });
const wallSeconds = astro.seconds + cms.seconds + search.seconds;
const peakMiB = Math.max(astro.peakMiB, cms.peakMiB, search.peakMiB);
const pages = countPages(out);

const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8);
console.log(`bench:build — ${perLocale} news items per language (3 languages), ${pages} pages`);
console.log(`  generate demo data        ${fmt(gen.seconds)} s  ${fmt(gen.rssMiB, 0)} MiB peak`);
console.log(
  `  npm run build             ${fmt(wallSeconds)} s  ${fmt(peakMiB, 0)} MiB peak (/usr/bin/time -v${runs > 1 ? ", the steps' medians" : ''})`,
);
console.log(
  `    astro build             ${fmt(astro.seconds)} s  ${fmt(astro.peakMiB, 0)} MiB peak (median${astro.spread})`,
);
console.log(
  `      baseline              ${fmt(astroDefault.seconds)} s  ${fmt(astroDefault.peakMiB, 0)} MiB peak (Astro as it comes${astroDefault.spread})`,
);
console.log(`    CMS bundle              ${fmt(cms.seconds)} s  ${fmt(cms.peakMiB, 0)} MiB peak`);
console.log(
  `    search index            ${fmt(search.seconds)} s  ${fmt(search.peakMiB, 0)} MiB peak (Pagefind, a process per language)`,
);
console.log(
  `      baseline              ${fmt(whole.seconds)} s  ${fmt(whole.peakMiB, 0)} MiB peak (one Pagefind process for the site)`,
);
console.log(`  per page, all in          ${fmt((1000 * wallSeconds) / pages, 2)} ms`);
if (!values.keep) rmSync(bench, { recursive: true, force: true });
