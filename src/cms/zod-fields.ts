/**
 * Decap fields from a zod model, for any model: names, nesting, widgets, `required`, defaults,
 * hints (`.describe()`), select options (enums), patterns (regex checks, e-mail, https URLs)
 * and number/list bounds. Nothing here knows this site's collections (see collections.ts).
 *
 * The model is read through zod 4's public API: `z.toJSONSchema()` carries the structure, types,
 * bounds, patterns, enums, constants, defaults, descriptions and `.meta()`. It describes the
 * output side, which is what files store (`z.preprocess(fn, X)` is X) and which keeps defaults
 * (the input side drops them under a transform); a field with a default is optional to fill in. What JSON Schema
 * has no word for is asked of zod while it converts: a date (`unrepresentable`), the message
 * of a pattern and whether an address must be https (`override`, by parsing a probe value).
 * No zod internals (`_zod`) are read.
 */
import { z } from 'astro/zod';
import type { DecapField, FieldOverrides } from './decap-types.ts';
import { LOCALES, LOCALE_NAMES, type Locale } from '../i18n/locales.ts';
import { DAY_PATTERN } from '../lib/days.ts';
import type { ImageFn } from '../models/common.ts';
import { imageStandIn } from '../models/image.ts';

/** The widget a model asks for through `.meta({ cmsWidget })`; today only pictures. */
const CMS_WIDGET = 'cmsWidget';

/** A picture in the CMS: the path of an uploaded file, shown with Decap's image widget. */
export const cmsImage: ImageFn = imageStandIn((path) => path.meta({ [CMS_WIDGET]: 'image' }));

/** The part of a JSON Schema read below, plus what `jsonSchemaOf` adds to it. */
interface Json {
  /** Several types: a union of simple values (`z.union([z.string(), z.number()])`). */
  type?: string | string[];
  format?: string;
  description?: string;
  default?: unknown;
  const?: unknown;
  enum?: (string | number)[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  anyOf?: Json[];
  oneOf?: Json[];
  [CMS_WIDGET]?: string;
  /** The message zod gives when the pattern (or e-mail, URL format) does not match. */
  'x-pattern-message'?: string;
  /** A URL that zod accepts only with https. */
  'x-https-only'?: boolean;
  /** The zod type of a schema JSON Schema cannot describe. */
  'x-zod-type'?: string;
}

/** Messages for a pattern that has none of its own (Decap needs one). */
const FALLBACK_MESSAGE = { url: 'Write a full address.', other: 'Check the format.' };

/** The model as JSON Schema, with the few facts Decap needs that JSON Schema does not carry. */
function jsonSchemaOf(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: ({ zodSchema }) =>
      zodSchema instanceof z.ZodDate
        ? { format: 'date' }
        : { 'x-zod-type': zodSchema instanceof z.ZodType ? zodSchema.type : 'unknown' },
    override: ({ zodSchema, jsonSchema }) => {
      const json = jsonSchema as Json;
      if (json.type !== 'string' || !(json.pattern || json.format)) return;
      const url = json.format === 'uri';
      // The empty string fails every pattern and format in the models; a schema's own message
      // outranks the per-parse one, so the fallback shows only where the model has none.
      const fallback = url ? FALLBACK_MESSAGE.url : FALLBACK_MESSAGE.other;
      const probe = z.safeParse(zodSchema, '', { error: () => fallback });
      const issue = probe.error?.issues.find((i) => i.code === 'invalid_format');
      json['x-pattern-message'] = issue?.message ?? fallback;
      if (url) json['x-https-only'] = !z.safeParse(zodSchema, 'http://example.com').success;
    },
  }) as Json;
}

/** Calendar dates are strings checked by this pattern (see `isoDate` in src/models/common.ts). */
const ISO_DATE_SOURCE = DAY_PATTERN.source;
/** Strings that may be longer than this get a multi-line `text` widget. */
const LONG_TEXT = 250;
/**
 * Widgets whose value is walked into (the schema below them mapped field by field); any other
 * widget an override names (hidden, markdown, relation, a custom one…) takes the value whole.
 */
const CONTAINER_WIDGETS = new Set(['object', 'list']);

/** `.int()` bounds a number to the safe integers; that is no bound an editor needs to see. */
const bound = (n: number | undefined) =>
  n === undefined || Math.abs(n) === Number.MAX_SAFE_INTEGER ? undefined : n;

function boundsOf(min: number | undefined, max: number | undefined) {
  const bounds: { min?: number; max?: number } = {};
  const [lo, hi] = [bound(min), bound(max)];
  if (lo !== undefined) bounds.min = lo;
  if (hi !== undefined) bounds.max = hi;
  return bounds;
}

/** A nullable schema is its non-null option (the field stays required, as before). */
function withoutNull(json: Json): Json {
  if (Array.isArray(json.type)) {
    const types = json.type.filter((t) => t !== 'null');
    return { ...json, type: types.length === 1 ? types[0]! : types };
  }
  const options = json.anyOf ?? json.oneOf;
  const others = options?.filter((o) => o.type !== 'null');
  if (!options || others?.length !== 1 || others.length === options.length) return json;
  const { anyOf: _a, oneOf: _o, ...rest } = json;
  return { ...others[0], ...rest };
}

/** The Decap `pattern` of a string: its regex (or e-mail) pattern, or https for URLs. */
function patternOf(json: Json): [string, string] | undefined {
  const message = json['x-pattern-message'] ?? FALLBACK_MESSAGE.other;
  if (json.format === 'uri') {
    const https = json['x-https-only'] ? String.raw`^https://\S+$` : String.raw`^https?://\S+$`;
    return [https, message];
  }
  return json.pattern ? [json.pattern, message] : undefined;
}

