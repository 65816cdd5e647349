/**
 * The Decap CMS configuration, derived from the content models in src/models/ so that the
 * editor's fields cannot drift from what the build accepts. The object has the shape of Decap's
 * config.yml; the `/admin` page passes it to `CMS.init({ config })`.
 *
 * Derived from the zod schemas: field names, nesting, widgets, `required`, defaults, hints
 * (`.describe()`), select options (enums), patterns (regex checks, e-mail, https URLs) and
 * number/list bounds. Written here by hand: collection paths, slugs, which fields are shared
 * between languages (`i18n: duplicate`) and the few overrides listed per collection.
 */
import { z } from 'astro/zod';
import { translatedFormatName } from './formats.ts';
import { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, type Locale } from '../i18n/locales.ts';
import { blogSchema } from '../models/blog.ts';
import type { ImageFn } from '../models/common.ts';
import { districtSchema } from '../models/districts.ts';
import { newsSchema } from '../models/news.ts';
import { officerSchema } from '../models/officers.ts';
import { pageSchema } from '../models/pages.ts';
import {
  alertSchema,
  calendarSchema,
  contactsSchema,
  finesSchema,
  siteSchema,
} from '../models/settings.ts';

// ---------------------------------------------------------------------------------------------
// A small local description of Decap's configuration (no Decap package is imported).

export type DecapI18n = boolean | 'translate' | 'duplicate' | 'none';

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: (string | number)[];
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  date_format?: string;
  time_format?: boolean;
  format?: string;
  picker_utc?: boolean;
  choose_url?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  fields?: DecapField[];
  field?: DecapField;
  allow_add?: boolean;
  allow_remove?: boolean;
  summary?: string;
  collapsed?: boolean;
  i18n?: DecapI18n;
}

/**
 * Partial settings merged over a derived field, keyed by dotted path: `policePoint.number`; the
 * fields of list items as `features.geometry`; the single field of a list of strings as `areas[]`.
 */
export type FieldOverrides = Record<string, Partial<DecapField>>;

export interface DecapFolderCollection {
  name: string;
  label: string;
  label_singular?: string;
  folder: string;
  extension: string;
  format: string;
  create: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  /** How an entry is listed: a template of its fields. */
  summary?: string;
  media_folder?: string;
  public_folder?: string;
  i18n?: boolean;
  sortable_fields?: string[];
  fields: DecapField[];
}

export interface DecapFile {
  name: string;
  label: string;
  file: string;
  fields: DecapField[];
}

export interface DecapFilesCollection {
  name: string;
  label: string;
  extension: string;
  format: string;
  files: DecapFile[];
}

export type DecapCollection = DecapFolderCollection | DecapFilesCollection;

export interface DecapBackend {
  name: string;
  branch?: string;
  [option: string]: unknown;
}

export interface DecapConfig {
  backend: DecapBackend;
  local_backend: boolean;
  publish_mode: 'editorial_workflow' | 'simple';
  media_folder: string;
  public_folder: string;
  i18n: { structure: 'multiple_folders'; locales: Locale[]; default_locale: Locale };
  collections: DecapCollection[];
}

// ---------------------------------------------------------------------------------------------
// Reading zod v4 schemas. Only the parts of `schema._zod.def` used below are described.

type Schema = z.ZodType;

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  error?: (issue: unknown) => unknown;
}

interface DefView extends CheckDef {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: Schema[];
  items?: Schema[];
  defaultValue?: unknown;
}

const defOf = (schema: Schema) => schema._zod.def as unknown as DefView;
const metaOf = (schema: Schema) =>
  z.globalRegistry.get(schema) as { description?: string; cmsWidget?: string } | undefined;

/** Calendar dates are strings checked by this pattern (see `isoDate` in src/models/common.ts). */
const ISO_DATE_SOURCE = String.raw`^\d{4}-\d{2}-\d{2}$`;
/** Strings that may be longer than this get a multi-line `text` widget. */
const LONG_TEXT = 250;
/** Widgets whose value is not walked into (the schema below them is not mapped field by field). */
const LEAF_WIDGETS = new Set(['hidden', 'code', 'markdown', 'relation', 'string', 'text']);

interface Unwrapped {
  schema: Schema;
  required: boolean;
  default?: unknown;
  hint?: string;
  image: boolean;
}

