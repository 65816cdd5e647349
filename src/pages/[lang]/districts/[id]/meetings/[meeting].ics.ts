/** One meeting with residents as an iCalendar file, in one language. */
import type { APIRoute } from 'astro';
import {
  districtMeetings,
  meetingsCalendar,
  type AreaMeeting,
} from '../../../../../data/neighbourhoods.ts';
import { getSite, type District } from '../../../../../data/site.ts';
import { LOCALES, type Locale } from '../../../../../i18n';

export async function getStaticPaths() {
  const site = await getSite();
  return LOCALES.flatMap((lang) =>
    site.districts.flatMap((district) => {
      const { upcoming, past } = districtMeetings(site, district);
      return [...upcoming, ...past].map((meeting) => ({
        params: { lang, id: district.id, meeting: meeting.id },
        props: { district, meeting },
      }));
    }),
  );
}

export const GET: APIRoute = ({ params, props, site }) => {
  const { district, meeting } = props as { district: District; meeting: AreaMeeting };
  return new Response(meetingsCalendar([meeting], district, params['lang'] as Locale, site!), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
