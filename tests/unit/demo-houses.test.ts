/**
 * The demo generator's house allocation (scripts/demo/houses.ts): the claims on a street share
 * its houses out so that every house has exactly one area, sides come in odd/even pairs of one
 * range, and the address invariant check refuses any house served twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCity } from '../../scripts/demo/city.ts';
import {
  allocateHouses,
  checkAddressInvariant,
  type Claim,
  type DemoRange,
  firstSharedHouse,
  houseIn,
} from '../../scripts/demo/houses.ts';
import { makeRng } from '../../scripts/demo/rng.ts';
import { type Street, streetName } from '../../scripts/demo/streets.ts';
import type { HouseSpan } from '../../src/lib/houses.ts';

/** Whether a range serves a house. */
const serves = (r: HouseSpan, house: number) =>
  house >= (r.from ?? 1) &&
  house <= (r.to ?? Infinity) &&
  (r.houses === 'all' || (house % 2 === 1) === (r.houses === 'odd'));

const street = (key: string, maxHouse: number): Street => ({
  key,
  kind: 'st',
  base: { kk: key, ru: key, en: key },
  maxHouse,
});

/** Streets with their claims: each street 1–12 claims, in a shuffled order of areas. */
const claimsOnStreets = fc
  .array(
    fc.record({
      maxHouse: fc.integer({ min: 1, max: 400 }),
      claims: fc.integer({ min: 1, max: 12 }),
    }),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .chain((streets) =>
    fc.shuffledSubarray(
      streets.flatMap(({ maxHouse, claims }, i) =>
        Array.from({ length: claims }, (_, k): Claim => ({
          areaId: `area-${i}-${k}`,
          order: (k + 1) * 100 + i,
          street: street(`street-${i}`, maxHouse),
        })),
      ),
      { minLength: streets.reduce((n, s) => n + s.claims, 0) },
    ),
  );

const byStreet = (claims: Claim[]) => Map.groupBy(claims, (c) => c.street.key);

describe('allocateHouses', () => {
  it('gives every house of a street (and beyond its last) exactly one claim', () => {
    fc.assert(
      fc.property(claimsOnStreets, fc.string(), (claims, seed) => {
        allocateHouses(claims, makeRng(seed, 'districts'));
        const wrong: string[] = [];
        for (const [key, list] of byStreet(claims)) {
          const max = list[0]!.street.maxHouse;
          for (let house = 1; house <= max + 2; house++) {
            const owners = list.filter((c) => serves(c.range!, house)).map((c) => c.areaId);
            if (owners.length !== 1) wrong.push(`${key} ${house}: ${owners.join(', ')}`);
          }
        }
        expect(wrong).toEqual([]);
      }),
    );
  });

  it('shares the houses out in consecutive ranges, in the order of the claims', () => {
    fc.assert(
      fc.property(claimsOnStreets, fc.string(), (claims, seed) => {
        allocateHouses(claims, makeRng(seed, 'districts'));
        for (const list of byStreet(claims).values()) {
          const ranges = list.toSorted((a, b) => a.order - b.order).map((c) => c.range!);
          expect(ranges[0]!.from).toBeUndefined();
          expect(ranges.at(-1)!.to).toBeUndefined();
          for (let i = 1; i < ranges.length; i++) {
            const [prev, r] = [ranges[i - 1]!, ranges[i]!];
            if (r.from === prev.from) continue; // the other side of the same range
            expect(r.from).toBe(prev.to! + 1);
          }
        }
      }),
    );
  });

  it('splits a range into sides only as an odd and an even side of the same houses', () => {
    fc.assert(
      fc.property(claimsOnStreets, fc.string(), (claims, seed) => {
        allocateHouses(claims, makeRng(seed, 'districts'));
        for (const list of byStreet(claims).values()) {
          const sides = Map.groupBy(
            list.filter((c) => c.range!.houses !== 'all'),
            (c) => `${c.range!.from}-${c.range!.to}`,
          );
          for (const pair of sides.values()) {
            expect(pair.map((c) => c.range!.houses).sort()).toEqual(['even', 'odd']);
          }
        }
      }),
    );
  });

  it('splits some ranges into sides', () => {
    const claims = Array.from({ length: 40 }, (_, k): Claim => ({
      areaId: `a-${k}`,
      order: k,
      street: street('long', 4000),
    }));
    allocateHouses(claims, makeRng('1', 'districts'));
    const parities = new Set(claims.map((c) => c.range!.houses));
    expect(parities).toEqual(new Set(['all', 'odd', 'even']));
  });

  it('gives the same ranges for the same seed and claims, other ranges for another seed', () => {
    const claims = () =>
      Array.from({ length: 10 }, (_, k): Claim => ({
        areaId: `a-${k}`,
        order: k,
        street: street('s', 300),
      }));
    const ranges = (seed: string) => {
      const list = claims();
      allocateHouses(list, makeRng(seed, 'districts'));
      return list.map((c) => c.range);
    };
    expect(ranges('1')).toEqual(ranges('1'));
    expect(ranges('1')).not.toEqual(ranges('2'));
  });
});

describe('the built city', () => {
  /** Every house of every street of a city, with the areas that serve it. */
  function owners(seed: string, addresses = 0) {
    const city = buildCity({ seed, newsPerLocale: 0, addresses });
    const result = new Map<string, string[]>();
    for (const street of city.streets.values()) {
      const name = streetName(street).ru;
      for (let house = 1; house <= street.maxHouse; house++) result.set(`${name} ${house}`, []);
    }
    for (const a of city.districts.flatMap((d) => d.areas)) {
      a.streets.forEach((r, i) => {
        const max = city.streets.get(a.keys[i]!)!.maxHouse;
        for (let house = 1; house <= max; house++) {
          if (serves(r, house)) result.get(`${r.name.ru} ${house}`)!.push(a.id);
        }
      });
    }
    return result;
  }

  /** The addresses without exactly one area, with their areas. */
  const wrong = (seed: string, addresses = 0) =>
    [...owners(seed, addresses)].filter(([, areas]) => areas.length !== 1);

  it('gives each address exactly one area', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        expect(wrong(seed)).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });

  it('gives each address of a larger city exactly one area', () => {
    expect(wrong('1', 30_000)).toEqual([]);
  });
});

