/**
 * House ranges of the demo city. Each area claims some streets; the claims on one street (across
 * all districts) share its house numbers out in consecutive ranges, sometimes as odd/even sides.
 * The address invariant is checked on the final data, independently of how it was built.
 */
import type { HouseParity, HouseSpan } from '../../src/lib/houses.ts';
import type { StreetRange } from '../../src/models/districts.ts';

/** A street range as the generator writes it: other names only where the street has some. */
export type DemoRange = Omit<StreetRange, 'otherNames'> & Partial<Pick<StreetRange, 'otherNames'>>;
import type { Rng } from './rng.ts';
import type { Street } from './streets.ts';

/** An area's claim on a street; `allocateHouses` gives it its range of houses. */
export interface Claim {
  areaId: string;
  /** Claims on one street are served out in this order (district, then area number). */
  order: number;
  street: Street;
  range?: HouseSpan;
}

/**
 * Gives every claim its range of houses: per street, the claims in their order take consecutive
 * ranges from house 1 to past the street's last house; two neighbouring claims sometimes share
 * one range as its odd and even sides. So every house of a claimed street has exactly one area.
 */
export function allocateHouses(claims: Claim[], rng: Rng) {
  const byStreet = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byStreet.get(c.street.key) ?? [];
    list.push(c);
    byStreet.set(c.street.key, list);
  }
  for (const [, list] of [...byStreet].sort(([a], [b]) => a.localeCompare(b))) {
    list.sort((a, b) => a.order - b.order);
    const max = (list[0] as Claim).street.maxHouse;
    // Group consecutive claims: a group of two takes the odd and the even side of one range.
    const groups: Claim[][] = [];
    for (let i = 0; i < list.length; i++) {
      const next = list[i + 1];
      if (next && rng.chance(0.3)) {
        groups.push([list[i] as Claim, next]);
        i++;
      } else {
        groups.push([list[i] as Claim]);
      }
    }
    const g = groups.length;
    const cuts: number[] = [];
    for (let j = 1; j < g; j++) {
      const ideal = (max * (j + (rng() - 0.5) * 0.4)) / g;
      const prev = cuts[cuts.length - 1] ?? 0;
      cuts.push(Math.max(prev + 1, Math.min(max - (g - j), Math.round(ideal))));
    }
    groups.forEach((group, j) => {
      const from = j === 0 ? undefined : (cuts[j - 1] as number) + 1;
      const to = j === g - 1 ? undefined : cuts[j];
      const withRange = (houses: HouseParity) => ({
        houses,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
      });
      if (group.length === 2) {
        const oddFirst = rng.chance(0.5);
        (group[0] as Claim).range = withRange(oddFirst ? 'odd' : 'even');
        (group[1] as Claim).range = withRange(oddFirst ? 'even' : 'odd');
      } else {
        (group[0] as Claim).range = withRange('all');
      }
    });
  }
}

/**
 * THE ADDRESS INVARIANT (the address finder relies on it): any (street, house number) belongs to
 * at most one inspector area. Checked on the final data, independently of how it was built.
 * Also checks that one street name has one spelling per language.
 */
export function checkAddressInvariant(areas: { id: string; streets: DemoRange[] }[]) {
  const problems: string[] = [];
  const byStreet = new Map<string, { area: string; r: DemoRange }[]>();
  const spelling = new Map<string, string>();
  for (const a of areas) {
    for (const r of a.streets) {
      const key = r.name.ru;
      const names = JSON.stringify(r.name);
      const known = spelling.get(key);
      if (known && known !== names) problems.push(`${key}: spelled differently in ${a.id}`);
      spelling.set(key, names);
      const list = byStreet.get(key) ?? [];
      list.push({ area: a.id, r });
      byStreet.set(key, list);
    }
  }
  for (const [street, list] of byStreet) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as { area: string; r: DemoRange };
        const b = list[j] as { area: string; r: DemoRange };
        const house = firstSharedHouse(a.r, b.r);
        if (house !== undefined) {
          problems.push(`${street} ${house}: served by both ${a.area} and ${b.area}`);
        }
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `Address invariant violated (a house may belong to one area only):\n  ${problems.join('\n  ')}`,
    );
  }
}

/** The smallest house number that both ranges serve, or undefined. */
export function firstSharedHouse(a: HouseSpan, b: HouseSpan): number | undefined {
  const lo = Math.max(a.from ?? 1, b.from ?? 1);
  const hi = Math.min(a.to ?? Infinity, b.to ?? Infinity);
  if (lo > hi) return undefined;
  const parities = [a.houses, b.houses].filter((h) => h !== 'all');
  if (parities.includes('odd') && parities.includes('even')) return undefined;
  if (parities.length === 0) return lo;
  const want = parities[0] === 'odd' ? 1 : 0;
  const first = lo % 2 === want ? lo : lo + 1;
  return first <= hi ? first : undefined;
}

/** A house number inside a range, for police point addresses. */
export function houseIn(r: HouseSpan, maxHouse: number, rng: Rng): number {
  const lo = r.from ?? 1;
  const hi = r.to ?? maxHouse;
  let h = rng.int(lo, Math.max(lo, hi));
  if (r.houses === 'odd' && h % 2 === 0) h = h + 1 <= hi ? h + 1 : h - 1;
  if (r.houses === 'even' && h % 2 === 1) h = h + 1 <= hi ? h + 1 : h - 1;
  return Math.max(1, h);
}
