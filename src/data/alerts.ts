/**
 * The district alerts' feed (docs/alerts.md): what this build published that subscribers of
 * a district are told about — news about the district and meetings announced in its areas —
 * read by the scheduled function functions/alerts.ts from /alerts/feed.json.
 */
import { LOCALES } from '../i18n/locales.ts';
import {
  boundedItems,
  newsAlertItems,
  type AlertFeed,
  type AlertItem,
  type AlertMeetings,
  meetingAlertItems,
} from '../lib/alerts.ts';
import { almatyDay } from '../lib/meetings.ts';
import { routes } from '../lib/routes.ts';
import { districtMeetings } from './neighbourhoods.ts';
import { getSite, type Site } from './site.ts';

/** The stories about a district, every language version. */
const newsItems = (site: Site): AlertItem[] =>
  newsAlertItems(
    site.news.map((n) => ({
      translationKey: n.translationKey,
      lang: n.lang,
      title: n.data.title,
      date: n.data.date.toISOString().slice(0, 10),
      district: n.data.district,
      url: routes.article(n.lang, n.slug),
    })),
  );

/** The meetings still to come in each district's areas (content/neighbourhoods/). */
function areaMeetings(site: Site, now: Date): AlertMeetings[] {
  return site.districts.flatMap((district) =>
    Object.values(
      Object.groupBy(districtMeetings(site, district, now).upcoming, (m) => m.area.id),
    ).map((meetings) => ({
      area: meetings![0]!.area.id,
      district: district.id,
      meetings: meetings!.map((m) => ({
        id: m.id,
        start: m.start,
        agenda: m.agenda,
        place: m.place,
        url: Object.fromEntries(
          LOCALES.map((l) => [l, `${routes.districtMeetings(l, district.id)}#meeting-${m.id}`]),
        ),
      })),
    })),
  );
}

/** The feed of the build made at `now`: bounded to the last ALERT_FEED_DAYS days. */
export async function alertFeed(now = new Date()): Promise<AlertFeed> {
  const site = await getSite();
  return {
    version: 1,
    generated: now.toISOString(),
    districts: site.districts.map((d) => ({
      id: d.id,
      name: Object.fromEntries(LOCALES.map((l) => [l, d.data.name[l]])),
    })),
    items: boundedItems(
      [...newsItems(site), ...meetingAlertItems(areaMeetings(site, now), almatyDay(now))],
      now,
    ),
  };
}
