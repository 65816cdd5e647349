/**
 * This site's collections in the CMS: one per collection of the table in
 * src/models/collections.ts that press staff edit, and one "Settings" collection of the
 * settings files. Folders, file formats and fields come from the table and the models; written
 * here by hand: labels, slugs, where uploads go, which fields are shared between languages
 * (`i18n: duplicate`) and the few overrides of derived fields.
 */
import type {
  DecapCollection,
  DecapField,
  DecapFilesCollection,
  DecapFolderCollection,
  DecapI18n,
  FieldOverrides,
} from './decap-types.ts';
import { translatedFormatName } from './formats.ts';
import { cmsImage, decapFieldsFromSchema } from './zod-fields.ts';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  CONTENT_ROOT,
  EXTENSION,
  contentPath,
  schemaOf,
  type CollectionName,
  type SettingsName,
} from '../models/collections.ts';

/** The collections press staff edit, each in a folder collection of its own. */
type FolderName = {
  [N in CollectionName]: (typeof COLLECTIONS)[N]['cms'] extends true ? N : never;
}[Exclude<CollectionName, SettingsName>];

/** What the table does not say about a folder collection. */
type FolderDetails = Omit<
  DecapFolderCollection,
  'name' | 'folder' | 'extension' | 'format' | 'i18n' | 'fields'
> & {
  overrides?: FieldOverrides;
  /** Translated collections: the fields that are the same in every language. */
  shared?: readonly string[];
};

/** A district is chosen from the list of districts (its id is the file name), not typed. */
const districtPicker: Partial<DecapField> = {
  widget: 'relation',
  collection: 'districts',
  value_field: '{{slug}}',
  search_fields: ['name.ru', 'name.kk', 'name.en'],
  display_fields: ['name.ru'],
};

const translationKeyHint =
  'Latin letters, digits and hyphens, starting with the date: "2026-11-20-winter-roads". ' +
  'It becomes the file name and the address of the page in every language; do not change it later.';

const FOLDERS: Record<FolderName, FolderDetails> = {
  news: {
    label: 'News',
    label_singular: 'News item',
    create: true,
    // The file name is the translation key (all existing files follow this): the editor types
    // the key once in the default language, Decap uses the same file name in every language.
    identifier_field: 'translationKey',
    slug: '{{slug}}',
    summary: '{{title}} ({{date}})',
    // Uploads are saved in the folder Astro's image() resolves the written path against.
    media_folder: '/content/news/_covers',
    public_folder: '../_covers',
    sortable_fields: ['date', 'title', 'category'],
    overrides: { translationKey: { hint: translationKeyHint }, district: districtPicker },
    shared: ['translationKey', 'date', 'category', 'district', 'cover', 'draft'],
  },
  blog: {
    label: 'Blog of the head of the service',
    label_singular: 'Blog post',
    create: true,
    identifier_field: 'translationKey',
    slug: '{{slug}}',
    summary: '{{title}} ({{date}})',
    // Blog pictures share the news covers folder (content/blog has no folder of its own yet).
    media_folder: '/content/news/_covers',
    public_folder: '../../news/_covers',
    sortable_fields: ['date', 'title'],
    overrides: { translationKey: { hint: translationKeyHint } },
    shared: ['translationKey', 'date', 'cover', 'draft'],
  },
  pages: {
    label: 'About the service',
    label_singular: 'Page',
    // The file name is the URL slug and the translation key; titles are Cyrillic, so Decap
    // cannot make a Latin file name from them. New pages are added by a developer.
    create: false,
    delete: false,
    sortable_fields: ['order', 'title'],
    shared: ['order', 'updated'],
  },
  officers: {
    label: 'District inspectors',
    label_singular: 'Inspector',
    create: true,
    identifier_field: 'name.en',
    slug: '{{slug}}',
    summary: '{{name.ru}}',
    media_folder: '/content/officers/photos',
    public_folder: './photos',
    overrides: { district: districtPicker },
  },
  districts: {
    label: 'Districts',
    label_singular: 'District',
    // The eight districts are fixed; their cutting into areas comes from a GIS (npm run
    // import:areas -- --boundaries), and boundaries are moved on the map here.
    create: false,
    delete: false,
    identifier_field: 'name.en',
    summary: '{{name.ru}}',
    overrides: {
      // Editors change streets, names, phones and boundaries of existing features; a new area
      // comes with its boundary from a GIS, and removing one would leave land in no area.
      // Each item is listed by its id (the boundary of the district has none).
      features: { allow_add: false, allow_remove: false, summary: '{{fields.properties.id}}' },
      'features.properties.kind': { widget: 'hidden' },
      'features.properties.streets': { summary: '{{fields.name.ru}}' },
      // Decap's own map widget stores a string and cannot move the points of a drawn polygon:
      // boundaries are edited with the site's own widget (src/cms/widgets/area-map.ts).
      'features.geometry': { widget: 'area-map' },
    },
  },
  neighbourhoods: {
    label: 'Area priorities and meetings',
    label_singular: 'Area',
    create: true,
    // The file name is the area's id (content/neighbourhoods/almaly-07.yaml), typed once.
    identifier_field: 'area',
    slug: '{{area}}',
    summary: '{{area}}',
    sortable_fields: ['area'],
    overrides: {
      priorities: { summary: '{{fields.title.ru}} ({{fields.status}}, {{fields.reviewed}})' },
      meetings: { summary: '{{fields.start}}: {{fields.agenda.ru}}' },
    },
  },
};

