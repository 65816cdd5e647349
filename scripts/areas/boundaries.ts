/**
 * Boundaries from a GIS into the districts' files: a GeoJSON FeatureCollection as QGIS or an
 * OpenStreetMap export writes it, one feature per polygon, telling whose boundary it is by its
 * properties: `district` (the district's id) and `area` (the area's number; left out, or
 * `kind: "district"`, for the district's own boundary), or `id` ("almaly-07"). A boundary
 * replaces the one in the file; an area number the file does not have yet becomes a new area,
 * whose streets must then come from the table. Heights (a third coordinate) are dropped and
 * positions rounded to 6 decimals (about 10 cm).
 */
import type { Geometry, Position } from '../../src/lib/finder/geo.ts';
import type { AreasContent, DistrictFile } from './content.ts';
import type { Problem } from './layout.ts';

interface Feature {
  properties: { kind: string; id?: string; number?: number; streets?: unknown[] };
  geometry: Geometry;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
const position = (p: unknown): Position => {
  const [lon, lat] = p as [number, number];
  return [round(lon), round(lat)];
};

/** The geometry with 2D rounded positions, or undefined when it is not a polygon. */
function cleanGeometry(geometry: unknown): Geometry | undefined {
  const g = geometry as { type?: string; coordinates?: unknown };
  if (g?.type === 'Polygon' && Array.isArray(g.coordinates))
    return {
      type: 'Polygon',
      coordinates: (g.coordinates as unknown[][]).map((ring) => ring.map(position)),
    };
  if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates))
    return {
      type: 'MultiPolygon',
      coordinates: (g.coordinates as unknown[][][]).map((poly) =>
        poly.map((ring) => ring.map(position)),
      ),
    };
  return undefined;
}

export interface BoundariesResult {
  content: AreasContent;
  /** The districts whose boundaries changed. */
  changed: string[];
  problems: Problem[];
}

export function applyBoundaries(content: AreasContent, file: unknown): BoundariesResult {
  const problems: Problem[] = [];
  const problem = (n: number, ru: string, en: string): void => {
    problems.push({ ru: `Границы, объект № ${n}: ${ru}`, en: `Boundaries, feature ${n}: ${en}` });
  };
  const features = (file as { type?: string; features?: unknown[] })?.features;
  if ((file as { type?: string })?.type !== 'FeatureCollection' || !Array.isArray(features))
    return {
      content,
      changed: [],
      problems: [
        {
          ru: 'файл границ — не GeoJSON FeatureCollection.',
          en: 'the boundaries file is not a GeoJSON FeatureCollection.',
        },
      ],
    };

  const districts = new Map(
    content.districts.map((d): [string, DistrictFile] => [
      d.id,
      { ...d, json: structuredClone(d.json) },
    ]),
  );
  const changed = new Set<string>();
  features.forEach((raw, i) => {
    const n = i + 1;
    const { properties = {}, geometry } = raw as {
      properties?: Record<string, unknown>;
      geometry?: unknown;
    };
    const id = typeof properties['id'] === 'string' ? properties['id'] : undefined;
    const districtId = String(properties['district'] ?? id?.replace(/-\d+$/, '') ?? '');
    const areaValue = properties['area'] ?? (id ? Number(/-(\d+)$/.exec(id)?.[1]) : undefined);
    const isBoundary =
      properties['kind'] === 'district' || areaValue === undefined || areaValue === '';
    const number = isBoundary ? undefined : Number(areaValue);
    const shape = cleanGeometry(geometry);
    const district = districts.get(districtId);
    if (!district)
      return problem(
        n,
        `нет района «${districtId}» (свойство district).`,
        `no district "${districtId}" (property district).`,
      );
    if (!shape)
      return problem(
        n,
        'геометрия должна быть Polygon или MultiPolygon.',
        'the geometry must be a Polygon or MultiPolygon.',
      );
    if (number !== undefined && !(Number.isInteger(number) && number >= 1 && number <= 999))
      return problem(
        n,
        `номер участка «${String(areaValue)}» — не целое число от 1 до 999.`,
        `area number "${String(areaValue)}" is not a whole number from 1 to 999.`,
      );
    const list = (district.json as { features: Feature[] }).features;
    const target = list.find((f) =>
      number === undefined ? f.properties.kind === 'district' : f.properties.number === number,
    );
    if (target) target.geometry = shape;
    else if (number !== undefined)
      list.push({
        type: 'Feature',
        properties: {
          kind: 'area',
          id: `${district.id}-${String(number).padStart(2, '0')}`,
          number,
          streets: [],
        },
        geometry: shape,
      } as Feature);
    changed.add(district.id);
  });
  // The parsed data follows the new files (a new area has no streets until the table's rows).
  const updated = [...districts.values()].map((d) =>
    changed.has(d.id) ? { ...d, data: d.json as unknown as DistrictFile['data'] } : d,
  );
  return { content: { ...content, districts: updated }, changed: [...changed], problems };
}
