/** The demo news: stories drawn from the templates, dated back from a fixed last day. */
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import type { BuiltArea, BuiltDistrict, StreetMap } from './areas.ts';
import { COVER_BY_ID } from './covers.ts';
import { CITY_FORMS, districtForms } from './districts.ts';
import { type Ctx, DEMO_NOTE, PLACES, TEMPLATES } from './news-templates.ts';
import { makeRng, type Rng } from './rng.ts';
import { type Street, streetProse } from './streets.ts';
import type { Cover } from './svg.ts';

/** The newest demo story is dated this day. */
const LAST_NEWS_DAY = Date.UTC(2026, 10, 27);
const DAY_MS = 86_400_000;

export interface BuiltNews {
  key: string;
  /** The languages the story is published in (one demo story waits for its translations). */
  languages: readonly Locale[];
  /** Per language, the frontmatter of news/<lang>/<key>.md. */
  data: Record<Locale, Record<string, unknown>>;
  body: Record<Locale, string>;
}

/** A count that does not end in 1 (except 11), see Ctx.n. */
function count(rng: Rng, min: number, max: number): number {
  for (;;) {
    const n = rng.int(min, max);
    if (n % 10 !== 1 || n % 100 === 11) return n;
  }
}

/** The third newest story is out in Russian only (see below). */
const UNTRANSLATED_STORY = 2;

/**
 * `perLocale` stories in each language, the newest dated LAST_NEWS_DAY, from templates that fit
 * the season, set in the built districts and on their streets. Draws from the PRNG stream "news".
 */
export function buildNews(
  seed: string,
  perLocale: number,
  districts: BuiltDistrict[],
  streets: StreetMap,
): BuiltNews[] {
  const rng = makeRng(seed, 'news');
  const news: BuiltNews[] = [];
  const keys = new Set<string>();
  const recent: string[] = [];
  const monthlyDone = new Set<string>();
  // Up to ~300 stories: one every 1–4 days. Beyond that: several a day over about three years.
  const perDay = perLocale <= 300 ? 1 : Math.ceil(perLocale / 1100);
  let dayOffset = 0;
  let leftToday = 1;
  for (let i = 0; i < perLocale; i++) {
    if (i > 0) {
      if (perDay === 1) dayOffset += rng.int(1, 4);
      else if (--leftToday <= 0) {
        dayOffset += 1;
        leftToday = rng.int(1, 2 * perDay - 1);
      }
    }
    const date = new Date(LAST_NEWS_DAY - dayOffset * DAY_MS);
    const iso = date.toISOString().slice(0, 10);
    const month = date.getUTCMonth() + 1;
    const monthKey = iso.slice(0, 7);
    const eligible = TEMPLATES.filter(
      (t) =>
        (!t.months || t.months.includes(month)) &&
        (!t.monthly || (date.getUTCDate() <= 10 && !monthlyDone.has(`${t.slug}:${monthKey}`))),
    );
    const fresh = eligible.filter((t) => !recent.includes(t.slug));
    const t = rng.pick(fresh.length > 0 ? fresh : eligible);
    recent.push(t.slug);
    if (recent.length > 5) recent.shift();
    if (t.monthly) monthlyDone.add(`${t.slug}:${monthKey}`);

    const built = t.citywide ? undefined : rng.pick(districts);
    const dForStreets = built ?? rng.pick(districts);
    const [k1, k2] = rng.shuffle(dForStreets.def.streets);
    const point = rng.pick(dForStreets.points);
    const p1 = rng.int(25, 40);
    const p2 = rng.int(10, 20);
    const ctx: Ctx = {
      d: built ? districtForms(built.def) : CITY_FORMS,
      s: streetProse(streets.get(k1 as string) as Street),
      s2: streetProse(streets.get(k2 as string) as Street),
      n: [count(rng, 25, 180), count(rng, 3, 40), count(rng, 2, 9)],
      school: rng.int(2, 199),
      point: point.number,
      girl: rng.chance(0.5),
      age: count(rng, 4, 8),
      place: rng.pick(PLACES),
      prevMonth: (month + 10) % 12,
      pct: [p1, p2, rng.int(8, Math.min(20, 100 - p1 - p2))],
    };
    // In a point's own area: use one of its streets for the reception-hours story.
    if (t.slug === 'inspector-reception-hours') {
      ctx.s = streetProse(streets.get((point.areas[0] as BuiltArea).keys[0] as string) as Street);
    }

    let key = `${iso}-${t.slug}`;
    if (keys.has(key) && built) key = `${key}-${built.def.id}`;
    for (let k = 2; keys.has(key); k++) key = `${iso}-${t.slug}-${k}`;
    keys.add(key);

    const cover = COVER_BY_ID.get(rng.pick(t.covers)) as Cover;
    const data = {} as Record<Locale, Record<string, unknown>>;
    const body = {} as Record<Locale, string>;
    for (const lang of LOCALES) {
      const story = t.text[lang](ctx);
      const [first, ...rest] = story.body;
      data[lang] = {
        title: story.title,
        translationKey: key,
        date: iso,
        summary: story.summary,
        category: t.category,
        ...(built ? { district: built.def.id } : {}),
        cover: `../_covers/${cover.id}.svg`,
        coverAlt: cover.alt[lang],
      };
      body[lang] = [`${first} ${DEMO_NOTE[lang]}`, ...rest].join('\n\n');
    }
    // The third newest story is out in Russian only, as happens when translators are behind:
    // the site then shows a "not translated" page in kk and en that links the Russian text.
    const languages = i === UNTRANSLATED_STORY ? (['ru'] as const) : LOCALES;
    news.push({ key, languages, data, body });
  }
  return news;
}
