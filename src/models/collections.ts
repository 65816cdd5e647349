/**
 * The content collections, once: each one's name, folder under content/, how its files are
 * laid out (kind) and its model. The build's collections (src/content.config.ts), the CMS
 * (src/cms/collections.ts), the CMS's save check (src/cms/validate.ts), the site loader's
 * settings (src/data/site.ts) and the tests read this table.
 */
import type { z } from 'astro/zod';
import { blogSchema } from './blog.ts';
import type { ImageFn } from './common.ts';
import { districtSchema } from './districts.ts';
import { neighbourhoodSchema } from './neighbourhoods.ts';
import { newsSchema } from './news.ts';
import { officerSchema } from './officers.ts';
import { pageSchema } from './pages.ts';
import { qaSchema } from './qa.ts';
import {
  alertSchema,
  calendarSchema,
  contactsSchema,
  finesSchema,
  siteSchema,
} from './settings.ts';

/** The folder of all content, from the repository root. */
export const CONTENT_ROOT = 'content';

/** How the files of a collection lie in its folder. */
export type CollectionKind =
  /** `<folder>/<lang>/<slug>.md` per language: YAML front matter and a Markdown body. */
  | 'localized-markdown'
  /** `<folder>/<id>.yaml`, every language in the one file. */
  | 'yaml-folder'
  /** `<folder>/<id>.geojson`, a GeoJSON FeatureCollection. */
  | 'geojson-folder'
  /** `<folder>/<name>.yaml`: one file, one entry (the site's settings). */
  | 'settings-file';

/** The file extension of each kind. */
export const EXTENSION: Record<CollectionKind, string> = {
  'localized-markdown': 'md',
  'yaml-folder': 'yaml',
  'geojson-folder': 'geojson',
  'settings-file': 'yaml',
};

/** A model is a zod schema, or a function of Astro's `image()` for models with pictures. */
export type Model = z.ZodType | ((context: { image: ImageFn }) => z.ZodType);

export interface CollectionSpec {
  kind: CollectionKind;
  /** The folder under content/. */
  folder: string;
  model: Model;
  /** Edited by press staff in the CMS (otherwise written by the site's own code). */
  cms: boolean;
}

export const COLLECTIONS = {
  news: { kind: 'localized-markdown', folder: 'news', model: newsSchema, cms: true },
  blog: { kind: 'localized-markdown', folder: 'blog', model: blogSchema, cms: true },
  pages: { kind: 'localized-markdown', folder: 'pages', model: pageSchema, cms: true },
  // Answers published from the staff desk (src/server/staff/publisher.ts), not in the CMS.
  qa: { kind: 'localized-markdown', folder: 'qa', model: qaSchema, cms: false },
  officers: { kind: 'yaml-folder', folder: 'officers', model: officerSchema, cms: true },
  districts: { kind: 'geojson-folder', folder: 'districts', model: districtSchema, cms: true },
  neighbourhoods: {
    kind: 'yaml-folder',
    folder: 'neighbourhoods',
    model: neighbourhoodSchema,
    cms: true,
  },
  contacts: { kind: 'settings-file', folder: 'settings', model: contactsSchema, cms: true },
  fines: { kind: 'settings-file', folder: 'settings', model: finesSchema, cms: true },
  alert: { kind: 'settings-file', folder: 'settings', model: alertSchema, cms: true },
  calendar: { kind: 'settings-file', folder: 'settings', model: calendarSchema, cms: true },
  site: { kind: 'settings-file', folder: 'settings', model: siteSchema, cms: true },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Every collection, in the table's order. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The collections of one kind. */
type OfKind<K extends CollectionKind> = {
  [N in CollectionName]: (typeof COLLECTIONS)[N]['kind'] extends K ? N : never;
}[CollectionName];

export type SettingsName = OfKind<'settings-file'>;

/** The settings files, in the table's order. */
export const SETTINGS_NAMES = COLLECTION_NAMES.filter(
  (name): name is SettingsName => COLLECTIONS[name].kind === 'settings-file',
);

/** Where a collection lives under content/: its folder, or for a settings file the file. */
export function contentPath(name: CollectionName): string {
  const { kind, folder } = COLLECTIONS[name];
  return kind === 'settings-file' ? `${folder}/${name}.${EXTENSION[kind]}` : folder;
}

/** The zod schema of a collection, with `image` standing in for Astro's where it has pictures. */
export function schemaOf(name: CollectionName, image: ImageFn): z.ZodType {
  const model: Model = COLLECTIONS[name].model;
  return typeof model === 'function' ? model({ image }) : model;
}
