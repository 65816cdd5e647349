/**
 * A district's areas' priorities and next meetings, drawn (src/views/neighbourhood.ts) for the
 * finder's answer: `{ "<area-id>": "<markup>" }`, fetched only when an answer shows an area, so
 * that the finder's index stays as small as it was.
 */
import type { APIRoute } from 'astro';
import { areaNeighbourhood, BUILD_DAY } from '../../../../data/neighbourhoods.ts';
import { districtStaticPaths, getSite, type District } from '../../../../data/site.ts';
import type { Locale } from '../../../../i18n';
import { areaNeighbourhoodHtml } from '../../../../views/neighbourhood.ts';

export const getStaticPaths = districtStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { district } = props as { district: District };
  const site = await getSite();
  const lang = params['lang'] as Locale;
  const areas = district.areas.map((area) => {
    const { priorities, upcoming } = areaNeighbourhood(site, area);
    const next = upcoming[0] ? { next: upcoming[0] } : {};
    return [
      area.id,
      areaNeighbourhoodHtml({ districtId: district.id, priorities, ...next }, lang, BUILD_DAY),
    ];
  });
  return new Response(JSON.stringify(Object.fromEntries(areas)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
