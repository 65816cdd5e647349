/**
 * The finder at the size of a real city: the demo-data generator makes a city of 500,000
 * addresses on about 3,000 streets (as `npm run bench:lookup` does). Sizes do not depend on the
 * machine, so they are checked against the budget with a margin: the name index and every
 * shard of a language together (more than any lookup loads) within 120 KB gzip of the 150 KB
 * a lookup may transfer. A deterministic sample of exact addresses, in every language, must be
 * answered with their area (≥ 99.5 %), loading only the shards `shardsFor` names. No time is
 * asserted here: the bench prints it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { buildFinder, lookup, rangeServes, shardsFor } from '../../src/lib/finder/index.ts';
import { readAreaDetails, readAreas } from '../../scripts/lib/finder-source.ts';

const gzip = (value: unknown) => gzipSync(JSON.stringify(value)).length;

describe('a city of 500,000 addresses', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'mps-city-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const content = join(dir, 'content');
  execFileSync(process.execPath, [
    'scripts/generate-demo.ts',
    '--out',
    content,
    '--news-per-locale',
    '0',
    '--addresses',
    '500000',
  ]);
  const areas = readAreas(content);
  const built = Object.fromEntries(
    LOCALES.map((lang) => {
      const details = readAreaDetails(content, lang);
      return [lang, buildFinder(areas, lang, (id) => details.get(id)!)];
    }),
  ) as Record<(typeof LOCALES)[number], ReturnType<typeof buildFinder>>;

  it('has about 3,000 streets in its name index', () => {
    for (const lang of LOCALES) expect(built[lang].names.s.length, lang).toBeGreaterThan(2_800);
  });

  it('keeps the name index and all the shards of a language within 120 KB gzip', () => {
    for (const lang of LOCALES) {
      const { names, shards } = built[lang];
      const total = shards.reduce((sum, s) => sum + gzip(s), gzip(names));
      expect(total, lang).toBeLessThan(120 * 1024);
      // The first load, the name index, is most of it; a shard is small.
      expect(Math.max(...shards.map(gzip)), lang).toBeLessThan(10 * 1024);
    }
  });

  it('answers ≥ 99.5 % of a sample of exact addresses with their area, from the shards named', () => {
    let asked = 0;
    let right = 0;
    let most = 0;
    areas.forEach((area, a) =>
      area.streets.forEach((range, r) => {
        if ((a * 7 + r) % 5 !== 0) return; // one range in five: about 1,000
        const lang = LOCALES[(a + r) % LOCALES.length]!;
        const { names, shards } = built[lang];
        const from = range.from ?? 1;
        const to = range.to ?? from + 60;
        const parity = { all: 0, odd: 1, even: 2 }[range.houses];
        for (const n of [from, Math.floor((from + to) / 2), to]) {
          const house = [n, n + 1, n - 1].find(
            (h) => h >= 1 && rangeServes([0, from, to, parity], h),
          );
          if (house === undefined) continue;
          const input = `${range.name[lang]} ${house}`;
          const need = shardsFor(names, input);
          most = Math.max(most, need.length);
          const loaded = new Map(shards.filter((s) => need.includes(s.id)).map((s) => [s.id, s]));
          const answer = lookup(names, loaded, input);
          asked++;
          if (answer.kind === 'found' && answer.areas.some((i) => names.a[i] === area.id)) right++;
        }
      }),
    );
    expect(asked).toBeGreaterThan(2_000);
    expect(right / asked).toBeGreaterThanOrEqual(0.995);
    // A street crosses a few districts at most: a lookup never needs every shard.
    expect(most).toBeLessThan(8);
  });
});
