/**
 * Geometry for the finder and the maps: which area a point lies in (the browser's position),
 * and the projection of the districts onto a flat SVG.
 */
export type Position = [number, number]; // [longitude, latitude], as GeoJSON writes it
export type Ring = Position[];
export type Geometry =
  { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

const EPSILON = 1e-12;

/** Whether `p` lies on the segment a–b. */
function onSegment(p: Position, a: Position, b: Position): boolean {
  const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
  if (Math.abs(cross) > EPSILON) return false;
  return (
    Math.min(a[0], b[0]) - EPSILON <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) + EPSILON &&
    Math.min(a[1], b[1]) - EPSILON <= p[1] &&
    p[1] <= Math.max(a[1], b[1]) + EPSILON
  );
}

/** -1 outside, 0 on the boundary, 1 inside (ray casting). */
export function ringPosition(p: Position, ring: Ring): -1 | 0 | 1 {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (onSegment(p, a, b)) return 0;
    if (a[1] > p[1] !== b[1] > p[1]) {
      const x = ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0];
      if (p[0] < x) inside = !inside;
    }
  }
  return inside ? 1 : -1;
}

/**
 * Whether the polygon (outer ring, then holes) contains `p`. A point on the outer boundary
 * counts as inside (two neighbouring areas may both claim a point on their shared edge; the
 * caller then shows both); a point on a hole's boundary too.
 */
function polygonContains(p: Position, rings: Ring[]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || ringPosition(p, outer) === -1) return false;
  return holes.every((hole) => ringPosition(p, hole) !== 1);
}

export function geometryContains(geometry: Geometry, p: Position): boolean {
  return geometry.type === 'Polygon'
    ? polygonContains(p, geometry.coordinates)
    : geometry.coordinates.some((polygon) => polygonContains(p, polygon));
}

/** The bounding box [minLon, minLat, maxLon, maxLat] of some geometries. */
export function bounds(geometries: readonly Geometry[]): [number, number, number, number] {
  let b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const polygon of polygons)
      for (const ring of polygon)
        for (const [x, y] of ring)
          b = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
  }
  return b;
}

/**
 * A projection of lon/lat into an SVG `width` wide: equirectangular, scaled by the cosine of
 * the middle latitude (true enough for one city), north up.
 */
export function projection(box: [number, number, number, number], width: number) {
  const [minX, minY, maxX, maxY] = box;
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scale = width / ((maxX - minX) * k || 1);
  const height = Math.round((maxY - minY) * scale);
  const project = ([x, y]: Position): [number, number] => [
    Math.round((x - minX) * k * scale * 10) / 10,
    Math.round((maxY - y) * scale * 10) / 10,
  ];
  /** The lon/lat of a point of the drawing (a tap on the map). */
  const unproject = ([px, py]: [number, number]): Position => [
    minX + px / (k * scale),
    maxY - py / scale,
  ];
  const path = (g: Geometry) =>
    (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      .flatMap((polygon) =>
        polygon.map(
          (ring) =>
            'M' +
            ring
              .slice(0, -1)
              .map((p) => project(p).join(' '))
              .join('L') +
            'Z',
        ),
      )
      .join('');
  return { width, height, project, unproject, path };
}
