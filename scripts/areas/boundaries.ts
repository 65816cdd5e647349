/**
 * Boundaries from a GIS into the districts' files: a GeoJSON FeatureCollection as QGIS or an
 * OpenStreetMap export writes it, one feature per polygon, telling whose boundary it is by its
 * properties: `district` (the district's id) and `area` (the area's number), or `id`
 * ("almaly-07"); the district's own boundary has `kind: "district"`. Two boundaries for one
 * area are refused. A boundary replaces the one in the file; an area number the file does not
 * have yet becomes a new area, whose streets must then come from the table. Heights (a third
 * coordinate) are dropped and positions rounded to 6 decimals (about 10 cm), as the map
 * widget writes them.
 */
import { roundGeometry } from '../../src/lib/area-geometry.ts';
import type { Geometry } from '../../src/lib/finder/geo.ts';
import {
  areaIdOf,
  districtSchema,
  geometrySchema,
  streetRangeSchema,
} from '../../src/models/districts.ts';
import type { AreasContent, DistrictFile } from './content.ts';
import type { Problem } from './layout.ts';

interface Feature {
  properties: { kind: string; id?: string; number?: number; streets?: unknown[] };
  geometry: Geometry;
}

/** The geometry in two dimensions, rounded, or undefined when it is not a polygon. */
function cleanGeometry(geometry: unknown): Geometry | undefined {
  const twoD = (c: unknown): unknown =>
    Array.isArray(c) ? (typeof c[0] === 'number' ? c.slice(0, 2) : c.map(twoD)) : c;
  const g = geometry as { coordinates?: unknown } | null;
  const parsed = geometrySchema.safeParse(g && { ...g, coordinates: twoD(g.coordinates) });
  return parsed.success ? roundGeometry(parsed.data as Geometry) : undefined;
}

/** The district as the model would read it, each street range with the model's defaults. */
function withDefaults(json: Record<string, unknown>): DistrictFile['data'] {
  const data = structuredClone(json) as { features: Feature[] };
  for (const f of data.features)
    f.properties.streets = (f.properties.streets ?? []).map(
      (r) => streetRangeSchema.safeParse(r).data ?? r,
    );
  return data as unknown as DistrictFile['data'];
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
  const seen = new Map<string, number>();
  features.forEach((raw, i) => {
    const n = i + 1;
    const { properties = {}, geometry } = raw as {
      properties?: Record<string, unknown>;
      geometry?: unknown;
    };
    // Whose boundary: `district` and `area`, or `id` ("almaly-07"); the district's own
    // boundary only when said so (`kind: "district"`), never by a missing number.
    const id = typeof properties['id'] === 'string' ? properties['id'] : undefined;
    const fromId = id ? /^(.+)-(\d+)$/.exec(id) : null;
    const districtId = String(properties['district'] ?? fromId?.[1] ?? '');
    const isBoundary = properties['kind'] === 'district';
    const areaValue = properties['area'] ?? fromId?.[2];
    const number = isBoundary ? undefined : Number(areaValue ?? NaN);
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
        `номер участка «${String(areaValue ?? '')}» — не целое число от 1 до 999 (для границы района укажите kind: "district").`,
        `area number "${String(areaValue ?? '')}" is not a whole number from 1 to 999 (for the district's own boundary, give kind: "district").`,
      );
    const key = `${districtId}/${number ?? 'district'}`;
    if (seen.has(key))
      return problem(
        n,
        `вторая граница для ${number === undefined ? `района ${districtId}` : areaIdOf(districtId, number)} (первая — объект № ${seen.get(key)}).`,
        `a second boundary for ${number === undefined ? `district ${districtId}` : areaIdOf(districtId, number)} (the first is feature ${seen.get(key)}).`,
      );
    seen.set(key, n);
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
          id: areaIdOf(district.id, number),
          number,
          streets: [],
        },
        geometry: shape,
      } as Feature);
    changed.add(district.id);
  });
  // The parsed data follows the new files, with the model's defaults; a new area has no
  // streets until the table's rows, which the model refuses, so it is read as it stands.
  const updated = [...districts.values()].map((d) => {
    if (!changed.has(d.id)) return d;
    const parsed = districtSchema.safeParse(d.json);
    return { ...d, data: parsed.success ? parsed.data : withDefaults(d.json) };
  });
  return { content: { ...content, districts: updated }, changed: [...changed], problems };
}