/** Peels optional/default/pipe wrappers, collecting what they say about the field. */
function unwrap(schema: Schema): Unwrapped {
  let s = schema;
  let required = true;
  let hint: string | undefined;
  let image = false;
  let dflt: unknown;
  for (;;) {
    const meta = metaOf(s);
    hint ??= meta?.description;
    if (meta?.cmsWidget === 'image') image = true;
    const def = defOf(s);
    if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) {
      if (def.type === 'optional') required = false;
      s = def.innerType;
    } else if ((def.type === 'default' || def.type === 'prefault') && def.innerType) {
      required = false;
      dflt = def.defaultValue;
      s = def.innerType;
    } else if ((def.type === 'readonly' || def.type === 'catch') && def.innerType) {
      s = def.innerType;
    } else if (def.type === 'pipe' && def.in && def.out) {
      // z.preprocess(fn, X) is pipe(transform, X): X is what is stored. x.transform(fn) keeps x.
      s = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else break;
  }
  return {
    schema: s,
    required,
    image,
    ...(hint === undefined ? {} : { hint }),
    ...(dflt === undefined ? {} : { default: dflt }),
  };
}

function checksOf(schema: Schema): CheckDef[] {
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  // z.email(), z.url() are string schemas that are themselves a format check.
  return def.check ? [def, ...checks] : checks;
}

function messageOf(check: CheckDef, fallback: string): string {
  const message = check.error?.({});
  return typeof message === 'string' ? message : fallback;
}

/** The Decap `pattern` of a string schema: its regex (or e-mail) check, or https for URLs. */
function patternOf(schema: Schema): [string, string] | undefined {
  for (const check of checksOf(schema)) {
    if (check.check !== 'string_format') continue;
    if (check.format === 'url') {
      const httpsOnly = !schema.safeParse('http://example.com').success;
      return [
        httpsOnly ? String.raw`^https://\S+$` : String.raw`^https?://\S+$`,
        messageOf(check, 'Write a full address.'),
      ];
    }
    if (check.pattern) return [check.pattern.source, messageOf(check, 'Check the format.')];
  }
  return undefined;
}

function boundsOf(schema: Schema): { min?: number; max?: number } {
  const bounds: { min?: number; max?: number } = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length' && check.minimum !== undefined) bounds.min = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) bounds.max = check.maximum;
    if (check.check === 'greater_than' && check.value !== undefined && check.inclusive)
      bounds.min = check.value;
    if (check.check === 'less_than' && check.value !== undefined && check.inclusive)
      bounds.max = check.value;
  }
  return bounds;
}

const isLocalizedText = (shape: Record<string, Schema>) => {
  const keys = Object.keys(shape);
  return (
    keys.length === LOCALES.length &&
    LOCALES.every((lang) => shape[lang] && unwrap(shape[lang]).schema._zod.def.type === 'string')
  );
};

/** "receptionHours" → "Reception hours". */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface WalkContext {
  overrides: FieldOverrides;
  used: Set<string>;
}

function objectFields(shape: Record<string, Schema>, path: string, ctx: WalkContext) {
  const localized = isLocalizedText(shape);
  return Object.entries(shape).map(([key, schema]) => {
    const field = fieldOf(key, schema, path ? `${path}.${key}` : key, ctx);
    if (localized) field.label = `${LOCALE_NAMES[key as Locale]} (${key})`;
    return field;
  });
}

/** Object options of a union merged into one object: a key missing from some option is optional. */
function mergedUnionShape(options: Schema[], path: string): Record<string, Schema> {
  const shapes = options.map((o) => {
    const shape = defOf(unwrap(o).schema).shape;
    if (!shape) throw new Error(`${path}: only unions of objects can be mapped to Decap.`);
    return shape;
  });
  const merged: Record<string, Schema> = {};
  for (const key of new Set(shapes.flatMap((s) => Object.keys(s)))) {
    const variants = shapes.flatMap((s) => (s[key] ? [s[key]] : []));
    const literals = variants.flatMap((v) => {
      const def = defOf(unwrap(v).schema);
      return def.type === 'literal' ? (def.values ?? []) : [];
    });
    let schema: Schema = variants[0]!;
    if (literals.length === variants.length && literals.length > 1) {
      schema = z.enum(literals.map(String) as [string, ...string[]]);
      const hint = unwrap(variants[0]!).hint;
      if (hint) schema = schema.describe(hint);
    }
    merged[key] = variants.length === shapes.length ? schema : schema.optional();
  }
  return merged;
}

