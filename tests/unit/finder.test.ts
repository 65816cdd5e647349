/**
 * The finder's pure logic: address parsing, street keys across languages and alphabets,
 * matching with typos, house ranges with parity, and point-in-polygon at the edges. Unit
 * cases for what residents type, and properties (fast-check) for what no list can cover.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  geometryContains,
  ringPosition,
  type Geometry,
  type Ring,
} from '../../src/lib/finder/geo.ts';
import {
  buildFinder,
  detailsOf,
  distance,
  lookup,
  rangeServes,
  shardsFor,
  type FinderNames,
} from '../../src/lib/finder/index.ts';
import { streetKey } from '../../src/lib/finder/normalize.ts';
import { parseAddress } from '../../src/lib/finder/parse.ts';
import { AREAS } from '../helpers/finder-areas.ts';

const built = buildFinder(AREAS, 'ru');
const index: FinderNames = built.names;
const shards = new Map(built.shards.map((s) => [s.id, s]));

/** The area ids an input resolves to, or the kind of answer. */
function areasOf(input: string): string[] | string {
  const r = lookup(index, shards, input);
  return r.kind === 'found' ? r.areas.map((a) => index.a[a]!).sort() : r.kind;
}

describe('parsing what residents type', () => {
  it.each([
    ['пр. Абая 12А', 'пр. Абая', { number: 12, letter: 'a' }],
    ['Abay ave, 12/1', 'Abay ave', { number: 12, fraction: 1 }],
    ['Абай даңғылы 5 корп. 2', 'Абай даңғылы', { number: 5, block: '2' }],
    ['ул. Толе би 5к2', 'ул. Толе би', { number: 5, block: '2' }],
    ['мкр Самал-2, д. 58, кв. 14', 'мкр Самал-2', { number: 58 }],
    ['abaya 10', 'abaya', { number: 10 }],
    ['Төле би көшесі, 101 үй', 'Төле би көшесі', { number: 101 }],
    ['Tole Bi St 55 apt 3', 'Tole Bi St', { number: 55 }],
    ['  пр.   Абая   12 а ', 'пр. Абая', { number: 12, letter: 'a' }],
  ])('%s', (input, streetPart, house) => {
    expect(parseAddress(input)).toEqual({ street: streetPart, house });
  });

  it('keeps a number glued to the name with the street, and no house without a number', () => {
    expect(parseAddress('Самал-2')).toEqual({ street: 'Самал-2' });
    expect(parseAddress('проспект Абая')).toEqual({ street: 'проспект Абая' });
  });

  it('never throws and never loses the street, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const parsed = parseAddress(text);
        expect(typeof parsed.street).toBe('string');
        if (parsed.house) expect(parsed.house.number).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('one key for the spellings of a street', () => {
  it.each([
    ['пр. Абая', 'проспект Абая'],
    ['Абай даңғылы', 'Abay ave'],
    ['Abay', 'Abai'],
    ['ул. Жибек Жолы', 'Жібек жолы көшесі'],
    ['Zhibek Zholy St', 'ул. Жибек Жолы'],
    ['Қарасай батыр', 'Karasay Batyr'],
    ['мкр. Самал-2', 'Samal-2 microdistrict'],
    ['ул. Розыбакиева', 'ulitsa Rozybakieva'],
  ])('%s = %s', (a, b) => {
    expect(streetKey(a)).toBe(streetKey(b));
  });

  it('keeps different streets apart', () => {
    expect(streetKey('мкр. Самал-1')).not.toBe(streetKey('мкр. Самал-2'));
    expect(streetKey('ул. Толе би')).not.toBe(streetKey('ул. Толебаева'));
  });
});

describe('finding the area of an address', () => {
  it.each([
    // Russian, Kazakh and Latin spellings, abbreviations and genitive endings.
    ['пр. Абая 11', ['almaly-01']],
    ['проспект Абая 12', ['almaly-02']],
    ['Абай даңғылы 13', ['almaly-01']],
    ['Abay ave 14', ['almaly-02']],
    ['abaya 15', ['almaly-01']],
    ['Абая 150', ['bostandyk-01']],
    ['Қарасай батыр көшесі 24', ['almaly-01']],
    ['Karasay Batyra 24', ['almaly-01']],
    ['ул. Жибек жолы 7', ['medeu-01']],
    ['Zhibek Zholy 7', ['medeu-01']],
    // Letters, fractions and blocks belong to the number's house.
    ['пр. Абая 12А', ['almaly-02']],
    ['пр. Абая 13/2', ['almaly-01']],
    ['Абай даңғылы 5 корп. 2', ['almaly-01']],
    // Typos.
    ['Толи би 12', ['almaly-02']],
    ['Tole bee 12', ['almaly-02']],
    ['прспект Абая 12', ['almaly-02']],
    // Microdistricts.
    ['мкр Самал-2, д. 58, кв. 14', ['medeu-01']],
  ])('%s → %j', (input, areas) => {
    expect(areasOf(input)).toEqual(areas);
  });

  it('asks which street when several fit, and narrows by the house', () => {
    const r = lookup(index, shards, 'Самал 5');
    expect(r.kind).toBe('choose');
    if (r.kind === 'choose')
      expect(r.streets.map((s) => index.s[s]![0]).sort()).toEqual([
        'мкр. Самал-1',
        'мкр. Самал-2',
        'мкр. Самал-3',
      ]);
    // A bare number after a name may be the name's number: Самал 2 is the microdistrict.
    expect(lookup(index, shards, 'Самал 2')).toMatchObject({ kind: 'street' });
  });

  it('says when a street is unknown, a house is outside every range, or no house is given', () => {
    expect(areasOf('ул. Ленина 5')).toBe('not-found');
    expect(areasOf('ул. Толе би 61')).toBe('no-house');
    expect(lookup(index, shards, 'пр. Абая')).toMatchObject({ kind: 'street' });
    expect(areasOf('   ')).toBe('empty');
  });

  it('serves odd and even sides and open ends', () => {
    expect(rangeServes([0, 1, 99, 1], 99)).toBe(true);
    expect(rangeServes([0, 1, 99, 1], 98)).toBe(false);
    expect(rangeServes([0, 2, 100, 2], 100)).toBe(true);
    expect(rangeServes([0, 2, 100, 2], 101)).toBe(false);
    expect(rangeServes([0, 101, 0, 0], 100_000)).toBe(true);
    expect(rangeServes([0, 0, 44, 0], 1)).toBe(true);
  });

  it('property: every house of every range is found in its area, from any language', () => {
    const ranges = AREAS.flatMap((a) =>
      a.streets.map((s) => ({ area: a.id, ...s, to: s.to ?? (s.from ?? 1) + 200 })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ranges),
        fc.constantFrom('kk', 'ru', 'en') as fc.Arbitrary<'kk' | 'ru' | 'en'>,
        fc.nat(400),
        fc.constantFrom('', 'А', '/1', ' корп. 2'),
        (range, lang, offset, suffix) => {
          const from = range.from ?? 1;
          let house = from + (offset % (range.to - from + 1));
          if (range.houses === 'odd' && house % 2 === 0)
            house = house + 1 > range.to ? house - 1 : house + 1;
          if (range.houses === 'even' && house % 2 === 1)
            house = house + 1 > range.to ? house - 1 : house + 1;
          if (house < from || house > range.to) return;
          const r = lookup(index, shards, `${range.name[lang]} ${house}${suffix}`);
          expect(r.kind, `${range.name[lang]} ${house}${suffix}`).toBe('found');
          if (r.kind === 'found') expect(r.areas.map((a) => index.a[a])).toContain(range.area);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('property: one typo in a long street name still finds the street', () => {
    const names = ['Карасай батыра', 'Жибек Жолы', 'Zhibek Zholy', 'Karasay Batyr'];
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.nat(),
        fc.constantFrom('drop', 'swap', 'double'),
        (name, at, kind) => {
          const i = 1 + (at % (name.length - 2));
          if (name[i] === ' ' || name[i + 1] === ' ') return;
          const typo =
            kind === 'drop'
              ? name.slice(0, i) + name.slice(i + 1)
              : kind === 'swap'
                ? name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2)
                : name.slice(0, i) + name[i] + name.slice(i);
          const r = lookup(index, shards, `${typo} 7`);
          expect(['found', 'no-house'], typo).toContain(r.kind);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('computes edit distance with transpositions and a cut-off', () => {
    expect(distance('abai', 'abai', 2)).toBe(0);
    expect(distance('abai', 'abia', 2)).toBe(1);
    expect(distance('tole bi', 'toli bi', 1)).toBe(1);
    expect(distance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('point in polygon', () => {
  const square: Ring = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ];
  const hole: Ring = [
    [4, 4],
    [6, 4],
    [6, 6],
    [4, 6],
    [4, 4],
  ];
  const withHole: Geometry = { type: 'Polygon', coordinates: [square, hole] };

  it('inside, outside, on an edge and on a corner', () => {
    expect(ringPosition([5, 5], square)).toBe(1);
    expect(ringPosition([11, 5], square)).toBe(-1);
    expect(ringPosition([10, 5], square)).toBe(0);
    expect(ringPosition([0, 0], square)).toBe(0);
    expect(ringPosition([5, 10], square)).toBe(0);
    // A ray through a vertex is counted once.
    expect(ringPosition([-1, 10], square)).toBe(-1);
    expect(ringPosition([5, 0.0000001], square)).toBe(1);
  });

  it('holes and multipolygons', () => {
    expect(geometryContains(withHole, [5, 5])).toBe(false);
    expect(geometryContains(withHole, [2, 2])).toBe(true);
    expect(geometryContains(withHole, [4, 5])).toBe(true); // on the hole's edge
    const multi: Geometry = {
      type: 'MultiPolygon',
      coordinates: [[square], [square.map(([x, y]) => [x + 20, y] as [number, number])]],
    };
    expect(geometryContains(multi, [25, 5])).toBe(true);
    expect(geometryContains(multi, [15, 5])).toBe(false);
  });

  it('property: a shared edge belongs to both neighbours, and no point is in neither', () => {
    const left: Geometry = { type: 'Polygon', coordinates: [square] };
    const right: Geometry = {
      type: 'Polygon',
      coordinates: [square.map(([x, y]) => [x + 10, y] as [number, number])],
    };
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (x, y) => {
          const inLeft = geometryContains(left, [x, y]);
          const inRight = geometryContains(right, [x, y]);
          expect(inLeft || inRight).toBe(true);
          if (x === 10) expect(inLeft && inRight).toBe(true);
          if (x < 10) expect(inLeft).toBe(true);
          if (x > 10) expect(inRight).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('the name index and the district shards', () => {
  const need = (input: string) => shardsFor(index, input).sort();
  const only = (ids: string[]) => new Map(ids.map((id) => [id, shards.get(id)!]));

  it('keeps one shard per district, each with its areas and the ranges of its streets', () => {
    expect([...shards.keys()].sort()).toEqual(['almaly', 'bostandyk', 'medeu']);
    const almaly = shards.get('almaly')!;
    expect(almaly.d.map(([a]) => index.a[a])).toEqual(['almaly-01', 'almaly-02']);
    expect(almaly.n).toBe(index.h);
    // Абая runs through Almaly and Bostandyk: its ranges are split between the two shards.
    const abay = index.s.findIndex((s) => s[0] === 'пр. Абая');
    expect(almaly.r.find(([s]) => s === abay)![1]).toHaveLength(2);
    expect(shards.get('bostandyk')!.r.find(([s]) => s === abay)![1]).toHaveLength(1);
    expect(shards.get('medeu')!.r.some(([s]) => s === abay)).toBe(false);
  });

  it('names the shards of the areas along the streets an input may mean', () => {
    expect(need('пр. Абая 10')).toEqual(['almaly', 'bostandyk']);
    expect(need('Самал-2 5')).toEqual(['medeu']);
    expect(need('Толе би 7')).toEqual(['almaly']);
    // A corner: the shards along both streets.
    expect(need('угол Абая и Жибек Жолы')).toEqual(['almaly', 'bostandyk', 'medeu']);
    expect(need('')).toEqual([]);
    expect(need('Фурманова 5')).toEqual([]);
  });

  it('answers from the shards named, and refuses to guess without them', () => {
    expect(lookup(index, only(shardsFor(index, 'пр. Абая 10')), 'пр. Абая 10')).toMatchObject({
      kind: 'found',
      areas: [index.a.indexOf('almaly-02')],
    });
    expect(() => lookup(index, only(['bostandyk']), 'пр. Абая 10')).toThrow(/almaly/);
    // A street without a house needs no ranges, only the names.
    expect(lookup(index, new Map(), 'пр. Абая')).toMatchObject({ kind: 'street' });
  });

  it('refuses a shard of another build of the index', () => {
    const other = new Map([...shards].map(([id, s]) => [id, { ...s, n: 'another' }]));
    expect(() => lookup(index, other, 'Толе би 7')).toThrow(/not loaded/);
  });

  it('gives every area its details from its shard', () => {
    const rich = buildFinder(AREAS, 'en', (id) => ({
      title: `Area ${id}`,
      url: `/${id}`,
      officers: [],
    }));
    const loaded = new Map(rich.shards.map((s) => [s.id, s]));
    rich.names.a.forEach((id, a) =>
      expect(detailsOf(rich.names, loaded, a)).toEqual({
        title: `Area ${id}`,
        url: `/${id}`,
        officers: [],
      }),
    );
    expect(() => detailsOf(rich.names, new Map(), 0)).toThrow(/not loaded/);
  });

  it('property: the shards named always suffice, and match the whole index', () => {
    const typed = fc.oneof(
      fc.constantFrom(
        'пр. Абая',
        'Толе би',
        'Самал-2',
        'Жибек Жолы',
        'Карасай батыра',
        'abay',
        'tole',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        typed,
        fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
        (street, house) => {
          const input = house === undefined ? street : `${street} ${house}`;
          expect(lookup(index, only(shardsFor(index, input)), input)).toEqual(
            lookup(index, shards, input),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('distance', () => {
  /** Optimal string alignment over the whole matrix: what the banded one must agree with. */
  function full(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(
          d[i - 1]![j]! + 1,
          d[i]![j - 1]! + 1,
          d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    return d[a.length]![b.length]!;
  }

  it('property: within the band it is the full edit distance, above it more than max', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 14 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const exact = full(a, b);
        const banded = distance(a, b, max);
        if (exact <= max) expect(banded).toBe(exact);
        else expect(banded).toBeGreaterThan(max);
        // Against a prefix of b, as the start of a longer name is compared.
        const n = Math.floor(b.length / 2);
        const prefix = full(a, b.slice(0, n));
        if (prefix <= max) expect(distance(a, b, max, n)).toBe(prefix);
        else expect(distance(a, b, max, n)).toBeGreaterThan(max);
      }),
      { numRuns: 3000 },
    );
  });
});
