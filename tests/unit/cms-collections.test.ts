/**
 * Drift test between the content models (src/models) and the CMS's collections
 * (src/cms/collections.ts): same field names, same required flags, same select options and
 * patterns, folders that exist, and existing content files that the CMS can show field by field.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildDecapConfig } from '../../src/cms/config.ts';
import type {
  DecapField,
  DecapFilesCollection,
  DecapFolderCollection,
} from '../../src/cms/decap-types.ts';
import {
  translatedFields,
  translatedFormatName,
  translatedFrontmatter,
} from '../../src/cms/formats.ts';
import { cmsImage, decapFieldsFromSchema } from '../../src/cms/zod-fields.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { PHONE_PATTERN } from '../../src/lib/phone.ts';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  SETTINGS_NAMES,
  schemaOf,
} from '../../src/models/collections.ts';
import { NEWS_CATEGORIES, newsSchema } from '../../src/models/news.ts';
import { RANKS } from '../../src/models/officers.ts';

type Schema = z.ZodType;
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  options?: Schema[];
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
}
const defOf = (s: Schema) => s._zod.def as unknown as Def;

/** The stored schema under optional/default/preprocess wrappers (written independently of config.ts). */
function core(s: Schema): Schema {
  const def = defOf(s);
  if (def.innerType) return core(def.innerType);
  if (def.type === 'pipe' && def.in && def.out)
    return core(defOf(def.in).type === 'transform' ? def.out : def.in);
  return s;
}

/** The object shape of a schema, or of its list items; unions of objects merge their keys. */
function shapeOf(s: Schema): Record<string, Schema> | undefined {
  const c = core(s);
  const def = defOf(c);
  if (def.type === 'object') return def.shape;
  if (def.type === 'array' && def.element) return shapeOf(def.element);
  if (def.type === 'union' && def.options) {
    const shapes = def.options.map((o) => shapeOf(o) ?? {});
    const merged: Record<string, Schema> = {};
    for (const shape of shapes)
      for (const [key, value] of Object.entries(shape)) {
        // Present in every option and required there, or optional.
        merged[key] = shapes.every((sh) => sh[key]) ? (merged[key] ?? value) : value.optional();
      }
    return merged;
  }
  return undefined;
}

const LEAVES = new Set(['hidden', 'code', 'markdown', 'area-map']);

/** Every difference between a schema and the CMS fields, as "path: problem" lines. */
function drift(schema: Schema, fields: DecapField[], path = ''): string[] {
  const shape = shapeOf(schema) ?? {};
  const problems: string[] = [];
  const cmsNames = fields.map((f) => f.name).filter((n) => n !== 'body');
  const schemaNames = Object.keys(shape);
  for (const n of schemaNames)
    if (!cmsNames.includes(n)) problems.push(`${path}${n}: in the model, not in the CMS`);
  for (const n of cmsNames)
    if (!schemaNames.includes(n)) problems.push(`${path}${n}: in the CMS, not in the model`);
  for (const field of fields) {
    const s = shape[field.name];
    if (!s) continue;
    const here = `${path}${field.name}`;
    const optional = s.safeParse(undefined).success;
    if ((field.required === false) !== optional)
      problems.push(`${here}: required is ${field.required ?? true}, the model says ${!optional}`);
    const def = defOf(core(s));
    if (def.type === 'enum' && field.widget === 'select') {
      expect(field.options, here).toEqual(Object.values(def.entries ?? {}));
    }
    const itemDef = def.type === 'array' && def.element ? defOf(core(def.element)) : def;
    const regex = itemDef.checks?.find((c) => c._zod.def.format === 'regex')?._zod.def.pattern;
    const pattern = (field.field ?? field).pattern;
    // A relation offers only ids of existing files, which the file names keep valid.
    const picked = field.widget === 'datetime' || field.widget === 'relation';
    if (regex && !picked && pattern?.[0] !== regex.source)
      problems.push(`${here}: pattern ${pattern?.[0]} is not ${regex.source}`);
    if (field.fields && !LEAVES.has(field.widget))
      problems.push(...drift(s, field.fields, `${here}.`));
    else if (!LEAVES.has(field.widget) && shapeOf(s))
      problems.push(`${here}: the model has fields, the CMS does not`);
  }
  return problems;
}