function fieldOf(name: string, schema: Schema, path: string, ctx: WalkContext): DecapField {
  const u = unwrap(schema);
  const override = ctx.overrides[path];
  if (override) ctx.used.add(path);
  const field: DecapField = { name, label: labelOf(name), widget: 'string' };
  if (!u.required) field.required = false;
  if (u.hint) field.hint = u.hint;
  if (u.default !== undefined) field.default = u.default;

  if (override?.widget && LEAF_WIDGETS.has(override.widget)) {
    return { ...field, ...override };
  }
  const def = defOf(u.schema);
  if (u.image) {
    // Only uploaded files: the build optimises local pictures and cannot use a remote address.
    Object.assign(field, { widget: 'image', choose_url: false });
  } else if (def.type === 'string') {
    const pattern = patternOf(u.schema);
    if (pattern?.[0] === ISO_DATE_SOURCE) {
      Object.assign(field, dateWidget());
    } else {
      const { max } = boundsOf(u.schema);
      field.widget = max !== undefined && max > LONG_TEXT ? 'text' : 'string';
      if (pattern) field.pattern = pattern;
    }
  } else if (def.type === 'number') {
    field.widget = 'number';
    const int = checksOf(u.schema).some(
      (c) => c.check === 'number_format' && /int/.test(c.format ?? ''),
    );
    field.value_type = int ? 'int' : 'float';
    Object.assign(field, boundsOf(u.schema));
  } else if (def.type === 'boolean') {
    field.widget = 'boolean';
  } else if (def.type === 'date') {
    Object.assign(field, dateWidget());
  } else if (def.type === 'enum') {
    field.widget = 'select';
    field.options = Object.values(def.entries ?? {});
  } else if (def.type === 'literal') {
    // A constant (GeoJSON `type`, the time zone): kept in the file, not shown to editors.
    field.widget = 'hidden';
    field.default = def.values?.[0];
  } else if (def.type === 'object' && def.shape) {
    field.widget = 'object';
    field.fields = objectFields(def.shape, path, ctx);
  } else if (def.type === 'union' && def.options) {
    field.widget = 'object';
    field.fields = objectFields(mergedUnionShape(def.options, path), path, ctx);
  } else if (def.type === 'array' && def.element) {
    field.widget = 'list';
    Object.assign(field, boundsOf(u.schema));
    const item = unwrap(def.element).schema;
    const itemType = defOf(item).type;
    if (itemType === 'object' || itemType === 'union') {
      // The item's fields are addressed as `list.field` (the item adds no path segment).
      field.fields = fieldOf(name, def.element, path, ctx).fields ?? [];
    } else {
      const inner = fieldOf(name, def.element, `${path}[]`, ctx);
      const { name: _n, required: _r, hint: _h, ...rest } = inner;
      field.field = { name, ...rest, label: field.label };
      // A list of single values (phones, area ids) shows its inputs, not folded items.
      field.collapsed = false;
    }
  } else {
    throw new Error(
      `${path}: a zod "${def.type}" has no Decap widget; map it in src/cms/config.ts (an override).`,
    );
  }
  return override ? { ...field, ...override } : field;
}

function dateWidget(): Partial<DecapField> {
  return {
    widget: 'datetime',
    date_format: 'YYYY-MM-DD',
    time_format: false,
    format: 'YYYY-MM-DD',
    picker_utc: true,
  };
}

/**
 * The Decap fields of a zod object schema, one per key, recursively. Every key is mapped or the
 * call throws, so a field added to a model appears in the CMS (or fails loudly) without edits
 * here. `overrides` (by dotted path) adjust a derived field; an override for a path that does
 * not exist throws too, so overrides cannot outlive the fields they were written for.
 */
export function decapFieldsFromSchema(
  schema: Schema,
  overrides: FieldOverrides = {},
): DecapField[] {
  const u = unwrap(schema);
  const def = defOf(u.schema);
  if (def.type !== 'object' || !def.shape) throw new Error('Expected a zod object schema.');
  const ctx: WalkContext = { overrides, used: new Set() };
  const fields = objectFields(def.shape, '', ctx);
  const stale = Object.keys(overrides).filter((path) => !ctx.used.has(path));
  if (stale.length) throw new Error(`Overrides for fields that do not exist: ${stale.join(', ')}`);
  return fields;
}

// ---------------------------------------------------------------------------------------------
// The collections.

/**
 * Stand-in for Astro's `image()`: a path string marked as an image. Astro resolves the relative
 * path (`../_covers/x.svg`, `./photos/x.svg`) and optimises the picture at build time.
 */
export const cmsImage = (() => z.string().meta({ cmsWidget: 'image' })) as unknown as ImageFn;

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

/** A district is chosen from the list of districts (its id is the file name), not typed. */
const districtPicker: Partial<DecapField> = {
  widget: 'relation',
  collection: 'districts',
  value_field: '{{slug}}',
  search_fields: ['name.ru', 'name.kk', 'name.en'],
  display_fields: ['name.ru'],
};

const body: DecapField = { name: 'body', label: 'Text', widget: 'markdown', i18n: true };

/** Fields of news and blog posts that are the same in every language. */
export const SHARED_FIELDS = {
  news: ['translationKey', 'date', 'category', 'district', 'cover', 'draft'],
  blog: ['translationKey', 'date', 'cover', 'draft'],
  pages: ['order', 'updated'],
} as const;

const translationKeyHint =
  'Latin letters, digits and hyphens, starting with the date: "2026-11-20-winter-roads". ' +
  'It becomes the file name and the address of the page in every language; do not change it later.';

