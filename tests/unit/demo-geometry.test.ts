/**
 * The demo generator's geometry (scripts/demo/geometry.ts): a district's grid of six areas lies
 * inside it, does not overlap, covers it exactly and writes each shared edge with the very same
 * numbers on both sides; the tiling check refuses any broken tiling.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../../scripts/demo/districts.ts';
import {
  type Box,
  type Cell,
  checkTiling,
  gridCells,
  neighbourPairs,
  rectRing,
  toUnits,
  UNIT,
} from '../../scripts/demo/geometry.ts';
import { makeRng } from '../../scripts/demo/rng.ts';

const area = ([w, s, e, n]: Box) => (e - w) * (n - s);
/** The length of the edge two boxes share (0 when they only meet at a corner or not at all). */
function sharedEdge(a: Box, b: Box): number {
  const ix = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const iy = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  if (ix === 0 && iy > 0) return iy;
  if (iy === 0 && ix > 0) return ix;
  return 0;
}

/** A district's box in degrees, on the integer grid of units, big enough to hold six cells. */
const districtBox = fc
  .record({
    w: fc.integer({ min: -18_000_000, max: 17_000_000 }),
    s: fc.integer({ min: -9_000_000, max: 8_000_000 }),
    width: fc.integer({ min: 60, max: 50_000 }),
    height: fc.integer({ min: 6, max: 50_000 }),
  })
  .map(({ w, s, width, height }): Box => [w, s, w + width, s + height].map((v) => v / UNIT) as Box);

const grid = fc.record({ bbox: districtBox, seed: fc.string() }).map(({ bbox, seed }) => ({
  bbox,
  ...gridCells(bbox, makeRng(seed, 'districts')),
}));

/** The real districts, each cut with the default seed's stream. */
const realGrids = () => {
  const rng = makeRng('1', 'districts');
  return DISTRICTS.map((d) => ({ id: d.id, bbox: d.bbox, ...gridCells(d.bbox, rng) }));
};

describe('gridCells', () => {
  it('cuts a district into six cells numbered row by row, 3×2 when wide and 2×3 when tall', () => {
    fc.assert(
      fc.property(grid, ({ bbox, cols, rows, cells }) => {
        const [w, s, e, n] = toUnits(bbox);
        expect(cols * rows).toBe(6);
        expect(cols).toBe((e - w) * 81 >= (n - s) * 111 ? 3 : 2);
        expect(cells.map((c) => [c.number, c.row, c.col])).toEqual(
          cells.map((_, i) => [i + 1, Math.floor(i / cols), i % cols]),
        );
      }),
    );
  });

  it('tiles the district exactly: inside, not empty, no overlap, full cover', () => {
    fc.assert(
      fc.property(grid, ({ bbox, cells }) => {
        const [w, s, e, n] = toUnits(bbox);
        for (const { box } of cells) {
          expect(box[0]).toBeGreaterThanOrEqual(w);
          expect(box[1]).toBeGreaterThanOrEqual(s);
          expect(box[2]).toBeLessThanOrEqual(e);
          expect(box[3]).toBeLessThanOrEqual(n);
          expect(box[0]).toBeLessThan(box[2]);
          expect(box[1]).toBeLessThan(box[3]);
          for (const { box: other } of cells) {
            if (other === box) continue;
            const ix = Math.min(box[2], other[2]) - Math.max(box[0], other[0]);
            const iy = Math.min(box[3], other[3]) - Math.max(box[1], other[1]);
            expect(ix > 0 && iy > 0).toBe(false);
          }
        }
        expect(cells.reduce((sum, c) => sum + area(c.box), 0)).toBe(area([w, s, e, n]));
        expect(() => checkTiling('x', bbox, cells)).not.toThrow();
      }),
    );
  });

  it('writes a shared edge with the same coordinates on both sides, and the outline as the district', () => {
    fc.assert(
      fc.property(grid, ({ bbox, cols, cells }) => {
        const xs = (c: Cell) => new Set(rectRing(c.box).map((p) => p[0]));
        const ys = (c: Cell) => new Set(rectRing(c.box).map((p) => p[1]));
        const outline = rectRing(toUnits(bbox));
        const [west, south, east, north] = [
          outline[0]![0],
          outline[0]![1],
          outline[2]![0],
          outline[2]![1],
        ];
        for (const c of cells) {
          const [w, s, e, n] = rectRing(c.box).flatMap((p, i) => (i === 0 || i === 2 ? p : []));
          // Along a row: the east edge of a cell is the west edge of the next one.
          const next = cells.find((o) => o.row === c.row && o.col === c.col + 1);
          if (next) expect(xs(next)).toContain(e);
          else expect(e).toBe(east);
          if (c.col === 0) expect(w).toBe(west);
          // Across rows: every cell of a row has the same top and bottom, the next row's top.
          for (const o of cells.filter((o) => o.row === c.row)) expect(ys(o)).toEqual(ys(c));
          const below = cells[(c.row + 1) * cols];
          if (below) expect(ys(below)).toContain(s);
          else expect(s).toBe(south);
          if (c.row === 0) expect(n).toBe(north);
        }
      }),
    );
  });

  it('tiles each real district', () => {
    for (const { id, bbox, cells } of realGrids()) {
      expect(cells, id).toHaveLength(6);
      expect(() => checkTiling(id, bbox, cells)).not.toThrow();
    }
  });
});

