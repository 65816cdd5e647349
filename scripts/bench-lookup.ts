/**
 * `npm run bench:lookup [-- --addresses 50000,500000 --queries 20000]`: the address finder at
 * the size of a real city. For each size, generates a city through the demo-data generator
 * (into .bench/lookup/<size>/), builds the finder's files of each language (the name index and
 * the district shards, with the areas' details as the build draws them) and looks up:
 *
 * - addresses typed the way residents type them (any of the three languages, with or without
 *   the street type, lower case, some with a typo, with letters and fractions);
 * - exact addresses (a street's name as written in one language, and a house it has);
 * - corners of two streets that meet in an area ("A и B", "A мен B қиылысы", "corner of A and B").
 *
 * Each lookup runs against the index of one language in turn, as a page of that language would,
 * and counts the bytes it transfers: the name index and the shards `shardsFor` names, gzip. Its
 * time (`shardsFor` and `lookup`, the files loaded) is the least of three passes over all the
 * lookups, so that a moment the machine gave to other work does not count.
 * Prints one column per size; budgets (exit code 1 if one is missed): bytes per lookup ≤ 150 KB
 * gzip, p99 ≤ 2 ms (`shardsFor` and `lookup` once the files are loaded), ≥ 99.5 % of exact
 * addresses answered with their area.
 */
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../src/i18n/locales.ts';
import {
  buildFinder,
  lookup,
  rangeServes,
  shardsFor,
  type FinderNames,
  type FinderShard,
  type SourceArea,
} from '../src/lib/finder/index.ts';
import { quantile } from './lib/bench.ts';
import { readAreaDetails, readAreas } from './lib/finder-source.ts';

const { values } = parseArgs({
  options: {
    addresses: { type: 'string', default: '50000,500000' },
    queries: { type: 'string', default: '20000' },
  },
});
const BUDGET_KB = 150;
const BUDGET_P99_MS = 2;
const BUDGET_EXACT = 0.995;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (share: number) => `${(share * 100).toFixed(2)} %`;
const gzip = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
const median = (xs: number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
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
/** A house the range serves, drawn at random. */
function houseOf(range: SourceArea['streets'][number]) {
  const from = range.from ?? 1;
  const to = range.to ?? from + 100;
  const parity = range.houses === 'odd' ? 1 : range.houses === 'even' ? 2 : 0;
  const house = from + Math.floor(random() * (to - from + 1));
  return rangeServes([0, from, to, parity], house)
    ? house
    : house + 1 <= to
      ? house + 1
      : house - 1;
}

interface Case {
  input: string;
  /** The area the answer must name. */
  area: string;
  kind: 'typed' | 'exact' | 'corner';
}

function cases(areas: SourceArea[], count: number): Case[] {
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    const area = pick(areas);
    const range = pick(area.streets);
    const lang = pick(LOCALES);
    const name = range.name[lang];
    let street = random() < 0.5 ? name.replace(TYPE, '') : name;
    if (random() < 0.3) street = street.toLowerCase();
    if (random() < 0.15 && street.length > 8) street = typo(street);
    const suffix = pick(['', '', '', 'А', '/1', ' корп. 2']);
    out.push({ input: `${street} ${houseOf(range)}${suffix}`, area: area.id, kind: 'typed' });
    out.push({ input: `${name} ${houseOf(range)}`, area: area.id, kind: 'exact' });
    if (i % 4 === 0 && area.streets.length > 1) {
      const other = pick(area.streets.filter((r) => r.name.ru !== range.name.ru));
      const a = range.name[lang];
      const b = other.name[lang];
      const input = {
        kk: `${a} мен ${b} қиылысы`,
        ru: `угол ${a} и ${b}`,
        en: `corner of ${a} and ${b}`,
      }[lang];
      out.push({ input, area: area.id, kind: 'corner' });
    }
  }
  return out;
}

type Column = Record<string, string>;
let overBudget = false;