const config = buildDecapConfig();
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const folderCollection = (name: string) => collection(name) as DecapFolderCollection;
const image = cmsImage;

/** The models of the collections the CMS edits in folders (the table's order). */
const MODELS: Record<string, Schema> = Object.fromEntries(
  COLLECTION_NAMES.filter((n) => COLLECTIONS[n].cms && COLLECTIONS[n].kind !== 'settings-file').map(
    (n) => [n, schemaOf(n, image)],
  ),
);

describe('Decap CMS collections', () => {
  it('has a collection for every model and every settings file', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...Object.keys(MODELS), 'settings']);
    const settings = collection('settings') as DecapFilesCollection;
    expect(settings.files.map((f) => f.name)).toEqual(SETTINGS_NAMES);
  });

  for (const [name, schema] of Object.entries(MODELS)) {
    it(`${name}: fields, required flags and patterns match the model`, () => {
      expect(drift(schema, folderCollection(name).fields)).toEqual([]);
    });
  }
  for (const name of SETTINGS_NAMES) {
    const schema = schemaOf(name, image);
    it(`settings/${name}: fields, required flags and patterns match the model`, () => {
      const file = (collection('settings') as DecapFilesCollection).files.find(
        (f) => f.name === name,
      )!;
      expect(drift(schema, file.fields)).toEqual([]);
    });
  }

  it('maps the special fields as the issue asks', () => {
    const news = folderCollection('news').fields;
    const byName = (fields: DecapField[], n: string) => fields.find((f) => f.name === n)!;
    expect(byName(news, 'category').options).toEqual([...NEWS_CATEGORIES]);
    expect(byName(news, 'cover').widget).toBe('image');
    expect(byName(news, 'date')).toMatchObject({
      widget: 'datetime',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      format: 'YYYY-MM-DD',
    });
    expect(byName(news, 'draft')).toMatchObject({ widget: 'boolean', required: false });
    expect(byName(news, 'body').widget).toBe('markdown');
    const officers = folderCollection('officers').fields;
    expect(byName(officers, 'rank').options).toEqual([...RANKS]);
    expect(byName(officers, 'photo').widget).toBe('image');
    expect(byName(officers, 'phones').field?.pattern?.[0]).toBe(PHONE_PATTERN.source);
    expect(byName(officers, 'name').fields?.map((f) => f.name)).toEqual([...LOCALES]);
    // Districts are picked from the districts collection, whose file names are the ids.
    for (const field of [byName(news, 'district'), byName(officers, 'district')]) {
      expect(field).toMatchObject({ widget: 'relation', collection: 'districts' });
      expect(field.value_field).toBe('{{slug}}');
    }
    expect(byName(news, 'district').required).toBe(false);
    expect(byName(officers, 'district').required ?? true).toBe(true);
    expect(byName(byName(officers, 'policePoint').fields!, 'number')).toMatchObject({
      widget: 'number',
      value_type: 'int',
    });
    const fines = (collection('settings') as DecapFilesCollection).files.find(
      (f) => f.name === 'fines',
    )!.fields;
    expect(byName(fines[0]!.fields!, 'url').pattern?.[0]).toBe(String.raw`^https://\S+$`);
  });

  it('marks every field of a translated collection as translated or shared', () => {
    for (const name of ['news', 'blog', 'pages']) {
      const c = folderCollection(name);
      expect(c.i18n).toBe(true);
      for (const f of c.fields) expect([true, 'duplicate'], `${name}.${f.name}`).toContain(f.i18n);
    }
  });

  it('derives fields automatically: a field added to a model appears in the CMS', () => {
    const original = newsSchema({ image });
    const extended = original.extend({
      source: z.string().max(100).optional().describe('Where the story comes from.'),
    });
    const fields = decapFieldsFromSchema(extended);
    expect(fields.find((f) => f.name === 'source')).toMatchObject({
      widget: 'string',
      required: false,
      hint: 'Where the story comes from.',
    });
    // The drift check catches a CMS configuration that lacks the new field.
    expect(drift(extended, folderCollection('news').fields)).toEqual([
      'source: in the model, not in the CMS',
    ]);
  });
});