export const SETTINGS_FILES = {
  contacts: { label: 'Contacts', schema: contactsSchema },
  fines: { label: 'Fine portals', schema: finesSchema },
  alert: { label: 'Alert banner', schema: alertSchema },
  calendar: { label: 'Working-day calendar', schema: calendarSchema },
  site: { label: 'Site', schema: siteSchema },
} as const;

export interface BuildOptions {
  backend?: Partial<DecapBackend>;
}

export function buildDecapConfig(options: BuildOptions = {}): DecapConfig {
  const image = cmsImage;
  // Markdown in one folder per language; the format leaves out languages nobody wrote.
  const markdown = (name: string) =>
    ({ name, extension: 'md', format: translatedFormatName(name), i18n: true }) as const;

  const news: DecapFolderCollection = {
    ...markdown('news'),
    label: 'News',
    label_singular: 'News item',
    folder: 'content/news',
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
    fields: [
      ...withI18n(
        decapFieldsFromSchema(newsSchema({ image }), {
          translationKey: { hint: translationKeyHint },
          district: districtPicker,
        }),
        SHARED_FIELDS.news,
      ),
      body,
    ],
  };

  const blog: DecapFolderCollection = {
    ...markdown('blog'),
    label: 'Blog of the head of the service',
    label_singular: 'Blog post',
    folder: 'content/blog',
    create: true,
    identifier_field: 'translationKey',
    slug: '{{slug}}',
    summary: '{{title}} ({{date}})',
    // Blog pictures share the news covers folder (content/blog has no folder of its own yet).
    media_folder: '/content/news/_covers',
    public_folder: '../../news/_covers',
    sortable_fields: ['date', 'title'],
    fields: [
      ...withI18n(
        decapFieldsFromSchema(blogSchema({ image }), {
          translationKey: { hint: translationKeyHint },
        }),
        SHARED_FIELDS.blog,
      ),
      body,
    ],
  };

  const pages: DecapFolderCollection = {
    ...markdown('pages'),
    label: 'About the service',
    label_singular: 'Page',
    folder: 'content/pages',
    // The file name is the URL slug and the translation key; titles are Cyrillic, so Decap
    // cannot make a Latin file name from them. New pages are added by a developer.
    create: false,
    delete: false,
    sortable_fields: ['order', 'title'],
    fields: [...withI18n(decapFieldsFromSchema(pageSchema), SHARED_FIELDS.pages), body],
  };

  const officers: DecapFolderCollection = {
    name: 'officers',
    label: 'District inspectors',
    label_singular: 'Inspector',
    folder: 'content/officers',
    extension: 'yaml',
    format: 'yaml',
    create: true,
    identifier_field: 'name.en',
    slug: '{{slug}}',
    summary: '{{name.ru}}',
    media_folder: '/content/officers/photos',
    public_folder: './photos',
    fields: decapFieldsFromSchema(officerSchema({ image }), { district: districtPicker }),
  };

  const districts: DecapFolderCollection = {
    name: 'districts',
    label: 'Districts',
    label_singular: 'District',
    folder: 'content/districts',
    extension: 'geojson',
    format: 'json',
    // The eight districts are fixed; boundaries and areas are drawn in a GIS tool.
    create: false,
    delete: false,
    identifier_field: 'name.en',
    summary: '{{name.ru}}',
    fields: decapFieldsFromSchema(districtSchema, {
      // Editors change streets, names and phones of existing features; adding a feature needs
      // its geometry, which is not editable here, and removing one would lose its boundary.
      // Each item is listed by its id (the boundary of the district has none).
      features: { allow_add: false, allow_remove: false, summary: '{{fields.properties.id}}' },
      'features.properties.kind': { widget: 'hidden' },
      // Polygons are kept as they are: Decap has no map widget, and its `code` widget stores a
      // string (or {code, lang}), not the JSON object the schema needs.
      'features.geometry': { widget: 'hidden' },
    }),
  };

  const settings: DecapFilesCollection = {
    name: 'settings',
    label: 'Settings',
    extension: 'yaml',
    format: 'yaml',
    files: Object.entries(SETTINGS_FILES).map(([name, { label, schema }]) => ({
      name,
      label,
      file: `content/settings/${name}.yaml`,
      fields: decapFieldsFromSchema(schema),
    })),
  };

  return {
    backend: { name: 'git-gateway', branch: 'main', ...options.backend },
    local_backend: true,
    publish_mode: 'editorial_workflow',
    // Required by Decap; every collection with pictures sets its own folder.
    media_folder: 'content/news/_covers',
    public_folder: '../_covers',
    i18n: { structure: 'multiple_folders', locales: [...LOCALES], default_locale: DEFAULT_LOCALE },
    collections: [news, blog, pages, officers, districts, settings],
  };
}

export const decapConfig: DecapConfig = buildDecapConfig();
