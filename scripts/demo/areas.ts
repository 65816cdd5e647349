/**
 * The districts of the demo city as built: each district's grid of six inspector areas, the
 * streets and house ranges each area serves, its police points (one per pair of neighbouring
 * areas) and its GeoJSON file. Draws from the PRNG stream "districts"; the invented streets of a
 * larger city (`addresses`) from their own stream.
 */
import { areaIdOf } from '../../src/models/districts.ts';
import { DISTRICTS, type DistrictDef, districtForms } from './districts.ts';
import {
  type Cell,
  checkTiling,
  gridCells,
  neighbourPairs,
  rectRing,
  toUnits,
} from './geometry.ts';
import { allocateHouses, type Claim, type DemoRange, houseIn } from './houses.ts';
import { makeRng, type Rng } from './rng.ts';
import { inventedStreets } from './invented-streets.ts';
import { addressCount, formerName, STREETS, type Street, streetName } from './streets.ts';
import type { Text } from './text.ts';

export interface BuiltArea {
  id: string;
  number: number;
  cell: Cell;
  streets: DemoRange[];
  /** Keys of the streets, parallel to `streets`. */
  keys: string[];
}
/** A police point: its number and the (two neighbouring) areas served from it. */
export interface PolicePoint {
  number: number;
  areas: BuiltArea[];
  address: Text;
}
export interface BuiltDistrict {
  /** The district's definition, with the invented streets it was given. */
  def: DistrictDef;
  order: number;
  /** The content of districts/<id>.geojson. */
  json: Record<string, unknown>;
  areas: BuiltArea[];
  points: PolicePoint[];
}
/** The streets of the city by key: the real ones, then the invented ones. */
export type StreetMap = ReadonlyMap<string, Street>;

/** A district cut into cells, with the claims of each cell on the district's streets. */
interface Claimed {
  def: DistrictDef;
  order: number;
  cols: number;
  rows: number;
  cells: Cell[];
  /** Per cell, parallel to `cells`. */
  picks: Claim[][];
}

/**
 * Builds the districts of a city with at least `addresses` houses (the real streets alone when
 * they have that many). Fails if a district names an unknown street or its grid does not tile it.
 */
export function buildDistricts(
  seed: string,
  addresses = 0,
): { streets: StreetMap; districts: BuiltDistrict[] } {
  // The invented streets are added to the districts in turn.
  const synthetic = inventedStreets(addresses, seed, addressCount(STREETS), STREETS);
  const streets: StreetMap = new Map([...STREETS, ...synthetic].map((s) => [s.key, s]));
  const rng = makeRng(seed, 'districts');
  const claimed = DISTRICTS.map((d, i) => {
    const own = synthetic.filter((_, k) => k % DISTRICTS.length === i).map((s) => s.key);
    return claimStreets({ ...d, streets: [...d.streets, ...own] }, i + 1, streets, rng);
  });
  shareLongStreets(claimed, synthetic, seed);
  allocateHouses(
    claimed.flatMap((c) => c.picks.flat()),
    rng,
  );
  return { streets, districts: claimed.map((c) => finishDistrict(c, streets, rng)) };
}

/** Cuts a district into its grid and lets each cell claim streets. */
function claimStreets(def: DistrictDef, order: number, streets: StreetMap, rng: Rng): Claimed {
  for (const key of def.streets) {
    if (!streets.has(key)) throw new Error(`${def.id}: unknown street "${key}"`);
  }
  const { cols, rows, cells } = gridCells(def.bbox, rng);
  checkTiling(def.id, def.bbox, cells);
  const claim = (cell: Cell, key: string): Claim => ({
    areaId: areaIdOf(def.id, cell.number),
    order: order * 100 + cell.number,
    street: streets.get(key) as Street,
  });
  // Every street of the district is served by some area; the rest is random (3–8 per area).
  const pool = rng.shuffle(def.streets);
  const picks: Claim[][] = cells.map(() => []);
  pool.forEach((key, k) =>
    picks[k % cells.length]?.push(claim(cells[k % cells.length] as Cell, key)),
  );
  // Each area serves 3–8 streets, more when the district has more streets than that.
  const most = Math.max(8, Math.ceil(pool.length / cells.length));
  cells.forEach((cell, c) => {
    const want = rng.int(3, 8);
    const list = picks[c] as Claim[];
    for (const key of rng.shuffle(def.streets)) {
      if (list.length >= want) break;
      if (!list.some((cl) => cl.street.key === key)) list.push(claim(cell, key));
    }
    while (list.length > most) list.pop();
  });
  return { def, order, cols, rows, cells, picks };
}