/** The settings files are one "Settings" collection, named after their folder. */
const SETTINGS_LABEL = 'Settings';
const SETTINGS_FILE_LABELS: Record<SettingsName, string> = {
  contacts: 'Contacts',
  fines: 'Fine portals',
  alert: 'Alert banner',
  calendar: 'Working-day calendar',
  site: 'Site',
};

const body: DecapField = { name: 'body', label: 'Text', widget: 'markdown', i18n: true };

/** Marks each field (and the fields inside it) as translated or shared between languages. */
function withI18n(fields: DecapField[], shared: readonly string[]): DecapField[] {
  const names = new Set(fields.map((f) => f.name));
  const unknown = shared.filter((name) => !names.has(name));
  if (unknown.length) throw new Error(`Shared fields that do not exist: ${unknown.join(', ')}`);
  const mark = (field: DecapField, i18n: DecapI18n): DecapField => ({
    ...field,
    i18n,
    ...(field.fields ? { fields: field.fields.map((f) => mark(f, i18n)) } : {}),
    ...(field.field ? { field: mark(field.field, i18n) } : {}),
  });
  return fields.map((f) => mark(f, shared.includes(f.name) ? 'duplicate' : true));
}

function folderCollection(name: FolderName): DecapFolderCollection {
  const { kind, folder } = COLLECTIONS[name];
  const { overrides, shared = [], ...details } = FOLDERS[name];
  const fields = decapFieldsFromSchema(schemaOf(name, cmsImage), overrides);
  const common = {
    name,
    ...details,
    folder: `${CONTENT_ROOT}/${folder}`,
    extension: EXTENSION[kind],
  };
  if (kind === 'localized-markdown') {
    // Markdown in one folder per language; the format leaves out languages nobody wrote.
    const format = translatedFormatName(name);
    return { ...common, format, i18n: true, fields: [...withI18n(fields, shared), body] };
  }
  return { ...common, format: kind === 'geojson-folder' ? 'json' : 'yaml', fields };
}

function settingsCollection(folder: string, names: SettingsName[]): DecapFilesCollection {
  return {
    name: folder,
    label: SETTINGS_LABEL,
    extension: EXTENSION['settings-file'],
    format: 'yaml',
    files: names.map((name) => ({
      name,
      label: SETTINGS_FILE_LABELS[name],
      file: `${CONTENT_ROOT}/${contentPath(name)}`,
      fields: decapFieldsFromSchema(schemaOf(name, cmsImage)),
    })),
  };
}

const editedInCms = (name: CollectionName) => COLLECTIONS[name].cms;
const isSettings = (name: CollectionName): name is SettingsName =>
  COLLECTIONS[name].kind === 'settings-file';

/** The CMS's collections, in the table's order; settings files where the first of a folder is. */
export function decapCollections(): DecapCollection[] {
  const names = COLLECTION_NAMES.filter(editedInCms);
  return names.flatMap((name): DecapCollection[] => {
    if (!isSettings(name)) return [folderCollection(name as FolderName)];
    const { folder } = COLLECTIONS[name];
    const files = names.filter(isSettings).filter((n) => COLLECTIONS[n].folder === folder);
    return name === files[0] ? [settingsCollection(folder, files)] : [];
  });
}

/** The collection of the table a CMS entry belongs to: by collection, or by settings file. */
export function collectionOfEntry(collection: string, slug: string): CollectionName | undefined {
  const names = COLLECTION_NAMES.filter(editedInCms);
  return (
    names.find((n) => !isSettings(n) && n === collection) ??
    names.find((n) => isSettings(n) && n === slug && COLLECTIONS[n].folder === collection)
  );
}
