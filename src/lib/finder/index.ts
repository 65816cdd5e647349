/**
 * The finder's index and the lookup over it: pure functions, the same in the browser (the
 * finder page) and in Node (tests, `npm run bench:lookup`).
 *
 * The index is built at build time from the districts' inspector areas: one entry per street
 * name, with the keys of its names in all three languages and the house ranges of the areas
 * that serve it. It is plain JSON, compact (arrays, not objects), one file per language (the
 * display names differ; the keys are the same).
 */
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { nameIn, OTHER_NAME_KINDS, type OtherNameKind, type SomeLanguages } from './names.ts';
import type { House } from './parse.ts';
import { parseAddress, parseCorner } from './parse.ts';
import { distance, streetKey, streetType, type StreetType } from './normalize.ts';

export { distance };

export type Parity = 'all' | 'odd' | 'even';
const PARITY_CODE: Record<Parity, number> = { all: 0, odd: 1, even: 2 };

export interface SourceRange {
  name: { kk: string; ru: string; en: string };
  otherNames?: readonly { name: SomeLanguages; kind: OtherNameKind }[] | undefined;
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

/**
 * [display name, keys of its names in every language, house ranges, type (st, ave, mkr), other
 * names (left out when there are none)]
 */
export type Street = [string, string[], Range[], StreetType, OtherName[]?];

/** [display name, kind (a position in OTHER_NAME_KINDS), keys of its names in every language] */
export type OtherName = [string, number, string[]];

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

/** The keys of a name in every language it is written in, without repeats. */
const keysOf = (name: SomeLanguages) =>
  [...new Set(LOCALES.flatMap((l) => (name[l] ? [streetKey(name[l])] : [])))].filter(Boolean);

interface StreetEntry {
  name: string;
  keys: Set<string>;
  ranges: Range[];
  /** Other names by their Russian (or first) spelling. */
  others: Map<string, OtherName>;
}

/** Builds the index for one display language from every area of the city. */
export function buildFinderIndex(areas: readonly SourceArea[], lang: Locale): FinderIndex {
  const areaIds = areas.map((a) => a.id);
  const streets = new Map<string, StreetEntry>();
  areas.forEach((area, ai) => {
    for (const range of area.streets) {
      // One street: the same Russian name (a street and a microdistrict may share a key).
      const id = range.name.ru;
      let entry = streets.get(id);
      if (!entry) {
        entry = { name: range.name[lang], keys: new Set(), ranges: [], others: new Map() };
        streets.set(id, entry);
      }
      for (const k of keysOf(range.name)) entry.keys.add(k);
      entry.ranges.push([ai, range.from ?? 0, range.to ?? 0, PARITY_CODE[range.houses]]);
      for (const other of range.otherNames ?? []) {
        const kind = OTHER_NAME_KINDS.indexOf(other.kind);
        entry.others.set(nameIn(other.name, 'ru'), [
          nameIn(other.name, lang),
          kind,
          keysOf(other.name).sort(),
        ]);
      }
    }
  });
  return {
    v: 1,
    a: areaIds,
    s: [...streets]
      .map(([ru, { name, keys, ranges, others }]): Street => {
        const street: Street = [name, [...keys].sort(), ranges, streetType(ru)];
        if (others.size) street.push([...others.values()]);
        return street;
      })
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
  /** 0 exact, 0.5 a prefix of a key, 1… typos (or the genitive ending); +0.25 by another name. */
  score: number;
  /** The other name that matched (its position in the street's list), when not the current one. */
  other?: number;
}

/** A current name wins over another name that matches as well (a former name reused). */
const OTHER_NAME_PENALTY = 0.25;

/** How well `key` matches the best of `keys` (Infinity: not at all). */
function keyScore(keys: readonly string[], key: string, max: number): number {
  let score = Infinity;
  for (const k of keys) {
    if (k === key) return 0;
    if (key.length >= 3 && k.startsWith(key)) score = Math.min(score, 0.5);
    else {
      const d = distance(key, k, max);
      if (d <= max) score = Math.min(score, d);
      // Also against the key's start ("abai" typed for "abai kunanbaiuly") and, for a name of
      // several words, its last word ("Маркса" for "Карла Маркса").
      else if (key.length >= 4 && k.length > key.length) {
        const few = Math.min(1, max);
        const start = distance(key, k.slice(0, key.length), few);
        const last = k.includes(' ')
          ? distance(key, k.slice(k.lastIndexOf(' ') + 1), few)
          : few + 1;
        if (Math.min(start, last) <= few) score = Math.min(score, 0.75 + Math.min(start, last));
      }
    }
  }
  return score;
}

/** Streets whose names (current or other) match `typed`, best first. */
export function matchStreets(index: FinderIndex, typed: string, limit = 8): StreetMatch[] {
  const key = streetKey(typed);
  if (key.length < 2) return [];
  const max = tolerance(key.length);
  const matches: StreetMatch[] = [];
  index.s.forEach(([, keys, , , others = []], street) => {
    const match: StreetMatch = { street, score: keyScore(keys, key, max) };
    others.forEach(([, , otherKeys], other) => {
      const score = keyScore(otherKeys, key, max) + OTHER_NAME_PENALTY;
      if (score < match.score) Object.assign(match, { score, other });
    });
    if (match.score !== Infinity) matches.push(match);
  });
  return matches
    .sort(
      (x, y) => x.score - y.score || index.s[x.street]![0].length - index.s[y.street]![0].length,
    )
    .slice(0, limit);
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
const areasAlong = (index: FinderIndex, street: number) =>
  unique(index.s[street]![2].map((r) => r[0]));

/** The streets that fit `typed` best (narrowed by the type word and the house), with how. */
function bestStreets(index: FinderIndex, typed: string, house?: House): StreetMatch[] {
  const matches = matchStreets(index, typed, 12);
  if (matches.length === 0) return [];
  const best = matches[0]!.score;
  let candidates = matches.filter((m) => m.score === best);
  // "мкр Акжар" and "ул. Акжар": the type the resident wrote decides.
  const typedType = streetType(typed);
  if (candidates.length > 1 && typedType) {
    const same = candidates.filter((m) => index.s[m.street]![3] === typedType);
    if (same.length >= 1) candidates = same;
  }
  // Several equally good streets: if a house is given, the ones that have it.
  if (candidates.length > 1 && house) {
    const withHouse = candidates.filter((m) =>
      index.s[m.street]![2].some((r) => rangeServes(r, house.number)),
    );
    if (withHouse.length >= 1) candidates = withHouse;
  }
  return candidates;
}

/** A corner's answer, when both sides name a street; several fitting a side count together. */
function lookupCorner(index: FinderIndex, [a, b]: [string, string]): LookupResult | undefined {
  const [first, second] = [bestStreets(index, a), bestStreets(index, b)];
  // Both sides one street ("Жибек - Жолы"): a name, not a corner.
  if (!first.length || !second.length || first[0]!.street === second[0]!.street) return undefined;
  const along = (side: StreetMatch[]) => unique(side.flatMap((m) => areasAlong(index, m.street)));
  const [alongA, alongB] = [along(first), along(second)];
  return {
    kind: 'corner',
    streets: [first[0]!.street, second[0]!.street],
    others: [first[0]!.other, second[0]!.other],
    areas: alongA.filter((area) => alongB.includes(area)),
    along: unique([...alongA, ...alongB]),
  };
}

/** The areas serving an address typed the way people type it. */
export function lookup(index: FinderIndex, input: string): LookupResult {
  if (!input.trim()) return { kind: 'empty' };
  const corner = parseCorner(input);
  const answer = corner && lookupCorner(index, corner);
  if (answer) return answer;
  const { street: typed, house } = parseAddress(input);
  // "Aksai 4": a bare number after a name may be part of it (Ақсай-4), not a house.
  if (house && !house.letter && !house.fraction && !house.block) {
    const exact = matchStreets(index, typed, 1)[0];
    const joined = matchStreets(index, `${typed}-${house.number}`, 1)[0];
    if (exact?.score !== 0 && joined?.score === 0) return resolve(index, joined.street);
  }
  const candidates = bestStreets(index, typed, house);
  if (candidates.length === 0) return { kind: 'not-found' };
  if (candidates.length > 1)
    return {
      kind: 'choose',
      streets: candidates.map((m) => m.street),
      others: candidates.map((m) => m.other),
      house,
    };
  return resolve(index, candidates[0]!.street, house, candidates[0]!.other);
}

/** The answer for a known street (chosen from a list, or matched) and an optional house. */
export function resolve(
  index: FinderIndex,
  street: number,
  house?: House,
  other?: By,
): LookupResult {
  const ranges = index.s[street]![2];
  const along = areasAlong(index, street);
  const by = other === undefined ? {} : { other };
  if (!house) return { kind: 'street', street, ...by, areas: along };
  const areas = unique(ranges.filter((r) => rangeServes(r, house.number)).map((r) => r[0]));
  return areas.length
    ? { kind: 'found', street, ...by, house, areas }
    : { kind: 'no-house', street, ...by, house, areas: along };
}
