/**
 * The finder's index and the lookup over it: pure functions, the same in the browser (the
 * finder page) and in Node (tests, `npm run bench:lookup`).
 *
 * The index is built at build time from the districts' inspector areas: one entry per street
 * name, with the keys of its names in all three languages and the house ranges of the areas
 * that serve it. It is plain JSON, compact (arrays, not objects), one file per language (the
 * display names differ; the keys are the same).
 */
import type { Locale } from '../../i18n/locales.ts';
import type { House } from './parse.ts';
import { parseAddress } from './parse.ts';
import { distance, streetKey, streetType, type StreetType } from './normalize.ts';

export { distance };

export type Parity = 'all' | 'odd' | 'even';
const PARITY_CODE: Record<Parity, number> = { all: 0, odd: 1, even: 2 };

export interface SourceRange {
  name: { kk: string; ru: string; en: string };
  houses: Parity;
  from?: number | undefined;
  to?: number | undefined;
}
export interface SourceArea {
  id: string;
  streets: readonly SourceRange[];
}

/** [area index, first house or 0, last house or 0, parity 0 all / 1 odd / 2 even] */
export type Range = [number, number, number, number];

export interface FinderIndex {
  v: 1;
  /** Area ids; ranges refer to them by position. */
  a: string[];
  /** Streets: [display name, keys, ranges, type]. */
  s: Street[];
}

/** [display name, keys of its names in every language, house ranges, type (st, ave, mkr)] */
export type Street = [string, string[], Range[], StreetType];

/** An officer as the finder shows them (in the index's language). */
export interface FinderOfficer {
  name: string;
  rank: string;
  phones: string[];
  hours: string;
  point: string;
  photo: string;
  photoAlt: string;
  url: string;
}

/** What the finder shows about each area, parallel to `a`. */
export interface AreaDetails {
  /** "Almaly District, area 3" */
  title: string;
  url: string;
  officers: FinderOfficer[];
}

/** The file the finder page loads: the index and the areas' details. */
export interface FinderData extends FinderIndex {
  d: AreaDetails[];
}

/** Builds the index for one display language from every area of the city. */
export function buildFinderIndex(areas: readonly SourceArea[], lang: Locale): FinderIndex {
  const areaIds = areas.map((a) => a.id);
  const streets = new Map<string, [string, Set<string>, Range[]]>();
  areas.forEach((area, ai) => {
    for (const range of area.streets) {
      const keys = [range.name.kk, range.name.ru, range.name.en].map(streetKey);
      // One street: the same Russian name (a street and a microdistrict may share a key).
      const id = range.name.ru;
      let entry = streets.get(id);
      if (!entry) {
        entry = [range.name[lang], new Set(), []];
        streets.set(id, entry);
      }
      for (const k of keys) if (k) entry[1].add(k);
      entry[2].push([ai, range.from ?? 0, range.to ?? 0, PARITY_CODE[range.houses]]);
    }
  });
  return {
    v: 1,
    a: areaIds,
    s: [...streets]
      .map(([ru, [name, keys, ranges]]): Street => [name, [...keys].sort(), ranges, streetType(ru)])
      .sort((x, y) => x[0].localeCompare(y[0], lang)),
  };
}

/** Whether a range serves a house. */
export function rangeServes([, from, to, parity]: Range, house: number): boolean {
  if (from && house < from) return false;
  if (to && house > to) return false;
  if (parity === 1) return house % 2 === 1;
  if (parity === 2) return house % 2 === 0;
  return true;
}

/** Typos allowed for a key of this length. */
const tolerance = (length: number) => (length <= 3 ? 0 : length <= 6 ? 1 : 2);

export interface StreetMatch {
  /** Position of the street in the index. */
  street: number;
  /** 0 exact, 0.5 a prefix of a key, 1… typos (or the genitive ending). */
  score: number;
}

/** Streets whose names match `typed`, best first. */
export function matchStreets(index: FinderIndex, typed: string, limit = 8): StreetMatch[] {
  const key = streetKey(typed);
  if (key.length < 2) return [];
  const max = tolerance(key.length);
  const matches: StreetMatch[] = [];
  index.s.forEach(([, keys], street) => {
    let score = Infinity;
    for (const k of keys) {
      if (k === key) score = 0;
      else if (key.length >= 3 && k.startsWith(key)) score = Math.min(score, 0.5);
      else {
        const d = distance(key, k, max);
        if (d <= max) score = Math.min(score, d);
        // Also against the key's start: "abai" typed for "abai kunanbaiuly".
        else if (key.length >= 4 && k.length > key.length) {
          const p = distance(key, k.slice(0, key.length), Math.min(1, max));
          if (p <= Math.min(1, max)) score = Math.min(score, 0.75 + p);
        }
      }
    }
    if (score !== Infinity) matches.push({ street, score });
  });
  return matches
    .sort(
      (x, y) => x.score - y.score || index.s[x.street]![0].length - index.s[y.street]![0].length,
    )
    .slice(0, limit);
}

export type LookupResult =
  | { kind: 'empty' }
  /** No street of the city looks like this one. */
  | { kind: 'not-found' }
  /** Several streets fit equally well: the resident chooses. */
  | { kind: 'choose'; streets: number[]; house?: House | undefined }
  /** The street, without a house number: the areas along it. */
  | { kind: 'street'; street: number; areas: number[] }
  /** The street and the house: the area(s) serving it. */
  | { kind: 'found'; street: number; house: House; areas: number[] }
  /** The street exists but no area lists this house. */
  | { kind: 'no-house'; street: number; house: House; areas: number[] };

const unique = (xs: number[]) => [...new Set(xs)];

/** The areas serving an address typed the way people type it. */
export function lookup(index: FinderIndex, input: string): LookupResult {
  if (!input.trim()) return { kind: 'empty' };
  const { street: typed, house } = parseAddress(input);
  const matches = matchStreets(index, typed, 12);
  // "Aksai 4": a bare number after a name may be part of it (Ақсай-4), not a house.
  if (house && !house.letter && !house.fraction && !house.block && matches[0]?.score !== 0) {
    const joined = matchStreets(index, `${typed}-${house.number}`, 1)[0];
    if (joined?.score === 0) return resolve(index, joined.street);
  }
  if (matches.length === 0) return { kind: 'not-found' };
  const best = matches[0]!.score;
  const top = matches.filter((m) => m.score === best);
  // Several equally good streets: if a house is given, the ones that have it.
  let candidates = top.map((m) => m.street);
  // "мкр Акжар" and "ул. Акжар": the type the resident wrote decides.
  const typedType = streetType(typed);
  if (candidates.length > 1 && typedType) {
    const same = candidates.filter((s) => index.s[s]![3] === typedType);
    if (same.length >= 1) candidates = same;
  }
  if (candidates.length > 1 && house) {
    const withHouse = candidates.filter((s) =>
      index.s[s]![2].some((r) => rangeServes(r, house.number)),
    );
    if (withHouse.length >= 1) candidates = withHouse;
  }
  if (candidates.length > 1) return { kind: 'choose', streets: candidates, house };
  return resolve(index, candidates[0]!, house);
}

/** The answer for a known street (chosen from a list, or matched) and an optional house. */
export function resolve(index: FinderIndex, street: number, house?: House): LookupResult {
  const ranges = index.s[street]![2];
  const along = unique(ranges.map((r) => r[0]));
  if (!house) return { kind: 'street', street, areas: along };
  const areas = unique(ranges.filter((r) => rangeServes(r, house.number)).map((r) => r[0]));
  return areas.length
    ? { kind: 'found', street, house, areas }
    : { kind: 'no-house', street, house, areas: along };
}