describe('Decap CMS paths and existing content', () => {
  const folders = config.collections.filter((c): c is DecapFolderCollection => 'folder' in c);

  it('points at folders that exist, and saves uploads where the written paths lead', () => {
    for (const c of folders) {
      const dirs = c.i18n ? LOCALES.map((l) => join(c.folder, l)) : [c.folder];
      for (const dir of dirs) {
        expect(existsSync(dir), dir).toBe(true);
        if (!c.media_folder) continue;
        // Decap saves an upload in media_folder (from the repository root) and writes
        // public_folder/name into the file; Astro resolves that from the file's folder.
        expect(c.media_folder.startsWith('/'), c.name).toBe(true);
        expect(existsSync(`.${c.media_folder}`), c.name).toBe(true);
        expect(resolve(dir, c.public_folder ?? ''), c.name).toBe(resolve(`.${c.media_folder}`));
      }
    }
    expect(existsSync(config.media_folder)).toBe(true);
    for (const f of (collection('settings') as DecapFilesCollection).files)
      expect(existsSync(f.file), f.file).toBe(true);
  });

  /** Keys of a file that have no CMS field (Decap would not show them). */
  function unknownKeys(data: unknown, fields: DecapField[], path = ''): string[] {
    if (Array.isArray(data)) return data.flatMap((d, i) => unknownKeys(d, fields, `${path}${i}.`));
    if (!data || typeof data !== 'object') return [];
    return Object.entries(data).flatMap(([key, value]) => {
      const field = fields.find((f) => f.name === key);
      if (!field) return [`${path}${key}`];
      if (!field.fields || LEAVES.has(field.widget)) return [];
      return unknownKeys(value, field.fields, `${path}${key}.`);
    });
  }

  /** Front matter without the body, read with the CMS's own format. */
  const frontmatter = (c: DecapFolderCollection, file: string) => {
    const { body: _body, ...data } = translatedFrontmatter(translatedFields(c)).fromFile(
      readFileSync(file, 'utf8'),
    );
    return data;
  };

  it('shows every key of every existing content file', () => {
    const problems: string[] = [];
    for (const c of folders) {
      const dirs = c.i18n ? LOCALES.map((l) => join(c.folder, l)) : [c.folder];
      for (const dir of dirs)
        for (const name of readdirSync(dir).filter((n) => n.endsWith(`.${c.extension}`))) {
          const file = join(dir, name);
          const data =
            c.format === translatedFormatName(c.name)
              ? frontmatter(c, file)
              : c.format === 'json'
                ? (JSON.parse(readFileSync(file, 'utf8')) as unknown)
                : (parseYaml(readFileSync(file, 'utf8')) as unknown);
          problems.push(...unknownKeys(data, c.fields).map((k) => `${file}: ${k}`));
          // Existing relative picture paths resolve from the file, as Decap's public_folder does.
          if (c.public_folder && data && typeof data === 'object') {
            for (const f of c.fields.filter((f) => f.widget === 'image')) {
              const value = (data as Record<string, unknown>)[f.name];
              if (typeof value === 'string') {
                expect(value.startsWith(`${c.public_folder}/`), `${file}: ${value}`).toBe(true);
                expect(existsSync(join(dir, value)), `${file}: ${value}`).toBe(true);
              }
            }
          }
        }
    }
    for (const f of (collection('settings') as DecapFilesCollection).files)
      problems.push(
        ...unknownKeys(parseYaml(readFileSync(f.file, 'utf8')), f.fields).map(
          (k) => `${f.file}: ${k}`,
        ),
      );
    expect(problems).toEqual([]);
  });
});
