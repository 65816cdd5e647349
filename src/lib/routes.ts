import { LOCALES, type Locale } from '../i18n/locales.ts';

/**
 * Every URL of the site, defined once. Pages link through these and the page files under
 * src/pages/[lang]/ produce exactly these paths (a test checks the built site for broken links).
 */
/** A lowercase identifier used in file names and URLs: `almaly`, `almaly-07`, `2026-road-week`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const paged = (base: string, page: number) => (page > 1 ? `${base}${page}/` : base);

export const routes = {
  home: (lang: Locale) => `/${lang}/`,
  news: (lang: Locale, page = 1) => paged(`/${lang}/news/`, page),
  article: (lang: Locale, slug: string) => `/${lang}/news/${slug}/`,
  category: (lang: Locale, category: string, page = 1) =>
    paged(`/${lang}/news/category/${category}/`, page),
  rss: (lang: Locale) => `/${lang}/news/rss.xml`,
  inspectors: (lang: Locale) => `/${lang}/inspectors/`,
  finder: (lang: Locale) => `/${lang}/finder/`,
  /** The finder's name index of a language (src/lib/finder/data.ts). */
  finderData: (lang: Locale) => `/${lang}/finder/index.json`,
  /** One district's shard of the finder: its house ranges and its areas' details. */
  finderShard: (lang: Locale, shard: string) => `/${lang}/finder/${shard}.json`,
  streets: (lang: Locale, districtId: string) => `/${lang}/districts/${districtId}/streets/`,
  /** A district's meetings with residents, upcoming and past. */
  districtMeetings: (lang: Locale, districtId: string) =>
    `/${lang}/districts/${districtId}/meetings/`,
  /** One meeting as an iCalendar file; the district's feed has all of them. */
  meetingIcs: (lang: Locale, districtId: string, meetingId: string) =>
    `/${lang}/districts/${districtId}/meetings/${meetingId}.ics`,
  meetingsFeed: (lang: Locale, districtId: string) =>
    `/${lang}/districts/${districtId}/meetings.ics`,
  /** The district's areas' priorities and next meetings, drawn for the finder's answer. */
  neighbourhoodData: (lang: Locale, districtId: string) =>
    `/${lang}/districts/${districtId}/neighbourhood.json`,
  openData: (lang: Locale) => `/${lang}/open-data/`,
  officer: (lang: Locale, id: string) => `/${lang}/inspectors/${id}/`,
  /** The form to an area's inspector ("almaly-07"). */
  writeToInspector: (lang: Locale, areaId: string) => `/${lang}/inspectors/write/${areaId}/`,
  district: (lang: Locale, id: string) => `/${lang}/districts/${id}/`,
  area: (lang: Locale, districtId: string, areaId: string) =>
    `/${lang}/districts/${districtId}/#area-${areaId}`,
  about: (lang: Locale) => `/${lang}/about/`,
  aboutPage: (lang: Locale, slug: string) => `/${lang}/about/${slug}/`,
  chief: (lang: Locale) => `/${lang}/chief/`,
  post: (lang: Locale, slug: string) => `/${lang}/chief/${slug}/`,
  ask: (lang: Locale) => `/${lang}/chief/ask/`,
  appealStatus: (lang: Locale) => `/${lang}/chief/status/`,
  answers: (lang: Locale) => `/${lang}/chief/answers/`,
  answer: (lang: Locale, slug: string) => `/${lang}/chief/answers/#${slug}`,
  staff: (lang: Locale) => `/${lang}/staff/`,
  /** District alerts by e-mail: the subscription form (docs/alerts.md). */
  alerts: (lang: Locale) => `/${lang}/alerts/`,
  /** What the build published, for the alerts' scheduled function (one for every language). */
  alertsFeed: () => '/alerts/feed.json',
  fines: (lang: Locale) => `/${lang}/fines/`,
  contacts: (lang: Locale) => `/${lang}/contacts/`,
  /** The web app manifest of a language (src/pages/[lang]/manifest.webmanifest.ts). */
  manifest: (lang: Locale) => `/${lang}/manifest.webmanifest`,
  /** What the service worker shows offline for a page it has not kept. */
  offline: (lang: Locale) => `/${lang}/offline/`,
  search: (lang: Locale) => `/${lang}/search/`,
  /** The CMS's script and style, bundled apart from the site (scripts/build-cms.ts). */
  cmsScript: '/admin/cms.js',
  cmsStyle: '/admin/cms.css',
  /** The language's Pagefind bundle (scripts/build-search.ts), loaded by its search page. */
  searchBundle: (lang: Locale) => `/pagefind/${lang}/`,
  searchEngine: (lang: Locale) => `/pagefind/${lang}/pagefind.js`,
  notFound: (lang: Locale) => `/${lang}/404/`,
} as const;

/**
 * The functions' public paths. A function's own `config.path` must stay a literal (Netlify reads
 * it from the source without running it); tests/unit/routes.test.ts checks each against this.
 */
export const api = {
  appeals: '/api/appeals',
  appealStatus: '/api/appeals/status',
  /** "Was this answer helpful?" from the status page (not under /api/appeals/:number). */
  answerFeedback: '/api/appeals/status/feedback',
  appeal: (number: string) => `/api/appeals/${encodeURIComponent(number)}`,
  stats: '/api/stats/appeals',
  staffAppeals: '/api/staff/appeals',
  staffAppeal: (number: string) => `/api/staff/appeals/${encodeURIComponent(number)}`,
  staffAction: (number: string, action: string) =>
    `/api/staff/appeals/${encodeURIComponent(number)}/${encodeURIComponent(action)}`,
  /** A photo the applicant sent with an appeal (1–3), for the desk. */
  staffPhoto: (number: string, position: number | string) =>
    `/api/staff/appeals/${encodeURIComponent(number)}/photos/${encodeURIComponent(position)}`,
  restoreSpam: (id: string) => `/api/staff/spam/${encodeURIComponent(id)}/restore`,
  alertsSubscribe: '/api/alerts/subscribe',
  alertsConfirm: '/api/alerts/confirm',
  alertsUnsubscribe: '/api/alerts/unsubscribe',
} as const;

/** The same page in every language: `inEveryLocale((l) => routes.news(l))`. */
export function inEveryLocale(route: (lang: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, route(l)])) as Record<Locale, string>;
}

/** Number of items on one page of a list. */
export const PAGE_SIZE = 12;

export interface Page<T> {
  /** 1-based page number. */
  page: number;
  total: number;
  items: T[];
}

/** Splits a list into pages; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`Page size must be ≥ 1, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    page: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}