function measure(addresses: string, queries: number): Column {
  const content = `.bench/lookup/${addresses}/content`;
  const args = ['--out', content, '--news-per-locale', '0', '--addresses', addresses];
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/generate-demo.ts', ...args], { stdio: 'inherit' });
  const generated = performance.now() - started;
  const areas = readAreas(content);

  const files = new Map<Locale, { names: FinderNames; shards: Map<string, FinderShard> }>();
  const sizes = new Map<Locale, { names: number; shards: Map<string, number> }>();
  const buildTimes: number[] = [];
  // The city first; the rows keep this order.
  const column: Column = { addresses: '', streets: '', areas: '', 'generated in': '' };
  for (const lang of LOCALES) {
    const details = readAreaDetails(content, lang);
    let built = buildFinder(areas, lang, (id) => details.get(id)!);
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      built = buildFinder(areas, lang, (id) => details.get(id)!);
      buildTimes.push(performance.now() - t);
    }
    files.set(lang, { names: built.names, shards: new Map(built.shards.map((s) => [s.id, s])) });
    const shardSizes = new Map(built.shards.map((s) => [s.id, gzip(s)]));
    sizes.set(lang, { names: gzip(built.names), shards: shardSizes });
    column[`name index ${lang}, raw / gzip`] =
      `${kb(JSON.stringify(built.names).length)} / ${kb(gzip(built.names))}`;
    const gz = [...shardSizes.values()];
    column[`shards ${lang}: ${gz.length}, gzip max / median`] =
      `${kb(Math.max(...gz))} / ${kb(median(gz))}`;
  }
  const { names } = files.get('ru')!;
  Object.assign(column, {
    'generated in': `${(generated / 1000).toFixed(1)} s`,
    addresses: Number(addresses).toLocaleString('en'),
    streets: names.s.length.toLocaleString('en'),
    areas: String(names.a.length),
    'files of a language built in (median)': `${median(buildTimes).toFixed(0)} ms`,
  });

  const all = cases(areas, queries);
  const run = (c: Case, i: number) => {
    const lang = LOCALES[i % LOCALES.length]!;
    const { names: index, shards } = files.get(lang)!;
    const t = performance.now();
    const need = shardsFor(index, c.input);
    const answer = lookup(index, shards, c.input);
    const ms = performance.now() - t;
    const size = sizes.get(lang)!;
    const bytes = need.reduce((sum, id) => sum + size.shards.get(id)!, size.names);
    const right =
      (answer.kind === 'found' || answer.kind === 'corner') &&
      answer.areas.some((a) => index.a[a] === c.area);
    return { ms, bytes, right, found: answer.kind === 'found' || answer.kind === 'corner' };
  };
  all.slice(0, 1000).forEach(run); // warm-up
  const results = all.map((c, i) => ({ kind: c.kind, ...run(c, i) }));
  // Each lookup's time is the least of three passes over all of them: what the lookup costs,
  // without the moments the machine gave to other work.
  for (let pass = 0; pass < 2; pass++)
    all.forEach((c, i) => (results[i]!.ms = Math.min(results[i]!.ms, run(c, i).ms)));
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const bytes = results.map((r) => r.bytes).sort((a, b) => a - b);
  const share = (kind: Case['kind'], key: 'right' | 'found') => {
    const of = results.filter((r) => r.kind === kind);
    return of.filter((r) => r[key]).length / of.length;
  };
  const p99 = quantile(times, 0.99);
  const maxBytes = bytes[bytes.length - 1]!;
  const exact = share('exact', 'right');
  Object.assign(column, {
    lookups: results.length.toLocaleString('en'),
    'bytes per lookup, max / p99 (gzip)': `${kb(maxBytes)} / ${kb(quantile(bytes, 0.99))}`,
    'lookup p50 / p95 / p99 (least of 3 passes)':
      [0.5, 0.95, 0.99].map((q) => quantile(times, q).toFixed(3)).join(' / ') + ' ms',
    'exact addresses: the right area': pct(exact),
    'typed addresses: found / the right area': `${pct(share('typed', 'found'))} / ${pct(share('typed', 'right'))}`,
    'corners: the area where they meet': pct(share('corner', 'right')),
  });
  if (maxBytes > BUDGET_KB * 1024 || p99 > BUDGET_P99_MS || exact < BUDGET_EXACT) overBudget = true;
  return column;
}

const sizesAsked = values.addresses.split(',').map((s) => s.trim());
const columns = sizesAsked.map((n) => measure(n, Number(values.queries)));
const rows = [...new Set(columns.flatMap((c) => Object.keys(c)))];
const head = ['', ...sizesAsked.map((n) => `${Number(n).toLocaleString('en')} addresses`)];
const table = [head, ...rows.map((r) => [r, ...columns.map((c) => c[r] ?? '')])];
const widths = head.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
console.log('');
for (const [i, row] of table.entries()) {
  console.log(`| ${row.map((cell, j) => cell.padEnd(widths[j]!)).join(' | ')} |`);
  if (i === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
}
console.log(
  `\nbudgets: bytes per lookup ≤ ${BUDGET_KB} KB gzip, p99 ≤ ${BUDGET_P99_MS} ms, exact addresses ≥ ${pct(BUDGET_EXACT)}`,
);
if (overBudget) {
  console.error('Over budget.');
  process.exitCode = 1;
}