/**
 * A larger city's long invented streets run through more than one area, as real ones do: one
 * of 120 houses or more is also served by another area of its district (one in two), and one
 * in twelve continues into the next district. Drawn from a stream of its own, so the real
 * streets' areas are the same whatever `addresses` is.
 */
function shareLongStreets(claimed: Claimed[], synthetic: readonly Street[], seed: string) {
  const rng = makeRng(seed, 'synthetic-claims');
  const claimIn = (c: Claimed, street: Street) => {
    const i = rng.int(0, c.cells.length - 1);
    const cell = c.cells[i] as Cell;
    const picks = c.picks[i] as Claim[];
    if (picks.some((cl) => cl.street.key === street.key)) return;
    picks.push({
      areaId: areaIdOf(c.def.id, cell.number),
      order: c.order * 100 + cell.number,
      street,
    });
  };
  synthetic.forEach((street, k) => {
    if (street.maxHouse < 120) return;
    if (rng.chance(0.5)) claimIn(claimed[k % claimed.length] as Claimed, street);
    if (rng.chance(1 / 12)) claimIn(claimed[(k + 1) % claimed.length] as Claimed, street);
  });
}

/** The district's areas, police points and GeoJSON, once the houses are allocated. */
function finishDistrict(
  { def, order, cols, rows, cells, picks }: Claimed,
  streets: StreetMap,
  rng: Rng,
): BuiltDistrict {
  const areas: BuiltArea[] = cells.map((cell, c) => {
    const list = picks[c] as Claim[];
    return {
      id: areaIdOf(def.id, cell.number),
      number: cell.number,
      cell,
      keys: list.map((cl) => cl.street.key),
      streets: list.map((cl) => ({
        name: streetName(cl.street),
        ...(cl.street.former && {
          otherNames: cl.street.former.map((f) => ({
            name: formerName(f),
            kind: 'former' as const,
          })),
        }),
        ...(cl.range ?? { houses: 'all' as const }),
      })),
    };
  });
  const points = neighbourPairs(cols, rows).map(([a, b], j): PolicePoint => {
    const first = areas[a] as BuiltArea;
    const street = streets.get(first.keys[0] as string) as Street;
    const house = houseIn(first.streets[0]!, street.maxHouse, rng);
    const name = streetName(street);
    return {
      number: order * 10 + j + 1,
      areas: [first, areas[b] as BuiltArea],
      address: {
        kk: `${name.kk}, ${house}`,
        ru: `${name.ru}, ${house}`,
        en: `${name.en}, ${house}`,
      },
    };
  });
  const forms = districtForms(def);
  const hq = streets.get(rng.pick(def.streets)) as Street;
  const hqName = streetName(hq);
  const hqHouse = rng.int(2, Math.min(hq.maxHouse, 150));
  const json = {
    type: 'FeatureCollection',
    name: { kk: forms.kk.nom, ru: forms.ru.nom, en: forms.en.nom },
    order,
    department: {
      name: {
        kk: `${def.kk} ауданының полиция басқармасы`,
        ru: `Управление полиции ${forms.ru.gen}`,
        en: `${def.en} District Police Department`,
      },
      address: {
        kk: `Алматы қ., ${hqName.kk}, ${hqHouse}`,
        ru: `г. Алматы, ${hqName.ru}, ${hqHouse}`,
        en: `${hqName.en}, ${hqHouse}, Almaty`,
      },
      phone: `+7 727 000 ${order}0 02`,
    },
    features: [
      {
        type: 'Feature',
        properties: { kind: 'district' },
        geometry: { type: 'Polygon', coordinates: [rectRing(toUnits(def.bbox))] },
      },
      ...areas.map((a) => ({
        type: 'Feature',
        properties: { kind: 'area', id: a.id, number: a.number, streets: a.streets },
        geometry: { type: 'Polygon', coordinates: [rectRing(a.cell.box)] },
      })),
    ],
  };
  return { def, order, json, areas, points };
}
