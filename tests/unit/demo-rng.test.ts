/**
 * The demo generator's seeded PRNG (scripts/demo/rng.ts): a stream is fixed by its seed and
 * name whatever the other streams draw, so that e.g. more news does not change the officers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRng } from '../../scripts/demo/rng.ts';

const draws = (seed: string, stream: string, n: number) => {
  const rng = makeRng(seed, stream);
  return Array.from({ length: n }, () => rng());
};

describe('makeRng', () => {
  it('draws the same numbers as before for a seed and stream (the demo files depend on them)', () => {
    expect(draws('1', 'districts', 3)).toEqual([
      0.6401255314704031, 0.805470174876973, 0.2774308454245329,
    ]);
  });

  it('gives the same sequence for the same seed and stream', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (seed, stream) => {
        expect(draws(seed, stream, 20)).toEqual(draws(seed, stream, 20));
      }),
    );
  });

  it('keeps each stream independent of the draws made from the others', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.constantFrom('districts', 'officers', 'news'), { maxLength: 60 }),
        (seed, schedule) => {
          // Interleave the streams in any order: each still yields its own sequence.
          const rngs = new Map(['districts', 'officers', 'news'].map((s) => [s, makeRng(seed, s)]));
          const got = new Map<string, number[]>([...rngs.keys()].map((s) => [s, []]));
          for (const s of schedule) got.get(s)!.push(rngs.get(s)!());
          for (const [s, values] of got) expect(values).toEqual(draws(seed, s, values.length));
        },
      ),
    );
  });

  it('gives other numbers for another stream or another seed', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (seed, a, b) => {
        fc.pre(a !== b);
        expect(draws(seed, a, 4)).not.toEqual(draws(seed, b, 4));
        expect(draws(a, seed, 4)).not.toEqual(draws(b, seed, 4));
      }),
    );
  });

  it('draws numbers in [0, 1), whole numbers within bounds and shuffled copies', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: -50, max: 50 }),
        fc.nat(20),
        fc.array(fc.integer()),
        (seed, min, span, items) => {
          const rng = makeRng(seed, 'test');
          const x = rng();
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
          const n = rng.int(min, min + span);
          expect(Number.isInteger(n) && n >= min && n <= min + span).toBe(true);
          const copy = [...items];
          const shuffled = rng.shuffle(items);
          expect(items).toEqual(copy);
          expect(shuffled.toSorted((p, q) => p - q)).toEqual(copy.toSorted((p, q) => p - q));
          if (items.length > 0) expect(items).toContain(rng.pick(items));
        },
      ),
    );
  });
});
