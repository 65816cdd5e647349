/**
 * District alerts by e-mail (docs/alerts.md): the rules the build, the functions and the tests
 * share — the feed the build publishes (what is new: news of a district, meetings announced in
 * an area), the ids of its items, the subscription form's fields and how long things are kept.
 */
import * as z from 'zod/mini';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { UiKey } from '../i18n/index.ts';
import { SLUG_PATTERN } from './routes.ts';
import { EMAIL_MAX } from './text.ts';

/** Items of the feed: published (news) or announced (meetings) in the last this many days. */
export const ALERT_FEED_DAYS = 30;
/** A confirmation link works this long; an unconfirmed subscription is then deleted. */
export const ALERT_CONFIRM_HOURS = 48;
/** Subscription requests per client and hour. */
export const ALERT_SUBSCRIBES_PER_HOUR = 10;
/** Confirmation mails one address receives in 24 hours. */
export const ALERT_CONFIRM_MAILS_PER_DAY = 3;
/** Sent alert mails stay in the outbox this long (a log of what went out), then go. */
export const ALERT_MAIL_RETENTION_DAYS = 2;
/** The most items a feed may list (it is bounded by date; this bounds a broken one). */
export const ALERT_FEED_MAX_ITEMS = 2000;

export const ALERT_KINDS = ['news', 'meeting'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** A news story's item: the key its language versions share. */
export const newsAlertId = (translationKey: string) => `news:${translationKey}`;
/** A meeting's item: its area and its id. */
export const meetingAlertId = (area: string, id: string) => `meeting:${area}:${id}`;

const SLUG = SLUG_PATTERN.source.slice(1, -1);
export const ALERT_ID_PATTERN = new RegExp(`^(news:${SLUG}|meeting:${SLUG}:${SLUG})$`);

/** A text or a path per language; a story may exist in some languages only. */
const perLanguage = (value: z.ZodMiniType<string>) => z.partialRecord(z.enum(LOCALES), value);
/** A path on the site ("/ru/news/slug/"): never another origin. */
const sitePath = z.string().check(z.regex(/^\/(?!\/)[^\s\\]*$/), z.maxLength(500));
const slugText = z.string().check(z.regex(SLUG_PATTERN), z.maxLength(100));

const itemSchema = z.object({
  id: z.string().check(z.regex(ALERT_ID_PATTERN), z.maxLength(250)),
  kind: z.enum(ALERT_KINDS),
  district: slugText,
  /** The day of the news, or the meeting's start in Almaty time (YYYY-MM-DDTHH:MM). */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/)),
  title: perLanguage(z.string().check(z.minLength(1), z.maxLength(1000))),
  url: perLanguage(sitePath),
  /** A meeting's place, per language (absent for an online meeting). */
  place: z.optional(perLanguage(z.string().check(z.maxLength(300)))),
});
export type AlertItem = z.infer<typeof itemSchema>;

const districtSchema = z.object({
  id: slugText,
  name: perLanguage(z.string().check(z.minLength(1), z.maxLength(200))),
});
export type AlertDistrict = z.infer<typeof districtSchema>;

export const alertFeedSchema = z.object({
  version: z.literal(1),
  generated: z.string(),
  districts: z.array(districtSchema).check(z.maxLength(100)),
  items: z.array(itemSchema).check(z.maxLength(ALERT_FEED_MAX_ITEMS)),
});
export type AlertFeed = z.infer<typeof alertFeedSchema>;

