/**
 * The rules a district's map must keep (docs/finder.md, "Boundaries"): no boundary crosses
 * itself, every area lies inside its district, no two areas overlap, and every bit of the
 * district is in some area. Drawn by hand or in a GIS, shared edges never match exactly, so
 * overlaps, gaps and overhangs are measured and only those above a small tolerance count.
 *
 * Positions are projected onto a flat plane in metres around the district (equirectangular:
 * exact enough over a district's ten kilometres), and the polygons are clipped with
 * polyclip-ts, the clipping library that Turf uses.
 */
import { difference, intersection, union, type Geom } from 'polyclip-ts';
import type { Geometry, Position, Ring } from './finder/geo.ts';

/** Positions to 6 decimals (about 10 cm) and two dimensions, as the content files keep them. */
export function roundGeometry(geometry: Geometry): Geometry {
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  const ring = (positions: readonly Position[]) =>
    positions.map(([lon, lat]): Position => [round(lon), round(lat)]);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}

/** Below this, an overlap, gap or overhang is taken for a drawing inaccuracy: 200 m². */
export const GAP_TOLERANCE_M2 = 200;
/**
 * … or, on long boundaries, a strip this wide along the smaller polygon's whole boundary: the
 * size of edges that do not quite meet, which grows with their length, not with the area.
 */
export const GAP_TOLERANCE_WIDTH_M = 0.25;

const METRES_PER_DEGREE = 111_320;

type Flat = [number, number][][][];

/** A flat plane in metres around `origin`, and the way back to [longitude, latitude]. */
function plane(origin: Position) {
  const scale = Math.cos((origin[1] * Math.PI) / 180);
  return {
    flatten(geometry: Geometry): Flat {
      const project = ([lon, lat]: Position): [number, number] => [
        (lon - origin[0]) * METRES_PER_DEGREE * scale,
        (lat - origin[1]) * METRES_PER_DEGREE,
      ];
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      return polygons.map((polygon) => polygon.map((ring) => ring.map(project)));
    },
    position([x, y]: [number, number]): Position {
      return [origin[0] + x / (METRES_PER_DEGREE * scale), origin[1] + y / METRES_PER_DEGREE];
    },
  };
}

const ringArea = (ring: [number, number][]) => {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    twice += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return Math.abs(twice) / 2;
};
/** The area of flat polygons in m² (outer rings less their holes). */
const areaOf = (polygons: Flat) =>
  polygons.reduce(
    (sum, [outer, ...holes]) =>
      sum + ringArea(outer ?? []) - holes.reduce((h, ring) => h + ringArea(ring), 0),
    0,
  );

/** The first point where a ring crosses itself, or undefined. */
export function selfCrossing(ring: Ring): Position | undefined {
  const n = ring.length - 1; // closed: the last position repeats the first
  const cross = (o: Position, a: Position, b: Position) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  for (let i = 0; i < n; i++)
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // neighbours through the closing position
      const [a, b, c, d] = [ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!];
      const d1 = cross(c, d, a);
      const d2 = cross(c, d, b);
      const d3 = cross(a, b, c);
      const d4 = cross(a, b, d);
      if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
        return [a[0] + ((b[0] - a[0]) * d1) / (d1 - d2), a[1] + ((b[1] - a[1]) * d1) / (d1 - d2)];
    }
  return undefined;
}

export interface MapArea {
  id: string;
  geometry: Geometry;
}

export type MapProblem =
  | { kind: 'crossing'; area: string | undefined; at: Position }
  | { kind: 'outside'; area: string; m2: number }
  | { kind: 'overlap'; areas: [string, string]; m2: number }
  /** `near`: a corner of the largest part that no area covers. */
  | { kind: 'uncovered'; m2: number; near: Position };

const ringLength = (ring: [number, number][]) =>
  ring.reduce(
    (sum, [x, y], i) => (i ? sum + Math.hypot(x - ring[i - 1]![0], y - ring[i - 1]![1]) : 0),
    0,
  );
/** The length of flat polygons' boundaries in metres (holes included). */
const perimeterOf = (polygons: Flat) => polygons.flat().reduce((sum, r) => sum + ringLength(r), 0);

const tolerance = (...polygons: Flat[]) =>
  Math.max(GAP_TOLERANCE_M2, GAP_TOLERANCE_WIDTH_M * Math.min(...polygons.map(perimeterOf)));

/** What is wrong with a district's map: its boundary and its areas. */
export function checkDistrictMap(boundary: Geometry, areas: readonly MapArea[]): MapProblem[] {
  const rings = (g: Geometry) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
  const crossings: MapProblem[] = [
    { area: undefined, geometry: boundary },
    ...areas.map((a) => ({ area: a.id, geometry: a.geometry })),
  ].flatMap(({ area, geometry }) =>
    rings(geometry).flatMap((ring) => {
      const at = selfCrossing(ring);
      return at ? [{ kind: 'crossing' as const, area, at }] : [];
    }),
  );
  // Clipping needs simple rings: the other checks wait until the crossings are fixed.
  if (crossings.length) return crossings;

  const flat0 = plane(rings(boundary)[0]![0]!);
  const district = flat0.flatten(boundary) as Geom;
  const flat = areas.map((a) => ({ id: a.id, polygons: flat0.flatten(a.geometry) }));
  const problems: MapProblem[] = [];
  for (const area of flat) {
    const outside = areaOf(difference(area.polygons as Geom, district));
    if (outside > tolerance(area.polygons))
      problems.push({ kind: 'outside', area: area.id, m2: outside });
  }
  flat.forEach((a, i) => {
    for (const b of flat.slice(i + 1)) {
      const shared = areaOf(intersection(a.polygons as Geom, b.polygons as Geom));
      if (shared > tolerance(a.polygons, b.polygons))
        problems.push({ kind: 'overlap', areas: [a.id, b.id], m2: shared });
    }
  });
  if (flat.length) {
    const covered = union(...(flat.map((a) => a.polygons) as [Geom, ...Geom[]]));
    const gaps = difference(district, covered);
    const uncovered = areaOf(gaps);
    if (uncovered > tolerance(...flat.map((a) => a.polygons))) {
      const largest = gaps.reduce((a, b) => (areaOf([a]) >= areaOf([b]) ? a : b));
      problems.push({ kind: 'uncovered', m2: uncovered, near: flat0.position(largest[0]![0]!) });
    }
  }
  return problems;
}
