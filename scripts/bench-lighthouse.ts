/**
 * `npm run bench:lighthouse [-- --runs 3 --only /ru/ --dir DIR]`: Lighthouse (npm's, mobile
 * preset: a mid-range phone on a slow 4G link, simulated throttling) over the built site, one
 * page of every template in every language (from the sitemaps, scripts/lib/sitemap.ts). Prints performance, accessibility, best practices, SEO, LCP,
 * CLS and TBT per page (each the median when --runs > 1), then what keeps a page below target,
 * and exits 1 if any page misses one: 100 for accessibility, best practices and SEO, 95 for
 * performance. The full JSON reports go to .bench/lighthouse/ (emptied first).
 *
 *   --dir    the built site (default dist/; `npm run build` first)
 *   --runs   Lighthouse runs per page (default 1)
 *   --only   audit only the pages whose path contains this text
 *
 * The site is served by scripts/serve.ts (Netlify's emulation, scheduled functions off) on a
 * free port, its functions on an empty throw-away database (scripts/lib/bench.ts). Each run
 * gets a fresh headless Chromium: $CHROME_PATH, else $PLAYWRIGHT_CHROMIUM_EXECUTABLE, else
 * /usr/bin/chromium. Pages run one after the other.
 * Scores depend on the machine's load (TBT most): compare runs made on a quiet machine.
 * Exit code: 0 every page meets the targets, 1 some page misses one, 2 it could not run (no
 * build, no Chromium, the server did not start or a page did not answer 200).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { database } from './lib/bench.ts';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.ts';
import { onePerTemplate, sitemapPaths } from './lib/sitemap.ts';
import {
  CATEGORIES,
  failingAudits,
  figures,
  medianFigures,
  missed,
  performanceNotes,
  reportName,
  table,
  type AuditNote,
  type CategoryId,
  type Figures,
} from './lib/lighthouse.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail('--runs must be a positive integer');

const dist = resolve(values.dir);
if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'sitemap-index.xml')))
  fail(`No built site in ${dist}: run \`npm run build\` first (or pass --dir).`);
const pages = onePerTemplate(sitemapPaths(dist)).filter(
  (path) => values.only === undefined || path.includes(values.only),
);
if (!pages.length) fail(`No page to audit${values.only ? ` contains "${values.only}"` : ''}.`);

const chromePath =
  chromiumPath() ?? fail("No Chromium: install Debian's `chromium` or set CHROME_PATH.");
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const ONLY_CATEGORIES = CATEGORIES.map(({ id }) => id);

const out = resolve('.bench/lighthouse');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// --- Lighthouse, one page and one run at a time -----------------------------------------------

interface PageResult {
  path: string;
  figures: Figures | undefined;
  /** The median run (Lighthouse's own choice by FCP and TTI), for the audits. */
  lhr: Result | undefined;
  errors: string[];
}

let chrome: LaunchedChrome | undefined;
/** Lighthouse's warnings about the runs (a slow CPU, a redirect…), and its CPU benchmark. */
const runWarnings = new Set<string>();
const benchmarkIndexes: number[] = [];

async function audit(url: string): Promise<Result> {
  chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, handleSIGINT: false });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...ONLY_CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    chrome.kill();
    chrome = undefined;
  }
}