describe('checkAddressInvariant', () => {
  const name = streetName(street('x', 10));
  const range = (r: HouseSpan): DemoRange => ({ name, ...r });
  const check = (a: HouseSpan, b: HouseSpan) => () =>
    checkAddressInvariant([
      { id: 'd-01', streets: [range(a)] },
      { id: 'd-02', streets: [range(b)] },
    ]);

  it('accepts consecutive ranges and the two sides of one range', () => {
    expect(check({ houses: 'all', to: 10 }, { houses: 'all', from: 11 })).not.toThrow();
    expect(
      check({ houses: 'odd', from: 5, to: 9 }, { houses: 'even', from: 5, to: 9 }),
    ).not.toThrow();
  });

  it('refuses a house served by two areas, naming the first one', () => {
    expect(check({ houses: 'all', to: 10 }, { houses: 'all', from: 10 })).toThrow(
      /ул\. x 10: served by both d-01 and d-02/,
    );
    expect(check({ houses: 'odd' }, { houses: 'all', from: 4, to: 8 })).toThrow(
      /ул\. x 5: served by both d-01 and d-02/,
    );
    expect(check({ houses: 'even', to: 20 }, { houses: 'even', from: 20 })).toThrow(/ул\. x 20/);
  });

  it('refuses one street spelled in two ways', () => {
    expect(() =>
      checkAddressInvariant([
        { id: 'd-01', streets: [{ name, houses: 'all', to: 5 }] },
        { id: 'd-02', streets: [{ name: { ...name, en: 'X Street' }, houses: 'all', from: 6 }] },
      ]),
    ).toThrow(/ул\. x: spelled differently in d-02/);
  });

  it('passes on every city the generator builds', () => {
    for (const seed of ['1', 'other', 'ǅ']) {
      const city = buildCity({ seed, newsPerLocale: 0, addresses: 0 });
      expect(() => checkAddressInvariant(city.districts.flatMap((d) => d.areas))).not.toThrow();
    }
  });
});

const houseRange = fc
  .record({
    houses: fc.constantFrom('all' as const, 'odd' as const, 'even' as const),
    from: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    length: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  })
  .map(({ houses, from, length }): HouseSpan => ({
    houses,
    ...(from !== undefined ? { from } : {}),
    ...(length !== undefined ? { to: (from ?? 1) + length } : {}),
  }));

describe('firstSharedHouse', () => {
  it('is the smallest house both ranges serve', () => {
    fc.assert(
      fc.property(houseRange, houseRange, (a, b) => {
        const shared = Array.from({ length: 200 }, (_, i) => i + 1).find(
          (h) => serves(a, h) && serves(b, h),
        );
        expect(firstSharedHouse(a, b)).toBe(shared);
      }),
    );
  });
});

describe('houseIn', () => {
  it('picks a house the range serves, when it serves two or more', () => {
    fc.assert(
      fc.property(houseRange, fc.integer({ min: 1, max: 200 }), fc.string(), (r, max, seed) => {
        const hi = r.to ?? max;
        fc.pre(hi - (r.from ?? 1) >= 1);
        const house = houseIn(r, max, makeRng(seed, 'districts'));
        expect(serves({ ...r, to: hi }, house)).toBe(true);
      }),
    );
  });
});
