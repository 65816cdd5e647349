/**
 * The finder's data at build time: the name index and the district shards of one language
 * (src/lib/finder/data.ts), and the areas' boundaries for the maps and the open data.
 */
import { getImage } from 'astro:assets';
import type { Locale } from '../i18n';
import { buildFinder, type FinderNames, type FinderShard } from '../lib/finder/index.ts';
import { areaDetails } from '../lib/finder/details.ts';
import type { Geometry } from '../lib/finder/geo.ts';
import { getSite, officersOfArea, type Site } from './site.ts';

export interface FinderFiles {
  names: FinderNames;
  shards: FinderShard[];
}

const built = new Map<Locale, Promise<FinderFiles>>();

/** The name index and the shards of a language (built once per build and language). */
export function finderFiles(lang: Locale): Promise<FinderFiles> {
  let files = built.get(lang);
  if (!files) built.set(lang, (files = buildFiles(lang)));
  return files;
}

async function buildFiles(lang: Locale): Promise<FinderFiles> {
  const site = await getSite();
  const areas = site.districts.flatMap((d) => d.areas);
  const details = new Map(
    await Promise.all(
      areas.map(async (area) => {
        const district = site.districts.find((x) => x.id === area.districtId)!;
        const officers = await Promise.all(
          officersOfArea(site, area.id).map(async (o) => ({
            ...o.data,
            id: o.id,
            photo: (await getImage({ src: o.data.photo, width: 96, height: 120 })).src,
          })),
        );
        const source = {
          id: area.id,
          districtId: area.districtId,
          districtName: district.data.name,
          number: area.number,
        };
        return [area.id, areaDetails(lang, source, officers)] as const;
      }),
    ),
  );
  return buildFinder(areas, lang, (id) => details.get(id)!);
}

export interface AreaFeature {
  type: 'Feature';
  properties: {
    id: string;
    number: number;
    district: string;
    district_name: Record<Locale, string>;
  };
  geometry: Geometry;
}

/** Every inspector area with its boundary, as GeoJSON features. */
export function areaFeatures(site: Site): AreaFeature[] {
  return site.districts.flatMap((d) =>
    d.data.features.flatMap((f) =>
      f.properties.kind === 'area'
        ? [
            {
              type: 'Feature' as const,
              properties: {
                id: f.properties.id,
                number: f.properties.number,
                district: d.id,
                district_name: d.data.name,
              },
              geometry: f.geometry as Geometry,
            },
          ]
        : [],
    ),
  );
}
