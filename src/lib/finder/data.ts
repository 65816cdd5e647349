/**
 * The finder's files, built at build time from the districts' inspector areas, in two parts so
 * that a lookup in a city of millions loads little (docs/finder.md, decision 0011):
 *
 * - the **name index** of a language (`/{lang}/finder/index.json`): every street once, with its
 *   display name, the keys of its names in all three languages, its type, its other names and
 *   the areas along it; enough to match what a resident types and to know which shards hold
 *   the street's houses;
 * - **shards**, one per district and language (`/{lang}/finder/{district}.json`): the house
 *   ranges of the streets in the district's areas, and those areas' titles, links and
 *   inspectors. An address needs the shards of the areas along the street it names: one, or two
 *   for a street that crosses into another district.
 *
 * Plain JSON, compact (arrays, not objects). Streets and areas are referred to by position in
 * the name index; a shard names the index it was built with (`n`), so a browser that holds an
 * index and a shard of two different builds can tell.
 */
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { splitAreaId } from '../areas.ts';
import { nameIn, OTHER_NAME_KINDS, type OtherNameKind, type SomeLanguages } from './names.ts';
import { streetKey, streetType, type StreetType } from './normalize.ts';

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

/** [area position, first house or 0, last house or 0, parity 0 all / 1 odd / 2 even] */
export type Range = [number, number, number, number];

/** [display name, kind (a position in OTHER_NAME_KINDS), keys of its names in every language] */
export type OtherName = [string, number, string[]];

/**
 * [display name, keys of its names in every language, positions of the areas along it, type
 * (st, ave, mkr), other names (left out when there are none)]
 */
export type Street = [string, string[], number[], StreetType, OtherName[]?];

/** The name index of one language. */
export interface FinderNames {
  v: 2;
  /** A hash of the index; the shards built with it carry it as `n`. */
  h: string;
  /** Area ids; streets and ranges refer to them by position. */
  a: string[];
  /** Streets, sorted by display name. */
  s: Street[];
}

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

/** What the finder shows about an area. */
export interface AreaDetails {
  /** "Almaly District, area 3" */
  title: string;
  url: string;
  officers: FinderOfficer[];
}

/** One district's part of the index in one language. */
export interface FinderShard {
  v: 2;
  /** The shard's id: its district's. */
  id: string;
  /** The hash (`h`) of the name index it belongs to. */
  n: string;
  /** The house ranges of each street of the district: [street position, ranges], by street. */
  r: [number, Range[]][];
  /** The district's areas: [area position, details]. */
  d: [number, AreaDetails][];
}

/** The shard (district) that holds an area: "almaly-07" → "almaly" (docs/domain.md). */
export const shardOf = (areaId: string) => splitAreaId(areaId)?.district ?? areaId;

/** The keys of a name in every language it is written in, without repeats. */
const keysOf = (name: SomeLanguages) =>
  [...new Set(LOCALES.flatMap((l) => (name[l] ? [streetKey(name[l])] : [])))].filter(Boolean);

/** FNV-1a of a text, as 8 hex digits: enough to tell two builds apart. */
function hashOf(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}

interface Entry {
  name: string;
  keys: Set<string>;
  ranges: Range[];
  /** Other names by their Russian (or first) spelling. */
  others: Map<string, OtherName>;
}

/** The streets of the city (one per Russian name) with their ranges, sorted for `lang`. */
function streetsOf(areas: readonly SourceArea[], lang: Locale): [Entry, Street][] {
  const streets = new Map<string, Entry>();
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
  return [...streets]
    .map(([ru, entry]): [Entry, Street] => {
      const along = [...new Set(entry.ranges.map((r) => r[0]))];
      const street: Street = [entry.name, [...entry.keys].sort(), along, streetType(ru)];
      if (entry.others.size) street.push([...entry.others.values()]);
      return [entry, street];
    })
    .sort(([, x], [, y]) => x[0].localeCompare(y[0], lang));
}

/** The name index and the shards of one display language, from every area of the city. */
export function buildFinder(
  areas: readonly SourceArea[],
  lang: Locale,
  details: (areaId: string) => AreaDetails = (id) => ({ title: id, url: '', officers: [] }),
): { names: FinderNames; shards: FinderShard[] } {
  const streets = streetsOf(areas, lang);
  const a = areas.map((area) => area.id);
  const body = { a, s: streets.map(([, street]) => street) };
  const names: FinderNames = { v: 2, h: hashOf(JSON.stringify(body)), ...body };
  const shards = new Map<string, FinderShard>();
  const shard = (areaPosition: number) => {
    const id = shardOf(a[areaPosition]!);
    let found = shards.get(id);
    if (!found) shards.set(id, (found = { v: 2, id, n: names.h, r: [], d: [] }));
    return found;
  };
  a.forEach((id, i) => shard(i).d.push([i, details(id)]));
  streets.forEach(([entry], position) => {
    const byShard = new Map<FinderShard, Range[]>();
    for (const range of entry.ranges) {
      const s = shard(range[0]);
      byShard.set(s, [...(byShard.get(s) ?? []), range]);
    }
    for (const [s, ranges] of byShard) s.r.push([position, ranges]);
  });
  return { names, shards: [...shards.values()].sort((x, y) => x.id.localeCompare(y.id)) };
}
