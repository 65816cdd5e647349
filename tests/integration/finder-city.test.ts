/**
 * The finder at the size of a real city: the demo-data generator makes a city with 50,000
 * addresses (as `npm run bench:lookup` does); its index must stay within the page-weight
 * budget (300 KB gzip; the size does not depend on the machine), and every house of every
 * range must lead to its area.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFinderIndex, lookup } from '../../src/lib/finder/index.ts';
import { readAreas } from '../../scripts/lib/finder-source.ts';

describe('a city of 50,000 addresses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mps-city-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync(process.execPath, [
    'scripts/generate-demo.ts',
    '--out',
    join(dir, 'content'),
    '--news-per-locale',
    '0',
    '--addresses',
    '50000',
  ]);
  const areas = readAreas(join(dir, 'content'));

  it('has an index within 300 KB gzip in every language', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const size = gzipSync(JSON.stringify(buildFinderIndex(areas, lang))).length;
      expect(size, lang).toBeLessThan(300 * 1024);
    }
  });

  it('finds the area of the first, a middle and the last house of every range', () => {
    const index = buildFinderIndex(areas, 'ru');
    let checked = 0;
    for (const area of areas)
      for (const range of area.streets) {
        const from = range.from ?? (range.houses === 'even' ? 2 : 1);
        const to = range.to ?? from + 40;
        const fit = (n: number) =>
          range.houses === 'all' || (n % 2 === 1) === (range.houses === 'odd') ? n : n + 1;
        for (const house of [fit(from), fit(Math.floor((from + to) / 2)), fit(to - 1)]) {
          if (house > to) continue;
          const r = lookup(index, `${range.name.ru} ${house}`);
          expect(r.kind, `${range.name.ru} ${house}`).toBe('found');
          if (r.kind === 'found')
            expect(
              r.areas.map((a) => index.a[a]),
              `${range.name.ru} ${house}`,
            ).toEqual([area.id]);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(800);
  });
});