async function auditPage(origin: string, path: string, n: number): Promise<PageResult> {
  const lhrs: Result[] = [];
  const errors: string[] = [];
  for (let run = 1; run <= runs; run++) {
    const started = performance.now();
    const label = `[${n + 1}/${pages.length}] ${path}${runs > 1 ? ` run ${run}` : ''}`;
    try {
      const lhr = await audit(origin + path);
      const file = `${reportName(path)}${runs > 1 ? `.run${run}` : ''}.json`;
      writeFileSync(join(out, file), JSON.stringify(lhr));
      if (lhr.runtimeError) errors.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      else lhrs.push(lhr);
      for (const warning of lhr.runWarnings) runWarnings.add(String(warning));
      if (lhr.environment.benchmarkIndex) benchmarkIndexes.push(lhr.environment.benchmarkIndex);
      const f = figures(lhr);
      const scores = CATEGORIES.map(({ id, column }) => `${column} ${f.scores[id] ?? '–'}`);
      const seconds = (performance.now() - started) / 1000;
      console.error(`${label}: ${scores.join(', ')} (${seconds.toFixed(0)} s)`);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
      console.error(`${label}: ${errors.at(-1)}`);
    }
  }
  const valid = filterToValidRuns(lhrs);
  return {
    path,
    figures: lhrs.length ? medianFigures(lhrs.map(figures)) : undefined,
    lhr: valid.length ? computeMedianRun(valid) : lhrs[0],
    errors,
  };
}

// --- The site (and a database for its functions), stopped however this process ends -----------

// The chief's page asks /api/stats/appeals, which needs a database: an empty throw-away one.
const db = await database();
const server = spawn(
  process.execPath,
  // Without --dir for dist/ itself: serve.ts serves another folder from a project of its own.
  ['scripts/serve.ts', '--port', '0', ...(dist === resolve('dist') ? [] : ['--dir', dist])],
  {
    env: {
      ...process.env,
      MPS_SCHEDULE_SECONDS: '0',
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
/** Kills Chromium and the server; synchronous, so that it can run on 'exit' too. */
const stopBrowserAndServer = () => {
  chrome?.kill();
  chrome = undefined;
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
};
process.on('exit', stopBrowserAndServer);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    stopBrowserAndServer();
    process.exit(code);
  });
}

/** The server's origin, from the line serve.ts prints once it listens. */
function serverOrigin(): Promise<string> {
  return new Promise<string>((done, failed) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => failed(new Error(`serve.ts did not start:\n${stderr}`)), 60_000);
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    server.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /Netlify's emulation at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout)?.[1];
      if (url) {
        clearTimeout(timer);
        done(url);
      }
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`serve.ts exited with ${code}:\n${stderr}`));
    });
  });
}

/**
 * Waits until the server answers a small file quickly, three times in a row: for its first
 * seconds the emulation is busy (serving dist/ it answers every request in 1.5–3 s for ~15 s,
 * building the functions, it seems), which Lighthouse would take for a slow server.
 */
async function settle(origin: string): Promise<void> {
  const deadline = performance.now() + 90_000;
  for (let quick = 0; quick < 3 && performance.now() < deadline;) {
    const t = performance.now();
    await (await fetch(`${origin}/robots.txt`)).arrayBuffer();
    quick = performance.now() - t < 100 ? quick + 1 : 0;
    await new Promise((done) => setTimeout(done, 250));
  }
  if (performance.now() >= deadline) console.error('The server is still slow; auditing anyway.');
}

