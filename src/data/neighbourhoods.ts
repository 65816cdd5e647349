/**
 * Areas' priorities and meetings with residents (content/neighbourhoods/) as the pages need
 * them: per area, per district, split into upcoming and past at the time of the build.
 */
import { useTranslations, type Locale } from '../i18n';
import { type IcsEvent, writeCalendar } from '../lib/ics.ts';
import { almatyDay, meetingInstants, splitMeetings } from '../lib/meetings.ts';
import { routes } from '../lib/routes.ts';
import type { Meeting, Priority } from '../models/neighbourhoods.ts';
import type { Area, District, Site } from './site.ts';

/**
 * When the site is built: the pages are static, so "upcoming" and "not reviewed for three
 * months" are as of this moment (the site is rebuilt at least daily and on every edit).
 */
export const BUILT_AT = new Date();
/** The day of the build in Almaty (YYYY-MM-DD). */
export const BUILD_DAY = almatyDay(BUILT_AT);

/** A meeting with the area and district it belongs to. */
export type AreaMeeting = Meeting & { area: Area; districtId: string };

export interface AreaNeighbourhood {
  priorities: Priority[];
  upcoming: AreaMeeting[];
  past: AreaMeeting[];
}

const meetingsOf = (site: Site, area: Area): AreaMeeting[] =>
  (site.neighbourhoods.get(area.id)?.data.meetings ?? []).map((m) => ({
    ...m,
    area,
    districtId: area.districtId,
  }));

/** One area's priorities and meetings (none when the area has no file yet). */
export function areaNeighbourhood(site: Site, area: Area, now = BUILT_AT): AreaNeighbourhood {
  const priorities = site.neighbourhoods.get(area.id)?.data.priorities ?? [];
  return { priorities, ...splitMeetings(meetingsOf(site, area), now) };
}

/** Every meeting of a district's areas, upcoming (soonest first) and past (latest first). */
export function districtMeetings(site: Site, district: District, now = BUILT_AT) {
  return splitMeetings(
    district.areas.flatMap((a) => meetingsOf(site, a)),
    now,
  );
}

/** Who writes the calendars (PRODID). */
const PRODID = '-//Local Police Service of Almaty//Meetings with residents';

/** A meeting as a calendar event in a language; `site` is the site's public address. */
function meetingEvent(m: AreaMeeting, district: District, lang: Locale, site: URL): IcsEvent {
  const t = useTranslations(lang);
  const { start, end } = meetingInstants(m);
  const page = new URL(`${routes.districtMeetings(lang, district.id)}#meeting-${m.id}`, site);
  const description = [
    `${t('meetings.agenda')}: ${m.agenda[lang]}`,
    m.place && m.link ? `${t('meetings.online')}: ${m.link}` : '',
    m.minutes ? `${t('meetings.minutes')}:\n${m.minutes[lang]}` : '',
  ];
  return {
    uid: `${m.id}@${site.host}`,
    start,
    end,
    summary: t('meetings.summary', { district: district.data.name[lang], number: m.area.number }),
    description: description.filter(Boolean).join('\n\n'),
    location: m.place?.[lang] ?? m.link,
    url: page.href,
  };
}

/**
 * A district's meetings (or one of them) as an iCalendar file in a language; with `feed`, the
 * calendar is named (X-WR-CALNAME) for a calendar app that subscribes to it.
 */
export function meetingsCalendar(
  meetings: readonly AreaMeeting[],
  district: District,
  lang: Locale,
  site: URL,
  { feed = false }: { feed?: boolean } = {},
): string {
  const t = useTranslations(lang);
  return writeCalendar({
    prodId: `${PRODID}//${lang.toUpperCase()}`,
    name: feed ? t('meetings.title', { district: district.data.name[lang] }) : undefined,
    stamp: BUILT_AT,
    events: [...meetings]
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((m) => meetingEvent(m, district, lang, site)),
  });
}
