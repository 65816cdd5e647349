/**
 * The one place pages read content from. It loads every collection once per build, checks the
 * references between them, and returns plain, sorted, typed data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { ContentIntegrityError, checkContentIntegrity } from '../lib/integrity.ts';
import { splitEntryId } from '../lib/translations.ts';
import {
  CONTENT_ROOT,
  contentPath,
  SETTINGS_NAMES,
  type SettingsName,
} from '../models/collections.ts';
import type { AreaProperties } from '../models/districts.ts';

/** Where a localized entry stands: its language, its slug and the key shared by its versions. */
interface LocalizedFields {
  lang: Locale;
  slug: string;
  translationKey: string;
}

export type NewsItem = CollectionEntry<'news'> & LocalizedFields;
export type BlogPost = CollectionEntry<'blog'> & LocalizedFields;
export type AboutPage = CollectionEntry<'pages'> & LocalizedFields;
export type QaEntry = CollectionEntry<'qa'> & LocalizedFields;
export type Officer = CollectionEntry<'officers'>;
export type Area = AreaProperties & { districtId: string };
export type District = CollectionEntry<'districts'> & { areas: Area[] };
export type Neighbourhood = CollectionEntry<'neighbourhoods'>;

function localize<E extends { id: string }>(entry: E, translationKey: string): E & LocalizedFields {
  return { ...entry, ...splitEntryId(entry.id), translationKey };
}

const byDateDesc = (a: { data: { date: Date } }, b: { data: { date: Date } }) =>
  b.data.date.getTime() - a.data.date.getTime();

async function single<C extends SettingsName>(name: C) {
  const [entry] = await getCollection(name);
  if (!entry) throw new Error(`${CONTENT_ROOT}/${contentPath(name)} is missing.`);
  return entry.data as CollectionEntry<C>['data'];
}

/** The data of every settings file (src/models/collections.ts), by name. */
async function loadSettings() {
  const files = await Promise.all(SETTINGS_NAMES.map(async (name) => [name, await single(name)]));
  return Object.fromEntries(files) as { [C in SettingsName]: CollectionEntry<C>['data'] };
}

async function load() {
  const [news, blog, pages, qa, officers, districtEntries, neighbourhoods, settingsFiles] =
    await Promise.all([
      getCollection('news', (e) => !e.data.draft),
      getCollection('blog', (e) => !e.data.draft),
      getCollection('pages'),
      getCollection('qa'),
      getCollection('officers', (e) => e.data.active),
      getCollection('districts'),
      getCollection('neighbourhoods'),
      loadSettings(),
    ]);
  // site.yaml is `settings` to the pages; the other settings files keep their names.
  const { site: settings, ...otherSettings } = settingsFiles;
  const districts: District[] = districtEntries
    .map((d) => ({
      ...d,
      areas: d.data.features
        .map((f) => f.properties)
        .filter((p): p is AreaProperties => p.kind === 'area')
        .map((p) => ({ ...p, districtId: d.id }))
        .sort((a, b) => a.number - b.number),
    }))
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

  const site = {
    news: news.map((e) => localize(e, e.data.translationKey)).sort(byDateDesc),
    blog: blog.map((e) => localize(e, e.data.translationKey)).sort(byDateDesc),
    pages: pages
      .map((e) => localize(e, splitEntryId(e.id).slug))
      .sort((a, b) => a.data.order - b.data.order),
    // Newest first; a Q&A exists in the one language its appeal was answered in.
    qa: qa
      .map((e) => localize(e, splitEntryId(e.id).slug))
      .sort(
        (a, b) => b.data.published.localeCompare(a.data.published) || b.slug.localeCompare(a.slug),
      ),
    officers: officers.sort((a, b) => a.data.name.ru.localeCompare(b.data.name.ru, 'ru')),
    districts,
    neighbourhoods: new Map(neighbourhoods.map((n) => [n.data.area, n] as const)),
    ...otherSettings,
    settings,
  };

  const file = (e: { filePath?: string | undefined; id: string }) => e.filePath ?? e.id;
  const problems = checkContentIntegrity({
    districts: districts.map((d) => ({
      id: d.id,
      file: file(d),
      areaIds: d.areas.map((a) => a.id),
    })),
    officers: officers.map((o) => ({
      id: o.id,
      file: file(o),
      district: o.data.district,
      areas: o.data.areas,
    })),
    neighbourhoods: neighbourhoods.map((n) => ({
      id: n.id,
      file: file(n),
      area: n.data.area,
      meetingIds: n.data.meetings.map((m) => m.id),
    })),
    localized: [
      ...site.news.map((n) => ({
        collection: 'news',
        file: file(n),
        lang: n.lang,
        translationKey: n.translationKey,
        district: n.data.district,
      })),
      ...site.blog.map((b) => ({
        collection: 'blog',
        file: file(b),
        lang: b.lang,
        translationKey: b.translationKey,
      })),
    ],
  });
  if (problems.length > 0) throw new ContentIntegrityError(problems);
  return site;
}

let cache: ReturnType<typeof load> | undefined;

/** All content, checked. Every page calls this; the work happens once per build. */
export function getSite() {
  // In `astro dev` content changes while the server runs (the CMS writes files): reload each time.
  if (import.meta.env.DEV) return load();
  cache ??= load();
  return cache;
}
export type Site = Awaited<ReturnType<typeof getSite>>;

/** `getStaticPaths` for pages that exist once per district and language. */
export async function districtStaticPaths() {
  const site = await getSite();
  return LOCALES.flatMap((lang) =>
    site.districts.map((district) => ({ params: { lang, id: district.id }, props: { district } })),
  );
}

export function inLocale<T extends { lang: Locale }>(items: readonly T[], lang: Locale): T[] {
  return items.filter((i) => i.lang === lang);
}

export function officersOfArea(site: Site, areaId: string): Officer[] {
  return site.officers.filter((o) => o.data.areas.includes(areaId));
}

export function districtOf(site: Site, id: string): District {
  const d = site.districts.find((x) => x.id === id);
  if (!d) throw new Error(`Unknown district "${id}".`);
  return d;
}

/** The districts as a form lists them: id and name in `lang`, alphabetical. */
export function districtOptions(site: Site, lang: Locale): { id: string; name: string }[] {
  return site.districts
    .map((d) => ({ id: d.id, name: d.data.name[lang] }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}
