/**
 * Inspector areas as the appeals see them: an area's id is its district's id and its number,
 * "almaly-07" (the districts' GeoJSON, src/models/districts.ts, gives each area one), and a point
 * a resident marks must lie in the city (docs/domain.md, "Districts").
 */
import { SLUG_PATTERN } from './routes.ts';

/** An area's id: its district's id and its number, "almaly-07". */
export const areaIdOf = (district: string, number: number) =>
  `${district}-${String(number).padStart(2, '0')}`;

const AREA_ID = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{2,3})$/;

/** The district and number of an area id; undefined for anything that is not one. */
export function splitAreaId(id: string): { district: string; number: number } | undefined {
  const match = AREA_ID.exec(id);
  if (!match || !SLUG_PATTERN.test(id)) return undefined;
  const number = Number(match[2]);
  return number >= 1 ? { district: match[1]!, number } : undefined;
}

export const isAreaId = (value: unknown): value is string =>
  typeof value === 'string' && splitAreaId(value) !== undefined;

/**
 * The box a marked point must fall in: Almaty with its outskirts (the city lies between about
 * 43.05° and 43.40° N, 76.70° and 77.15° E; the box leaves a margin for the new districts).
 */
export const CITY_BOX = { south: 42.95, north: 43.5, west: 76.55, east: 77.3 } as const;

export const inCity = (latitude: number, longitude: number) =>
  latitude >= CITY_BOX.south &&
  latitude <= CITY_BOX.north &&
  longitude >= CITY_BOX.west &&
  longitude <= CITY_BOX.east;
