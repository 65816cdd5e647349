/**
 * The district map rules (src/lib/area-geometry.ts and the district model): a square district
 * of about 1 km × 1 km near Almaty, cut into two areas, then broken one rule at a time.
 */
import { describe, expect, it } from 'vitest';
import { checkDistrictMap, selfCrossing, type MapArea } from '../../src/lib/area-geometry.ts';
import type { Geometry, Position } from '../../src/lib/finder/geo.ts';
import { districtSchema } from '../../src/models/districts.ts';

const [LON, LAT] = [76.9, 43.25];
/** Degrees per metre east and north at Almaty's latitude. */
const EAST = 1 / (111_320 * Math.cos((LAT * Math.PI) / 180));
const NORTH = 1 / 111_320;
/** A point `x` metres east and `y` metres north of the district's south-west corner. */
const at = (x: number, y: number): Position => [LON + x * EAST, LAT + y * NORTH];
/** A rectangle in metres, as a GeoJSON polygon (counter-clockwise, closed). */
const box = (w: number, s: number, e: number, n: number): Geometry => ({
  type: 'Polygon',
  coordinates: [[at(w, s), at(e, s), at(e, n), at(w, n), at(w, s)]],
});

const DISTRICT = box(0, 0, 1000, 1000);
const halves = (west: Geometry, east: Geometry): MapArea[] => [
  { id: 'demo-01', geometry: west },
  { id: 'demo-02', geometry: east },
];

describe('the district map rules', () => {
  it('accept areas that tile the district, and edges that miss each other by centimetres', () => {
    expect(
      checkDistrictMap(DISTRICT, halves(box(0, 0, 500, 1000), box(500, 0, 1000, 1000))),
    ).toEqual([]);
    expect(
      checkDistrictMap(DISTRICT, halves(box(0, 0, 500.05, 1000), box(499.98, 0, 1000, 1000))),
    ).toEqual([]);
  });

  it('find an area reaching outside the district', () => {
    const problems = checkDistrictMap(
      DISTRICT,
      halves(box(0, 0, 500, 1000), box(500, 0, 1020, 1000)),
    );
    expect(problems).toEqual([
      { kind: 'outside', area: 'demo-02', m2: expect.closeTo(20_000, -2) },
    ]);
  });

  it('find two areas that overlap', () => {
    const problems = checkDistrictMap(
      DISTRICT,
      halves(box(0, 0, 530, 1000), box(500, 0, 1000, 1000)),
    );
    expect(problems).toEqual([
      { kind: 'overlap', areas: ['demo-01', 'demo-02'], m2: expect.closeTo(30_000, -2) },
    ]);
  });

  it('find land that no area covers, and where', () => {
    const problems = checkDistrictMap(
      DISTRICT,
      halves(box(0, 0, 450, 1000), box(500, 0, 1000, 1000)),
    );
    expect(problems).toMatchObject([{ kind: 'uncovered', m2: expect.closeTo(50_000, -2) }]);
    const near = (problems[0] as { near: Position }).near;
    expect(near[0]).toBeGreaterThan(at(449, 0)[0]);
    expect(near[0]).toBeLessThan(at(501, 0)[0]);
  });

  it('on a district of real size (8 × 8 km), still find a gap of one block, and pass slivers', () => {
    const BIG = box(0, 0, 8000, 8000);
    const areas = (gapAt: number): MapArea[] => [
      { id: 'big-01', geometry: box(0, 0, 4000, 8000) },
      // A 100 m × 100 m block in the east area's south-east corner is left out.
      {
        id: 'big-02',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              at(4000, 0),
              at(gapAt, 0),
              at(gapAt, 100),
              at(8000, 100),
              at(8000, 8000),
              at(4000, 8000),
              at(4000, 0),
            ],
          ],
        },
      },
    ];
    expect(checkDistrictMap(BIG, areas(7900))).toMatchObject([
      { kind: 'uncovered', m2: expect.closeTo(10_000, -2) },
    ]);
    // Edges 30 cm apart along 8 km of boundary: a drawing inaccuracy.
    const slivers: MapArea[] = [
      { id: 'big-01', geometry: box(0, 0, 3999.7, 8000) },
      { id: 'big-02', geometry: box(4000, 0, 8000, 8000) },
    ];
    expect(checkDistrictMap(BIG, slivers)).toEqual([]);
  });

  it('find a boundary that crosses itself, before measuring anything', () => {
    const bowtie: Geometry = {
      type: 'Polygon',
      coordinates: [[at(0, 0), at(500, 1000), at(500, 0), at(0, 1000), at(0, 0)]],
    };
    const problems = checkDistrictMap(DISTRICT, halves(bowtie, box(500, 0, 1000, 1000)));
    expect(problems).toEqual([{ kind: 'crossing', area: 'demo-01', at: expect.any(Array) }]);
    const [lon, lat] = (problems[0] as { at: Position }).at;
    expect(lon).toBeCloseTo(at(250, 500)[0], 6);
    expect(lat).toBeCloseTo(at(250, 500)[1], 6);
    expect(selfCrossing((box(0, 0, 10, 10) as { coordinates: Position[][] }).coordinates[0]!)).toBe(
      undefined,
    );
  });

  it('are part of the district model, naming the area in the message', () => {
    const file = (west: Geometry, east: Geometry) => ({
      type: 'FeatureCollection',
      name: { kk: 'Демо', ru: 'Демо', en: 'Demo' },
      department: {
        name: { kk: 'Демо басқарма', ru: 'Демо управление', en: 'Demo department' },
        address: { kk: 'Демо көшесі, 1', ru: 'ул. Демо, 1', en: 'Demo St, 1' },
        phone: '+7 727 000 00 00',
      },
      features: [
        { type: 'Feature', properties: { kind: 'district' }, geometry: DISTRICT },
        ...halves(west, east).map((a, i) => ({
          type: 'Feature',
          properties: {
            kind: 'area',
            id: a.id,
            number: i + 1,
            streets: [{ name: { kk: 'Абай даңғылы', ru: 'пр. Абая', en: 'Abay Ave' } }],
          },
          geometry: a.geometry,
        })),
      ],
    });
    expect(
      districtSchema.safeParse(file(box(0, 0, 500, 1000), box(500, 0, 1000, 1000))).success,
    ).toBe(true);
    const result = districtSchema.safeParse(file(box(0, 0, 530, 1000), box(500, 0, 1000, 1000)));
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['features', 2, 'geometry'],
        message: expect.stringMatching(
          /^Areas demo-01 and demo-02 overlap by about 30,\d{3} m²\.$/,
        ),
      }),
    ]);
  });
});