const results: PageResult[] = [];
const started = performance.now();
let setupError: string | undefined;
try {
  const origin = await serverOrigin();
  // Every page must answer 200 before Lighthouse looks at it; this also warms the server up.
  for (const path of pages) {
    const response = await fetch(origin + path);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}.`);
  }
  await settle(origin);
  for (const [n, path] of pages.entries()) results.push(await auditPage(origin, path, n));
} catch (error) {
  // Lighthouse's own failures are caught per page above: this is the server or a page's status.
  setupError = error instanceof Error ? error.message : String(error);
} finally {
  stopBrowserAndServer();
  if (server.exitCode === null && server.signalCode === null)
    await new Promise((done) => server.once('exit', done));
  await db.stop();
}
if (setupError) fail(setupError);
const minutes = (performance.now() - started) / 60_000;

// --- The table, what keeps pages below target, the summary ------------------------------------

const environment = results.find((r) => r.lhr)?.lhr;
const browser = /(?:Headless)?Chrome\/[\d.]+/.exec(environment?.environment.hostUserAgent ?? '');
console.log(
  `Lighthouse ${environment?.lighthouseVersion ?? '?'}, mobile preset (simulated throttling), ` +
    `${browser?.[0] ?? 'Chromium'}; ${pages.length} pages of ${dist}, ` +
    `${runs === 1 ? '1 run' : `median of ${runs} runs`} each; ${minutes.toFixed(1)} min`,
);
if (benchmarkIndexes.length) {
  const [low, high] = [Math.min(...benchmarkIndexes), Math.max(...benchmarkIndexes)];
  console.log(
    `CPU benchmark index ${Math.round(low)}–${Math.round(high)} ` +
      '(lower on a busy machine; CPU-bound figures, TBT most, grow with the load)',
  );
}
console.log();

const TARGET = Object.fromEntries(CATEGORIES.map(({ id, target }) => [id, target]));
const score = (f: Figures | undefined, id: CategoryId) => {
  const value = f?.scores[id];
  if (value === null || value === undefined) return '–';
  return value < TARGET[id]! ? `${value}*` : String(value);
};
const fixed = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined ? '–' : value.toFixed(digits);
console.log(
  table(
    ['page', ...CATEGORIES.map(({ column }) => column), 'LCP ms', 'CLS', 'TBT ms'],
    results.map(({ path, figures: f }) => [
      path,
      ...CATEGORIES.map(({ id }) => score(f, id)),
      fixed(f?.lcpMs, 0),
      fixed(f?.cls, 3),
      fixed(f?.tbtMs, 0),
    ]),
  ),
);
console.log('* below target (performance 95, the others 100)');
for (const warning of runWarnings) console.log(`Lighthouse warned: ${warning}`);

/** An audit in a line, and its examples: on one more line if they are short (URLs), else each. */
const describe = (a: AuditNote) => {
  const note = a.note ? ` — ${a.note}` : '';
  const score = a.score === null ? '' : ` (${a.score})`;
  const short = a.examples.join(', ').length <= 90;
  const examples = short && a.examples.length ? [a.examples.join(', ')] : a.examples;
  return [`    ${a.id}: ${a.title}${note}${score}`, ...examples.map((e) => `      ${e}`)].join(
    '\n',
  );
};
const failing = results.filter((r) => r.errors.length || !r.figures || missed(r.figures).length);
for (const { path, figures: f, lhr, errors } of failing) {
  console.log();
  const misses = f ? missed(f) : [];
  console.log(
    `${path}: ${misses.map((id) => `${id} ${f?.scores[id] ?? '–'}`).join(', ') || 'no result'}`,
  );
  for (const error of errors) console.log(`    error: ${error}`);
  if (!lhr) continue;
  for (const id of misses) {
    if (id === 'performance') {
      const { metrics, audits } = performanceNotes(lhr);
      const low = metrics.map((m) => `${m.id} ${m.note} (${m.score ?? 'error'})`);
      console.log(`  performance: metrics below 0.9: ${low.join(', ') || 'none'}`);
      for (const a of audits) console.log(describe(a));
    } else {
      console.log(`  ${id}:`);
      for (const a of failingAudits(lhr, id)) console.log(describe(a));
    }
  }
}

const summary = results.map(({ path, figures: f, errors }) => ({
  path,
  ...f,
  missed: f ? missed(f) : [...ONLY_CATEGORIES],
  errors,
}));
writeFileSync(join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

console.log();
const count = (id: CategoryId) => summary.filter((s) => s.missed.includes(id)).length;
const counts = CATEGORIES.map(({ id, column, target }) => `${column} < ${target}: ${count(id)}`);
const errored = results.filter((r) => r.errors.length).length;
if (errored) counts.push(`with errors: ${errored}`);
console.log(
  failing.length
    ? `${failing.length} of ${results.length} pages miss a target (${counts.join(', ')}); ` +
        'reports in .bench/lighthouse/'
    : `All ${results.length} pages meet the targets; reports in .bench/lighthouse/`,
);

process.exitCode = failing.length ? 1 : 0;