/** The feed as read from JSON; throws a readable error when it is not one. */
export function parseAlertFeed(value: unknown): AlertFeed {
  const parsed = alertFeedSchema.safeParse(value);
  if (!parsed.success)
    throw new TypeError(
      `Not an alerts feed: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  const ids = new Set<string>();
  for (const item of parsed.data.items) {
    if (ids.has(item.id)) throw new TypeError(`Not an alerts feed: ${item.id} is listed twice.`);
    ids.add(item.id);
  }
  return parsed.data;
}

/**
 * A text in `lang`, else in the other languages in the site's order (a story written in
 * Russian only still reaches a Kazakh subscriber, in Russian).
 */
export function inLanguage<T>(
  values: Partial<Record<Locale, T>>,
  lang: Locale,
): { lang: Locale; value: T } | undefined {
  for (const l of [lang, ...LOCALES.filter((x) => x !== lang)]) {
    const value = values[l];
    if (value !== undefined) return { lang: l, value };
  }
  return undefined;
}

/** The first day an item must be on or after to be in the feed built at `now`. */
export const feedStartDay = (now: Date, days = ALERT_FEED_DAYS) =>
  new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

/** The feed's items, newest first, without those before the window. */
export function boundedItems(items: readonly AlertItem[], now: Date): AlertItem[] {
  const start = feedStartDay(now);
  return items
    .filter((i) => i.date.slice(0, 10) >= start)
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, ALERT_FEED_MAX_ITEMS);
}

export type AlertFormField = 'email' | 'districts' | 'form';
export type AlertFormErrors = Partial<Record<AlertFormField, UiKey>>;

export interface AlertRequest {
  email: string;
  districts: string[];
}

const emailSchema = z.email().check(z.maxLength(EMAIL_MAX));

/**
 * The subscription form: an address and at least one district of `known`. Errors are UI
 * string keys per field; nothing about the request is trusted (a district not in the list,
 * the same district twice, an address with spaces or control characters).
 */
export function parseAlertRequest(
  fields: { email?: string | undefined; districts: readonly string[] },
  known: readonly string[],
): { ok: true; value: AlertRequest } | { ok: false; errors: AlertFormErrors } {
  const errors: AlertFormErrors = {};
  const email = (fields.email ?? '').trim();
  if (!emailSchema.safeParse(email).success) errors.email = 'alerts.error.email';
  const districts = [...new Set(fields.districts)];
  if (districts.length === 0) errors.districts = 'alerts.error.districts';
  else if (districts.some((d) => !known.includes(d))) errors.districts = 'alerts.error.district';
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: { email, districts: known.filter((d) => districts.includes(d)) },
  };
}

/** A news story in one language, as the feed needs it. */
export interface AlertNews {
  translationKey: string;
  lang: Locale;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  district?: string | undefined;
  /** The story's page in its language. */
  url: string;
}

/** One item per story about a district (its language versions together); others are not alerts. */
export function newsAlertItems(news: readonly AlertNews[]): AlertItem[] {
  const items = new Map<string, AlertItem>();
  for (const story of news) {
    if (!story.district) continue;
    const id = newsAlertId(story.translationKey);
    const item = items.get(id) ?? {
      id,
      kind: 'news' as const,
      district: story.district,
      date: story.date,
      title: {},
      url: {},
    };
    item.title[story.lang] = story.title;
    item.url[story.lang] = story.url;
    // The language versions may carry different days; the item is as new as its newest.
    if (story.date > item.date) item.date = story.date;
    items.set(id, item);
  }
  return [...items.values()];
}

/** An area's meetings, as the feed needs them. */
export interface AlertMeetings {
  area: string;
  district: string;
  meetings: readonly {
    id: string;
    /** The meeting on its district's page of meetings, per language. */
    url: Partial<Record<Locale, string>>;
    /** Almaty time, YYYY-MM-DDTHH:MM. */
    start: string;
    agenda: Partial<Record<Locale, string>>;
    place?: Partial<Record<Locale, string>> | undefined;
  }[];
}

/** The meetings still to come on `today` (Almaty's day, YYYY-MM-DD): each announced once. */
export function meetingAlertItems(areas: readonly AlertMeetings[], today: string): AlertItem[] {
  return areas.flatMap((a) =>
    a.meetings
      .filter((m) => m.start.slice(0, 10) >= today)
      .map((m) => ({
        id: meetingAlertId(a.area, m.id),
        kind: 'meeting' as const,
        district: a.district,
        date: m.start,
        title: { ...m.agenda },
        url: { ...m.url },
        ...(m.place ? { place: { ...m.place } } : {}),
      })),
  );
}