describe('rectRing', () => {
  it('is a closed counter-clockwise ring of the box in degrees', () => {
    const ring = rectRing([7_680_000, 4_326_000, 7_687_000, 4_332_000]);
    expect(ring).toEqual([
      [76.8, 43.26],
      [76.87, 43.26],
      [76.87, 43.32],
      [76.8, 43.32],
      [76.8, 43.26],
    ]);
    const signedArea = ring
      .slice(1)
      .reduce((sum, [x, y], i) => sum + ring[i]![0] * y - x * ring[i]![1], 0);
    expect(signedArea).toBeGreaterThan(0);
  });
});

describe('checkTiling', () => {
  // A 100×100 district (in units) cut into a 2×2 grid.
  const bbox = [0, 0, 100, 100].map((v) => v / UNIT) as Box;
  const cell = (number: number, box: Box): Cell => ({ number, row: 0, col: 0, box });
  const tiles = () => [
    cell(1, [0, 50, 40, 100]),
    cell(2, [40, 50, 100, 100]),
    cell(3, [0, 0, 70, 50]),
    cell(4, [70, 0, 100, 50]),
  ];

  it('accepts a tiling', () => {
    expect(() => checkTiling('d', bbox, tiles())).not.toThrow();
  });

  it.each([
    [
      'a cell outside the district',
      2,
      [40, 50, 101, 100],
      /d: area 2 lies outside the district or is empty/,
    ],
    ['an empty cell', 4, [70, 0, 70, 50], /d: area 4 lies outside the district or is empty/],
    ['overlapping cells', 3, [0, 0, 71, 50], /d: areas 3 and 4 overlap/],
    ['a gap', 1, [0, 50, 39, 100], /d: the areas do not cover the district exactly/],
  ] as const)('refuses %s', (_, number, box, message) => {
    const cells = tiles().map((c) => (c.number === number ? cell(number, [...box]) : c));
    expect(() => checkTiling('d', bbox, cells)).toThrow(message);
  });

  it('refuses a missing cell', () => {
    expect(() => checkTiling('d', bbox, tiles().slice(1))).toThrow(/do not cover/);
  });

  it('refuses any grid with one coordinate of one cell moved', () => {
    fc.assert(
      fc.property(
        grid,
        fc.nat(5),
        fc.nat(3),
        fc.integer({ min: -3, max: 3 }).filter((d) => d !== 0),
        ({ bbox, cells }, which, side, delta) => {
          const moved = cells.map((c, i) => {
            if (i !== which) return c;
            const box = [...c.box] as Box;
            box[side] = (box[side] as number) + delta;
            return { ...c, box };
          });
          expect(() => checkTiling('d', bbox, moved)).toThrow();
        },
      ),
    );
  });
});

describe('neighbourPairs', () => {
  it('pairs every cell once with a neighbour it shares an edge with', () => {
    fc.assert(
      fc.property(grid, ({ cols, rows, cells }) => {
        const pairs = neighbourPairs(cols, rows);
        expect(pairs.flat().sort()).toEqual([0, 1, 2, 3, 4, 5]);
        for (const [a, b] of pairs) {
          expect(sharedEdge(cells[a]!.box, cells[b]!.box)).toBeGreaterThan(0);
        }
      }),
    );
  });
});
