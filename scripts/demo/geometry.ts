/**
 * The geometry of the demo districts: a district is a rectangle cut into a grid of six inspector
 * areas. Coordinates are computed in integer units of 1e-5 degree, so that the edge two areas
 * share is written with the very same numbers on both sides.
 */
import type { Rng } from './rng.ts';

export const AREAS_PER_DISTRICT = 6;
/** Integer units per degree. */
export const UNIT = 1e5;

/** [west, south, east, north]: in degrees for a district's bbox, in integer units for a cell. */
export type Box = [number, number, number, number];
export type Position = [number, number];
export interface Cell {
  /** 1-based, row by row from the north-west. */
  number: number;
  row: number;
  col: number;
  /** [west, south, east, north] in integer units. */
  box: Box;
}

/** A box in degrees as a box in integer units. */
export const toUnits = (bbox: Box): Box => bbox.map((v) => Math.round(v * UNIT)) as Box;

/** A GeoJSON ring of a box given in integer units. */
export function rectRing([w, s, e, n]: Box): Position[] {
  const p = (x: number, y: number): Position => [x / UNIT, y / UNIT];
  // Counter-clockwise exterior ring, closed (RFC 7946).
  return [p(w, s), p(e, s), p(e, n), p(w, n), p(w, s)];
}

/**
 * Splits a district's rectangle (in degrees) into a grid of 6 cells, 3×2 when it is wider than
 * high and 2×3 otherwise: rows share cuts, columns jitter per row.
 */
export function gridCells(bbox: Box, rng: Rng): { cols: number; rows: number; cells: Cell[] } {
  const [w, s, e, n] = toUnits(bbox);
  const wide = (e - w) * 81 >= (n - s) * 111; // km per degree at Almaty's latitude
  const cols = wide ? 3 : 2;
  const rows = AREAS_PER_DISTRICT / cols;
  const cells: Cell[] = [];
  for (let r = 0; r < rows; r++) {
    const top = n - Math.round(((n - s) * r) / rows);
    const bottom = n - Math.round(((n - s) * (r + 1)) / rows);
    const xs = [w];
    for (let c = 1; c < cols; c++)
      xs.push(w + Math.round(((e - w) * (c + (rng() - 0.5) * 0.3)) / cols));
    xs.push(e);
    for (let c = 0; c < cols; c++) {
      cells.push({
        number: r * cols + c + 1,
        row: r,
        col: c,
        box: [xs[c] as number, bottom, xs[c + 1] as number, top],
      });
    }
  }
  return { cols, rows, cells };
}

/**
 * Fails unless the cells lie inside the district (`bbox` in degrees), are not empty, do not
 * overlap and cover it exactly.
 */
export function checkTiling(id: string, bbox: Box, cells: Cell[]) {
  const [w, s, e, n] = toUnits(bbox);
  const area = (b: Box) => (b[2] - b[0]) * (b[3] - b[1]);
  let sum = 0;
  for (const c of cells) {
    const [cw, cs, ce, cn] = c.box;
    if (cw < w || ce > e || cs < s || cn > n || cw >= ce || cs >= cn) {
      throw new Error(`${id}: area ${c.number} lies outside the district or is empty`);
    }
    sum += area(c.box);
    for (const o of cells) {
      if (o === c) continue;
      const ix = Math.min(ce, o.box[2]) - Math.max(cw, o.box[0]);
      const iy = Math.min(cn, o.box[3]) - Math.max(cs, o.box[1]);
      if (ix > 0 && iy > 0) throw new Error(`${id}: areas ${c.number} and ${o.number} overlap`);
    }
  }
  if (sum !== area([w, s, e, n]))
    throw new Error(`${id}: the areas do not cover the district exactly`);
}

/**
 * Pairs of neighbouring cells (indexes into the cells of `gridCells`), one police point each:
 * north/south neighbours in a 3×2 grid, east/west neighbours in a 2×3 grid.
 */
export function neighbourPairs(cols: number, rows: number): [number, number][] {
  const pairs: [number, number][] = [];
  if (rows === 2) for (let c = 0; c < cols; c++) pairs.push([c, cols + c]);
  else for (let r = 0; r < rows; r++) pairs.push([r * 2, r * 2 + 1]);
  return pairs;
}
