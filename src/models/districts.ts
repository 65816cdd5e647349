import { z } from 'astro/zod';
import { checkDistrictMap } from '../lib/area-geometry.ts';
import { OTHER_NAME_KINDS } from '../lib/finder/names.ts';
import { HOUSE_PARITIES } from '../lib/houses.ts';
import { localizedText, phone, slug, someLanguagesText } from './common.ts';

/** A [longitude, latitude] pair in WGS 84, as GeoJSON writes it. */
const position = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .describe('[longitude, latitude]');

/** A closed ring: at least four positions, the last equal to the first. */
const ring = z
  .array(position)
  .min(4, 'A polygon ring needs at least four positions.')
  .refine((r) => {
    const first = r[0];
    const last = r[r.length - 1];
    return !!first && !!last && first[0] === last[0] && first[1] === last[1];
  }, 'A polygon ring must end where it starts.');

const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
const multiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1)).min(1),
});
/** A boundary: a polygon or several, with closed rings (the CMS's map widget checks with it). */
export const geometrySchema = z.discriminatedUnion('type', [polygon, multiPolygon]);
const geometry = geometrySchema;

/** A street name's length in each language (the areas table checks with the same bounds). */
export const STREET_NAME_LENGTH = [2, 120] as const;

/** An area's id: its district's id and its number, "almaly-07" (src/lib/areas.ts). */
export { areaIdOf } from '../lib/areas.ts';

/** Another name of a street: a former one, or another spelling people use. */
const otherNameSchema = z.object({
  name: someLanguagesText(2, 120).describe(
    'The name with its type, in the languages where it exists: "пр. Ленина", "Ленин даңғылы", "Lenin Ave".',
  ),
  kind: z
    .enum(OTHER_NAME_KINDS, { message: 'Choose former (a name it had) or spelling.' })
    .default('former')
    .describe('A name the street had before (former), or another way of writing it (spelling).'),
});
export type OtherName = z.infer<typeof otherNameSchema>;

/** A street (or part of one) inside an inspector area. */
export const streetRangeSchema = z
  .object({
    name: localizedText(...STREET_NAME_LENGTH).describe(
      'Street name as written in each language, with its type: "ул. Толе би", "Төле би көшесі", "Tole Bi St".',
    ),
    otherNames: z
      .array(otherNameSchema)
      .max(10, 'List at most 10 other names.')
      .default([])
      .describe('Former names and other spellings residents still use; the finder knows them.'),
    houses: z
      .enum(HOUSE_PARITIES, { message: 'Choose which houses: all, odd or even.' })
      .default('all')
      .describe('All houses, or only the odd or the even side.'),
    from: z.number().int().min(1).optional().describe('First house number served (inclusive).'),
    to: z.number().int().min(1).optional().describe('Last house number served (inclusive).'),
  })
  .refine((s) => s.from === undefined || s.to === undefined || s.from <= s.to, {
    message: 'The first house number must not be greater than the last.',
    path: ['to'],
  });
export type StreetRange = z.infer<typeof streetRangeSchema>;

const areaProperties = z.object({
  kind: z.literal('area'),
  id: slug.describe('Area id, the district id and a number: "almaly-07".'),
  number: z.number().int().min(1).max(999).describe('Area number within the district.'),
  streets: z.array(streetRangeSchema).min(1, 'List the streets the area serves.'),
});
export type AreaProperties = z.infer<typeof areaProperties>;

/** A feature is either the district boundary or one inspector area. */
const feature = z.object({
  type: z.literal('Feature'),
  properties: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('district') }),
    areaProperties,
  ]),
  geometry,
});

/**
 * A city district: one GeoJSON FeatureCollection per district in content/districts/<id>.geojson.
 * The file name is the district id. District facts are members of the collection; its features
 * are the district boundary (`kind: district`) and the inspector areas (`kind: area`).
 */
export const districtSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    name: localizedText(2, 80).describe('District name in each language.'),
    order: z.number().int().min(0).max(99).default(0).describe('Position in lists.'),
    department: z
      .object({
        name: localizedText(5, 200).describe('Name of the district police department.'),
        address: localizedText(5, 200).describe('Street address of the department.'),
        phone: phone.describe('Duty phone of the department.'),
      })
      .describe('The district police department (УП района).'),
    features: z
      .array(feature)
      .min(2, 'Give the district boundary and at least one inspector area.')
      .describe('The district boundary and the inspector areas.'),
  })
  .superRefine((d, ctx) => {
    const boundaries = d.features.filter((f) => f.properties.kind === 'district');
    if (boundaries.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['features'],
        message: `Give exactly one feature with kind "district" (found ${boundaries.length}).`,
      });
    }
    const seen = new Set<string>();
    d.features.forEach((f, i) => {
      if (f.properties.kind !== 'area') return;
      const id = f.properties.id;
      if (seen.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['features', i, 'properties', 'id'],
          message: `The area id "${id}" is used twice.`,
        });
      }
      seen.add(id);
    });
    // The map is checked once every feature has one boundary and closed rings.
    if (boundaries.length !== 1 || !d.features.every((f) => hasClosedRings(f.geometry))) return;
    const boundary = d.features.indexOf(boundaries[0]!);
    const areas = d.features.flatMap((f, i) =>
      f.properties.kind === 'area' ? [{ id: f.properties.id, geometry: f.geometry, i }] : [],
    );
    for (const problem of checkDistrictMap(boundaries[0]!.geometry, areas)) {
      const at = (id: string | undefined) =>
        id === undefined ? boundary : areas.find((a) => a.id === id)!.i;
      const m2 = (n: number) => `${Math.round(n).toLocaleString('en')} m²`;
      const [path, message] =
        problem.kind === 'crossing'
          ? [
              at(problem.area),
              `${problem.area ? `The boundary of area ${problem.area}` : 'The district boundary'} crosses itself near ${latLon(problem.at)}: move a point so that its edges do not cross.`,
            ]
          : problem.kind === 'outside'
            ? [
                at(problem.area),
                `Area ${problem.area} reaches about ${m2(problem.m2)} outside the district boundary.`,
              ]
            : problem.kind === 'overlap'
              ? [
                  at(problem.areas[1]),
                  `Areas ${problem.areas[0]} and ${problem.areas[1]} overlap by about ${m2(problem.m2)}.`,
                ]
              : [
                  boundary,
                  `About ${m2(problem.m2)} of the district, near ${latLon(problem.near)}, is in no area.`,
                ];
      ctx.addIssue({ code: 'custom', path: ['features', path, 'geometry'], message });
    }
  });

function hasClosedRings(shape: DistrictData['features'][number]['geometry']): boolean {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  return polygons.flat().every((r: unknown) => ring.safeParse(r).success);
}

/** "43.25123, 76.94567": latitude first, as maps show a place. */
const latLon = ([lon, lat]: [number, number]) => `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
export type DistrictData = z.infer<typeof districtSchema>;
