/**
 * The finder's lookup: pure functions, the same in the browser (the finder page) and in Node
 * (tests, `npm run bench:lookup`). The files it reads are built by `data.ts`: a name index per
 * language and a shard per district with the house ranges and the areas' details.
 *
 * A lookup is two steps, so that the browser loads only what an address needs:
 * `shardsFor(names, typed)` says which shards the answer may need (those of the areas along the
 * streets the input may name: usually one), and, once they are loaded,
 * `lookup(names, shards, typed)` answers.
 */
import type { House } from './parse.ts';
import { parseAddress, parseCorner } from './parse.ts';
import { streetType } from './normalize.ts';
import {
  shardOf,
  type AreaDetails,
  type FinderNames,
  type FinderShard,
  type Range,
} from './data.ts';
import { exactStreets, matchStreets, type StreetMatch } from './match.ts';

export { distance } from './normalize.ts';
export * from './data.ts';
export { matchStreets, type StreetMatch } from './match.ts';

/** The shards loaded so far, by id. */
export type Shards = ReadonlyMap<string, FinderShard>;

/** Whether a range serves a house. */
export function rangeServes([, from, to, parity]: Range, house: number): boolean {
  if (from && house < from) return false;
  if (to && house > to) return false;
  if (parity === 1) return house % 2 === 1;
  if (parity === 2) return house % 2 === 0;
  return true;
}

/** Another name a street was matched by: its position in the street's other names. */
type By = number | undefined;

export type LookupResult =
  | { kind: 'empty' }
  /** No street of the city looks like this one. */
  | { kind: 'not-found' }
  /** Several streets fit equally well: the resident chooses. `others`: what each matched by. */
  | { kind: 'choose'; streets: number[]; others: By[]; house?: House | undefined }
  /** The street, without a house number: the areas along it. */
  | { kind: 'street'; street: number; other?: By; areas: number[] }
  /** The street and the house: the area(s) serving it. */
  | { kind: 'found'; street: number; other?: By; house: House; areas: number[] }
  /** The street exists but no area lists this house. */
  | { kind: 'no-house'; street: number; other?: By; house: House; areas: number[] }
  /**
   * A corner of two streets: the areas that serve both (none when they do not meet in one
   * area), and the areas along either.
   */
  | {
      kind: 'corner';
      streets: [number, number];
      others: [By, By];
      areas: number[];
      along: number[];
    };

const unique = (xs: number[]) => [...new Set(xs)];
const areasAlong = (names: FinderNames, street: number) => names.s[street]![2];

/** The shards holding these areas' ranges and details. */
export const shardsOfAreas = (names: FinderNames, areas: readonly number[]) => [
  ...new Set(areas.map((a) => shardOf(names.a[a]!))),
];

/** A street's house ranges, from the shards of the areas along it (loaded by the caller). */
const byStreet = new WeakMap<FinderShard, Map<number, Range[]>>();
function rangesOf(names: FinderNames, shards: Shards, street: number): Range[] {
  return shardsOfAreas(names, areasAlong(names, street)).flatMap((id) => {
    const shard = shards.get(id);
    if (!shard || shard.n !== names.h)
      throw new Error(`finder: shard "${id}" of this index is not loaded`);
    let map = byStreet.get(shard);
    if (!map) byStreet.set(shard, (map = new Map(shard.r)));
    return map.get(street) ?? [];
  });
}

/** An area's title, link and inspectors, from its shard. */
export function detailsOf(names: FinderNames, shards: Shards, area: number): AreaDetails {
  const found = shards.get(shardOf(names.a[area]!))?.d.find(([a]) => a === area);
  if (!found) throw new Error(`finder: the shard of area ${names.a[area]} is not loaded`);
  return found[1];
}

/** The streets that fit `typed` best, narrowed by the type word the resident wrote. */
function bestStreets(names: FinderNames, typed: string): StreetMatch[] {
  const exact = exactStreets(names, typed);
  const matches = exact.length ? exact : matchStreets(names, typed, 12);
  if (matches.length === 0) return [];
  const best = matches[0]!.score;
  let candidates = matches.filter((m) => m.score === best);
  // "мкр Акжар" and "ул. Акжар": the type the resident wrote decides.
  const typedType = streetType(typed);
  if (candidates.length > 1 && typedType) {
    const same = candidates.filter((m) => names.s[m.street]![3] === typedType);
    if (same.length >= 1) candidates = same;
  }
  return candidates;
}

