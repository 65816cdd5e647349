/**
 * `npm run bench:lookup [-- --addresses 50000 --queries 20000]`: the address finder at the
 * size of a real city. Generates a city with that many addresses through the demo-data
 * generator (into .bench/lookup/), builds the finder's index from it and prints its size (raw
 * and gzip) and build time, then looks up addresses typed the way residents type them (any
 * of the three languages, with or without the street type, lower case, some with a typo, with
 * letters and fractions) and prints the median, p95 and p99 lookup time in Node and how many
 * found the right area. Budgets: index ≤ 300 KB gzip, p99 ≤ 5 ms (exit code 1 if missed).
 */
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { buildFinderIndex, lookup, rangeServes, type SourceArea } from '../src/lib/finder/index.ts';
import { quantile } from './lib/bench.ts';
import { readAreas } from './lib/finder-source.ts';

const { values } = parseArgs({
  options: {
    addresses: { type: 'string', default: '50000' },
    queries: { type: 'string', default: '20000' },
  },
});
const BUDGET_GZIP_KB = 300;
const BUDGET_P99_MS = 5;
const content = '.bench/lookup/content';

execFileSync(
  process.execPath,
  [
    'scripts/generate-demo.ts',
    '--out',
    content,
    '--news-per-locale',
    '0',
    '--addresses',
    values.addresses,
  ],
  { stdio: 'inherit' },
);
const areas: SourceArea[] = readAreas(content);

// Build time: the median of several builds (the first warms the JIT).
const buildTimes: number[] = [];
let index = buildFinderIndex(areas, 'ru');
for (let i = 0; i < 7; i++) {
  const started = performance.now();
  index = buildFinderIndex(areas, (['kk', 'ru', 'en'] as const)[i % 3]!);
  buildTimes.push(performance.now() - started);
}
index = buildFinderIndex(areas, 'ru');
const json = JSON.stringify(index);
const raw = Buffer.byteLength(json);
const gzip = gzipSync(json, { level: 9 }).length;
const ranges = index.s.reduce((n, s) => n + s[2].length, 0);
console.log(
  `index: ${index.s.length} streets, ${ranges} house ranges, ${index.a.length} areas; ` +
    `${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip (budget ${BUDGET_GZIP_KB} KB); ` +
    `built in ${quantile(
      buildTimes.sort((a, b) => a - b),
      0.5,
    ).toFixed(1)} ms (median of 7)`,
);

// Queries as residents type them: a seeded generator, so runs are comparable.
let seed = 42;
const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
const TYPE = /^(ул\.|пр\.|мкр\.)\s*|\s*(көшесі|даңғылы|шағын ауданы|St|Ave|Microdistrict)$/g;
const typo = (s: string) => {
  const i = 1 + Math.floor(random() * (s.length - 2));
  return s[i] === ' ' || s[i] === '-' ? s : s.slice(0, i) + s.slice(i + 1);
};
const cases = Array.from({ length: Number(values.queries) }, () => {
  const area = pick(areas);
  const range = pick(area.streets);
  const name = range.name[pick(['kk', 'ru', 'en'] as const)];
  let street = random() < 0.5 ? name.replace(TYPE, '') : name;
  if (random() < 0.3) street = street.toLowerCase();
  if (random() < 0.15 && street.length > 8) street = typo(street);
  const from = range.from ?? 1;
  const to = range.to ?? from + 100;
  let house = from + Math.floor(random() * (to - from + 1));
  if (
    !rangeServes([0, from, to, range.houses === 'odd' ? 1 : range.houses === 'even' ? 2 : 0], house)
  )
    house = house + 1 <= to ? house + 1 : house - 1;
  const suffix = pick(['', '', '', 'А', '/1', ' корп. 2']);
  return { input: `${street} ${house}${suffix}`, area: area.id };
});

for (const c of cases.slice(0, 500)) lookup(index, c.input); // warm-up
const times: number[] = [];
let right = 0;
let found = 0;
for (const c of cases) {
  const started = performance.now();
  const result = lookup(index, c.input);
  times.push(performance.now() - started);
  if (result.kind === 'found') {
    found++;
    if (result.areas.some((a) => index.a[a] === c.area)) right++;
  }
}
times.sort((a, b) => a - b);
const p99 = quantile(times, 0.99);
console.log(
  `lookup: ${cases.length} addresses; median ${quantile(times, 0.5).toFixed(3)} ms, ` +
    `p95 ${quantile(times, 0.95).toFixed(3)} ms, p99 ${p99.toFixed(3)} ms (budget ${BUDGET_P99_MS} ms); ` +
    `found ${((found / cases.length) * 100).toFixed(1)}%, the right area ${((right / cases.length) * 100).toFixed(1)}%`,
);
if (gzip / 1024 > BUDGET_GZIP_KB || p99 > BUDGET_P99_MS) {
  console.error('Over budget.');
  process.exitCode = 1;
}
