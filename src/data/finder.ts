/**
 * The finder's data at build time: the index of streets and the areas' details in one
 * language (src/lib/finder), and the areas' boundaries for the maps and the open data.
 */
import { getImage } from 'astro:assets';
import { useTranslations, type Locale } from '../i18n';
import { buildFinderIndex, type FinderData } from '../lib/finder/index.ts';
import type { Geometry } from '../lib/finder/geo.ts';
import { routes } from '../lib/routes.ts';
import { getSite, officersOfArea, type Site } from './site.ts';

export async function finderData(lang: Locale): Promise<FinderData> {
  const site = await getSite();
  const t = useTranslations(lang);
  const areas = site.districts.flatMap((d) => d.areas);
  const index = buildFinderIndex(areas, lang);
  const byId = new Map(areas.map((a) => [a.id, a]));
  const d = await Promise.all(
    index.a.map(async (id) => {
      const area = byId.get(id)!;
      const district = site.districts.find((x) => x.id === area.districtId)!;
      return {
        title: `${district.data.name[lang]}, ${t('inspectors.area', { number: area.number })}`,
        url: routes.area(lang, area.districtId, area.id),
        officers: await Promise.all(
          officersOfArea(site, id).map(async (o) => ({
            name: o.data.name[lang],
            rank: t(`rank.${o.data.rank}`),
            phones: o.data.phones,
            hours: o.data.receptionHours[lang],
            point: `${t('inspectors.policePoint', { number: o.data.policePoint.number })}: ${o.data.policePoint.address[lang]}`,
            photo: (await getImage({ src: o.data.photo, width: 96, height: 120 })).src,
            photoAlt: o.data.photoAlt[lang],
            url: routes.officer(lang, o.id),
          })),
        ),
      };
    }),
  );
  return { ...index, d };
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
