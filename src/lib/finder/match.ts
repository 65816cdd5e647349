/**
 * Matching a typed street name against the name index: exact key, prefix (for suggestions),
 * then edit distance with transpositions (0 typos up to 3 letters, 1 up to 6, 2 above).
 *
 * At a city's size (thousands of streets) the index is prepared once per loaded index, not
 * sent: a map from every key to its streets answers an exact name at once; for the rest, two
 * filters rule keys out before any edit distance is computed, both safe (they never drop a key
 * that could match): an edit changes at most three of the pairs of neighbouring letters of a
 * name (a transposition: "xaby" → "xbay"), so a key must share all but 3 × typos of the typed
 * key's letter pairs (found through a map from each pair to the keys that have it); and each
 * typo brings at most one letter, so a key may lack at most as many of the typed key's letters
 * as typos are allowed (a 32-bit mask of letters per key).
 */
import type { FinderNames } from './data.ts';
import { distance, streetKey } from './normalize.ts';

/** Typos allowed for a key of this length. */
export const tolerance = (length: number) => (length <= 3 ? 0 : length <= 6 ? 1 : 2);

export interface StreetMatch {
  /** Position of the street in the index. */
  street: number;
  /** 0 exact, 0.5 a prefix of a key, 1… typos (or the genitive ending); +0.25 by another name. */
  score: number;
  /** The other name that matched (its position in the street's list), when not the current one. */
  other?: number;
}

/** A current name wins over another name that matches as well (a former name reused). */
export const OTHER_NAME_PENALTY = 0.25;

/** The letters of a key as bits (letters that share a bit only make the test weaker). */
function lettersOf(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) mask |= 1 << (key.charCodeAt(i) & 31);
  return mask;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 63;
}

/** One key of a street: of its current name (`other` undefined) or of another name. */
interface Key {
  key: string;
  /** The last word of a name of several words ("marksa" of "karla marksa"), or undefined. */
  last: string | undefined;
  letters: number;
  street: number;
  other: number | undefined;
}

interface Prepared {
  keys: Key[];
  /** Exact keys → the names that have them. */
  exact: Map<string, Key[]>;
  /** Pairs of neighbouring letters → the keys (positions in `keys`) that have them. */
  pairs: Map<string, number[]>;
  /** Per key: how many of the typed key's pairs it has (zeroed after each use). */
  shared: Uint16Array;
}

/** The distinct pairs of neighbouring letters of a key. */
function pairsOf(key: string): string[] {
  const pairs = new Set<string>();
  for (let i = 1; i < key.length; i++) pairs.add(key.slice(i - 1, i + 1));
  return [...pairs];
}

const prepared = new WeakMap<FinderNames, Prepared>();

function prepare(index: FinderNames): Prepared {
  let p = prepared.get(index);
  if (p) return p;
  p = { keys: [], exact: new Map(), pairs: new Map(), shared: new Uint16Array(0) };
  const add = (key: string, street: number, other: number | undefined) => {
    const last = key.includes(' ') ? key.slice(key.lastIndexOf(' ') + 1) : undefined;
    const k: Key = { key, last, letters: lettersOf(key), street, other };
    for (const pair of pairsOf(key)) {
      const keys = p!.pairs.get(pair);
      if (keys) keys.push(p!.keys.length);
      else p!.pairs.set(pair, [p!.keys.length]);
    }
    p!.keys.push(k);
    const same = p!.exact.get(key);
    if (same) same.push(k);
    else p!.exact.set(key, [k]);
  };
  index.s.forEach(([, keys, , , others = []], street) => {
    for (const key of keys) add(key, street, undefined);
    others.forEach(([, , otherKeys], other) => {
      for (const key of otherKeys) add(key, street, other);
    });
  });
  p.shared = new Uint16Array(p.keys.length);
  prepared.set(index, p);
  return p;
}

/** How well `key` matches `k` (Infinity: not at all). */
function keyScore({ key: k, last: lastWord }: Key, key: string, max: number): number {
  if (k === key) return 0;
  if (key.length >= 3 && k.startsWith(key)) return 0.5;
  const d = distance(key, k, max);
  if (d <= max) return d;
  // Also against the key's start ("abai" typed for "abai kunanbaiuly") and, for a name of
  // several words, its last word ("Маркса" for "Карла Маркса").
  if (key.length >= 4 && k.length > key.length) {
    const few = Math.min(1, max);
    const start = distance(key, k, few, key.length);
    const last = lastWord === undefined ? few + 1 : distance(key, lastWord, few);
    if (Math.min(start, last) <= few) return 0.75 + Math.min(start, last);
  }
  return Infinity;
}

/** The keys (positions, in order) that share enough letter pairs with `key` to match it. */
function candidates({ keys, pairs, shared }: Prepared, key: string, max: number): number[] {
  const typed = pairsOf(key);
  const need = typed.length - 3 * max;
  if (need <= 0) return keys.map((_, i) => i);
  const touched: number[] = [];
  for (const pair of typed)
    for (const i of pairs.get(pair) ?? []) if (shared[i]!++ === 0) touched.push(i);
  const found = touched.filter((i) => shared[i]! >= need);
  for (const i of touched) shared[i] = 0;
  return found.sort((x, y) => x - y);
}

/** Streets whose names (current or other) match `typed`, best first. */
export function matchStreets(index: FinderNames, typed: string, limit = 8): StreetMatch[] {
  const key = streetKey(typed);
  if (key.length < 2) return [];
  const max = tolerance(key.length);
  const letters = lettersOf(key);
  const best = new Map<number, StreetMatch>();
  const p = prepare(index);
  for (const position of candidates(p, key, max)) {
    const k = p.keys[position]!;
    // Each typo brings at most one letter the name lacks: more missing letters, no match.
    if (bitCount(letters & ~k.letters) > max) continue;
    let score = keyScore(k, key, max);
    if (score === Infinity) continue;
    if (k.other !== undefined) score += OTHER_NAME_PENALTY;
    const known = best.get(k.street);
    // The current name first, then the first other name that does better.
    if (!known || score < known.score)
      best.set(
        k.street,
        k.other === undefined
          ? { street: k.street, score }
          : { street: k.street, score, other: k.other },
      );
  }
  return [...best.values()]
    .sort(
      (x, y) => x.score - y.score || index.s[x.street]![0].length - index.s[y.street]![0].length,
    )
    .slice(0, limit);
}

/**
 * The streets whose name (or, failing that, another name) is exactly `typed`: what
 * `matchStreets` ranks first when there are any, found without a scan.
 */
export function exactStreets(index: FinderNames, typed: string): StreetMatch[] {
  const found = prepare(index).exact.get(streetKey(typed)) ?? [];
  const current = found.filter((k) => k.other === undefined);
  const shorter = (x: StreetMatch, y: StreetMatch) =>
    index.s[x.street]![0].length - index.s[y.street]![0].length;
  if (current.length)
    return [...new Set(current.map((k) => k.street))]
      .map((street) => ({ street, score: 0 }))
      .sort(shorter);
  const seen = new Set<number>();
  return found
    .flatMap((k) => {
      if (seen.has(k.street)) return [];
      seen.add(k.street);
      return [{ street: k.street, score: OTHER_NAME_PENALTY, other: k.other! }];
    })
    .sort(shorter);
}