/** What an input asks, before any house range is read. */
type Plan =
  | { kind: 'empty' | 'not-found' }
  | { kind: 'corner'; sides: [StreetMatch[], StreetMatch[]] }
  | { kind: 'streets'; candidates: StreetMatch[]; house?: House | undefined };

/** The last plan made: `shardsFor` and then `lookup` of one input match it once. */
let planned: { names: FinderNames; input: string; plan: Plan } | undefined;

function plan(names: FinderNames, input: string): Plan {
  if (planned?.names !== names || planned.input !== input)
    planned = { names, input, plan: makePlan(names, input) };
  return planned.plan;
}

function makePlan(names: FinderNames, input: string): Plan {
  if (!input.trim()) return { kind: 'empty' };
  const corner = parseCorner(input);
  if (corner) {
    const sides: [StreetMatch[], StreetMatch[]] = [
      bestStreets(names, corner[0]),
      bestStreets(names, corner[1]),
    ];
    // Both sides one street ("Жибек - Жолы"): a name, not a corner.
    const [a, b] = sides;
    if (a.length && b.length && a[0]!.street !== b[0]!.street) return { kind: 'corner', sides };
  }
  const { street: typed, house } = parseAddress(input);
  // "Aksai 4": a bare number after a name may be part of it (Ақсай-4), not a house.
  if (house && !house.letter && !house.fraction && !house.block) {
    const joined = exactStreets(names, `${typed}-${house.number}`);
    if (joined[0]?.score === 0 && exactStreets(names, typed)[0]?.score !== 0)
      return { kind: 'streets', candidates: joined.slice(0, 1) };
  }
  const candidates = bestStreets(names, typed);
  return candidates.length ? { kind: 'streets', candidates, house } : { kind: 'not-found' };
}

/** The shards (ids) `lookup` needs for this input: load them, then call it. */
export function shardsFor(names: FinderNames, input: string): string[] {
  const p = plan(names, input);
  const streets = p.kind === 'corner' ? p.sides.flat() : p.kind === 'streets' ? p.candidates : [];
  return shardsOfAreas(names, unique(streets.flatMap((m) => areasAlong(names, m.street))));
}

/** The areas serving an address typed the way people type it. */
export function lookup(names: FinderNames, shards: Shards, input: string): LookupResult {
  const p = plan(names, input);
  if (p.kind === 'corner') {
    const along = (side: StreetMatch[]) => unique(side.flatMap((m) => areasAlong(names, m.street)));
    const [first, second] = p.sides;
    const [alongA, alongB] = [along(first), along(second)];
    return {
      kind: 'corner',
      streets: [first[0]!.street, second[0]!.street],
      others: [first[0]!.other, second[0]!.other],
      areas: alongA.filter((area) => alongB.includes(area)),
      along: unique([...alongA, ...alongB]),
    };
  }
  if (p.kind !== 'streets') return { kind: p.kind };
  let { candidates } = p;
  const { house } = p;
  // Several equally good streets: if a house is given, the ones that have it.
  if (candidates.length > 1 && house) {
    const withHouse = candidates.filter((m) =>
      rangesOf(names, shards, m.street).some((r) => rangeServes(r, house.number)),
    );
    if (withHouse.length >= 1) candidates = withHouse;
  }
  if (candidates.length > 1)
    return {
      kind: 'choose',
      streets: candidates.map((m) => m.street),
      others: candidates.map((m) => m.other),
      house,
    };
  return resolve(names, shards, candidates[0]!.street, house, candidates[0]!.other);
}

/** The answer for a known street (chosen from a list, or matched) and an optional house. */
export function resolve(
  names: FinderNames,
  shards: Shards,
  street: number,
  house?: House,
  other?: By,
): LookupResult {
  const along = areasAlong(names, street);
  const by = other === undefined ? {} : { other };
  if (!house) return { kind: 'street', street, ...by, areas: along };
  const ranges = rangesOf(names, shards, street);
  const areas = unique(ranges.filter((r) => rangeServes(r, house.number)).map((r) => r[0]));
  return areas.length
    ? { kind: 'found', street, ...by, house, areas }
    : { kind: 'no-house', street, ...by, house, areas: along };
}
