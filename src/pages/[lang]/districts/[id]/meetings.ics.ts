/** A district's calendar feed: every meeting of its areas, past and upcoming, in one language. */
import type { APIRoute } from 'astro';
import { districtMeetings, meetingsCalendar } from '../../../../data/neighbourhoods.ts';
import { districtStaticPaths, getSite, type District } from '../../../../data/site.ts';
import type { Locale } from '../../../../i18n';

export const getStaticPaths = districtStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const { district } = props as { district: District };
  const { upcoming, past } = districtMeetings(await getSite(), district);
  const lang = params['lang'] as Locale;
  return new Response(
    meetingsCalendar([...past, ...upcoming], district, lang, site!, { feed: true }),
    { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
  );
};