const isLocalizedText = (properties: Record<string, Json>) => {
  const keys = Object.keys(properties);
  return (
    keys.length === LOCALES.length &&
    LOCALES.every((lang) => properties[lang] && withoutNull(properties[lang]).type === 'string')
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

function objectFields(object: Json, path: string, ctx: WalkContext) {
  const properties = object.properties ?? {};
  const localized = isLocalizedText(properties);
  return Object.entries(properties).map(([key, json]) => {
    const required = (object.required?.includes(key) ?? false) && json.default === undefined;
    const field = fieldOf(key, json, required, path ? `${path}.${key}` : key, ctx);
    if (localized) field.label = `${LOCALE_NAMES[key as Locale]} (${key})`;
    return field;
  });
}

/** Object options of a union merged into one object: a key missing from some option is optional. */
function mergedUnion(options: Json[], path: string): Json {
  const objects = options.map((o) => {
    const object = withoutNull(o);
    if (!object.properties)
      throw new Error(`${path}: only unions of objects can be mapped to Decap.`);
    return object;
  });
  const properties: Record<string, Json> = {};
  const required: string[] = [];
  for (const key of new Set(objects.flatMap((o) => Object.keys(o.properties ?? {})))) {
    const holders = objects.filter((o) => o.properties?.[key]);
    const variants = holders.map((o) => o.properties![key]!);
    const literals = variants.flatMap((v) => ('const' in v ? [v.const] : []));
    let json = variants[0]!;
    // The discriminator (`kind: district | area`) becomes a choice between its values.
    const merged = literals.length === variants.length && literals.length > 1;
    if (merged) {
      json = { type: 'string', enum: literals.map(String) };
      if (variants[0]!.description) json.description = variants[0]!.description;
    }
    properties[key] = json;
    const inEvery = holders.length === objects.length;
    if (inEvery && (merged || objects[0]!.required?.includes(key))) required.push(key);
  }
  return { type: 'object', properties, required };
}

function fieldOf(
  name: string,
  json: Json,
  required: boolean,
  path: string,
  ctx: WalkContext,
): DecapField {
  const override = ctx.overrides[path];
  if (override) ctx.used.add(path);
  const field: DecapField = { name, label: labelOf(name), widget: 'string' };
  if (!required) field.required = false;
  if (json.description) field.hint = json.description;
  if (json.default !== undefined) field.default = json.default;

  if (override?.widget && !CONTAINER_WIDGETS.has(override.widget)) {
    return { ...field, ...override };
  }
  const s = withoutNull(json);
  const union =
    s.oneOf ?? s.anyOf ?? (Array.isArray(s.type) ? s.type.map((type) => ({ type })) : undefined);
  if (s[CMS_WIDGET] === 'image') {
    // Only uploaded files: the build optimises local pictures and cannot use a remote address.
    Object.assign(field, { widget: 'image', choose_url: false });
  } else if (s.format === 'date') {
    Object.assign(field, dateWidget());
  } else if (s.enum) {
    field.widget = 'select';
    field.options = s.enum;
  } else if ('const' in s) {
    // A constant (GeoJSON `type`, the time zone): kept in the file, not shown to editors.
    field.widget = 'hidden';
    field.default = s.const;
  } else if (s.type === 'string') {
    const pattern = patternOf(s);
    if (pattern?.[0] === ISO_DATE_SOURCE) {
      Object.assign(field, dateWidget());
    } else {
      const { max } = boundsOf(s.minLength, s.maxLength);
      field.widget = max !== undefined && max > LONG_TEXT ? 'text' : 'string';
      if (pattern) field.pattern = pattern;
    }
  } else if (s.type === 'number' || s.type === 'integer') {
    field.widget = 'number';
    field.value_type = s.type === 'integer' ? 'int' : 'float';
    Object.assign(field, boundsOf(s.minimum, s.maximum));
  } else if (s.type === 'boolean') {
    field.widget = 'boolean';
  } else if (s.type === 'object' && s.properties) {
    field.widget = 'object';
    field.fields = objectFields(s, path, ctx);
  } else if (union) {
    field.widget = 'object';
    field.fields = objectFields(mergedUnion(union, path), path, ctx);
  } else if (s.type === 'array' && s.items) {
    field.widget = 'list';
    Object.assign(field, boundsOf(s.minItems, s.maxItems));
    const item = withoutNull(s.items);
    if (item.type === 'object' || item.oneOf || item.anyOf) {
      // The item's fields are addressed as `list.field` (the item adds no path segment).
      field.fields = fieldOf(name, s.items, true, path, ctx).fields ?? [];
    } else {
      const inner = fieldOf(name, s.items, true, `${path}[]`, ctx);
      const { name: _n, required: _r, hint: _h, ...rest } = inner;
      field.field = { name, ...rest, label: field.label };
      // A list of single values (phones, area ids) shows its inputs, not folded items.
      field.collapsed = false;
    }
  } else {
    const type = s['x-zod-type'] ?? (s.type === 'array' ? 'tuple' : s.type);
    throw new Error(
      `${path}: a zod "${type}" has no Decap widget; map it with an override (src/cms/collections.ts).`,
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
  schema: z.ZodType,
  overrides: FieldOverrides = {},
): DecapField[] {
  const json = withoutNull(jsonSchemaOf(schema));
  if (json.type !== 'object' || !json.properties) throw new Error('Expected a zod object schema.');
  const ctx: WalkContext = { overrides, used: new Set() };
  const fields = objectFields(json, '', ctx);
  const stale = Object.keys(overrides).filter((path) => !ctx.used.has(path));
  if (stale.length) throw new Error(`Overrides for fields that do not exist: ${stale.join(', ')}`);
  return fields;
}
