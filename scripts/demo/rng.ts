/**
 * Seeded PRNG (mulberry32) of the demo generator. Each section of the city draws from its own
 * stream, named by the section, so that e.g. changing the number of news does not change the
 * officers: `makeRng(seed, 'officers')` gives the same numbers whatever the other streams do.
 */

export type Rng = {
  /** A number in [0, 1). */
  (): number;
  /** A whole number from min to max, both included. */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** True with probability p. */
  chance: (p: number) => boolean;
  /** A shuffled copy (Fisher–Yates). */
  shuffle: <T>(items: readonly T[]) => T[];
};

/** FNV-1a hash of a string, as the 32-bit state of a stream. */
function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The stream named `stream` of the PRNG seeded with `seed`. */
export function makeRng(seed: string, stream: string): Rng {
  let a = hashString(`${seed}:${stream}`);
  const next = (() => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Rng;
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  next.pick = (items) => items[Math.floor(next() * items.length)] as (typeof items)[number];
  next.chance = (p) => next() < p;
  next.shuffle = (items) => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
    }
    return copy;
  };
  return next;
}
