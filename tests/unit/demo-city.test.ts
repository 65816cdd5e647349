/**
 * The demo city as a whole (scripts/demo/city.ts): built without touching a file, the same for
 * the same seed, valid against the content models, and each section drawn from its own stream.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCity, type City, type CityOptions } from '../../scripts/demo/city.ts';
import { validateCity } from '../../scripts/demo/validate.ts';
import { formerName, streetName } from '../../scripts/demo/streets.ts';
import { streetKey } from '../../src/lib/finder/normalize.ts';

const city = (options: Partial<CityOptions> = {}) =>
  buildCity({ seed: '1', newsPerLocale: 30, addresses: 0, ...options });
/** What the city's files are made of (the street map aside). */
const files = ({ districts, officers, news }: City) => ({
  districts: districts.map((d) => d.json),
  officers,
  news,
});

describe('buildCity', () => {
  it('builds the same city for the same seed, and another for another seed', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        const options = { newsPerLocale: 5, addresses: 16_000 };
        expect(files(city({ seed: a, ...options }))).toEqual(files(city({ seed: a, ...options })));
        expect(files(city({ seed: a, ...options }))).not.toEqual(
          files(city({ seed: b, ...options })),
        );
      }),
      { numRuns: 10 },
    );
  });

  it('keeps the districts and officers when only the number of news changes', () => {
    const few = files(city({ newsPerLocale: 0 }));
    const many = files(city({ newsPerLocale: 60 }));
    expect(many.districts).toEqual(few.districts);
    expect(many.officers).toEqual(few.officers);
    expect(many.news).toHaveLength(60);
  });

  it('builds a city whose files match the content models', () => {
    for (const seed of ['1', 'other']) expect(() => validateCity(city({ seed }))).not.toThrow();
  });

  it('adds invented streets until the city has the houses asked for', () => {
    const { streets } = city({ addresses: 30_000 });
    const houses = [...streets.values()].reduce((sum, s) => sum + s.maxHouse, 0);
    expect(houses).toBeGreaterThanOrEqual(30_000);
    expect([...streets.keys()].filter((k) => k.startsWith('synthetic-')).length).toBeGreaterThan(0);
    expect(city().streets.size).toBe(84);
  });

  it('invents a city of 500,000 addresses on about 3,000 streets no two of which are typed alike', () => {
    const big = city({ addresses: 500_000, newsPerLocale: 0 });
    const streets = [...big.streets.values()];
    expect(streets.length).toBeGreaterThan(2_800);
    expect(streets.length).toBeLessThan(3_300);
    // Every name and former name has keys no other street shares.
    const owner = new Map<string, string>();
    for (const s of streets)
      for (const name of [streetName(s), ...(s.former ?? []).map(formerName)])
        for (const text of Object.values(name)) {
          const key = streetKey(text);
          expect(owner.get(key) ?? s.key, `${text}`).toBe(s.key);
          owner.set(key, s.key);
        }
    expect(streets.filter((s) => s.former).length).toBeGreaterThan(60);
    // Long streets run through several areas, some through two districts.
    const areas = new Map<string, string[]>();
    for (const a of big.districts.flatMap((d) => d.areas))
      a.keys.forEach((k) => areas.set(k, [...(areas.get(k) ?? []), a.id]));
    const along = [...areas.values()];
    expect(along.filter((ids) => ids.length > 1).length).toBeGreaterThan(500);
    const districtsOf = (ids: string[]) => new Set(ids.map((id) => id.replace(/-\d+$/, ''))).size;
    expect(along.filter((ids) => districtsOf(ids) > 1).length).toBeGreaterThan(50);
  });
});

describe('validateCity', () => {
  it('refuses an officer of an area of another district', () => {
    const c = city({ newsPerLocale: 0 });
    c.officers[0]!.data['areas'] = [c.districts[1]!.areas[0]!.id];
    expect(() => validateCity(c)).toThrow(/officers\/.*\.yaml: area ".*" is not an area of/);
  });

  it('refuses a file that does not match its model, naming it', () => {
    const c = city({ newsPerLocale: 3 });
    c.news[0]!.data.en['title'] = '';
    expect(() => validateCity(c)).toThrow(
      /news\/en\/.*\.md: does not match the schema\n {2}title:/,
    );
  });
});
