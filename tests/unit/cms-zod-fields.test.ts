/**
 * The translator from a zod model to Decap fields (src/cms/zod-fields.ts), rule by rule, on
 * small models of its own (the site's models are checked in cms-collections.test.ts).
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { DecapField } from '../../src/cms/decap-types.ts';
import { cmsImage, decapFieldsFromSchema, labelOf } from '../../src/cms/zod-fields.ts';
import { LOCALE_NAMES, LOCALES } from '../../src/i18n/locales.ts';
import { httpsUrl, isoDate, localizedText } from '../../src/models/common.ts';
import { pageSchema } from '../../src/models/pages.ts';

const fieldsOf = (shape: z.ZodRawShape) => decapFieldsFromSchema(z.object(shape));
const only = (schema: z.ZodType): DecapField => fieldsOf({ x: schema })[0]!;

const DATE_WIDGET = {
  widget: 'datetime',
  date_format: 'YYYY-MM-DD',
  time_format: false,
  format: 'YYYY-MM-DD',
  picker_utc: true,
};

describe('Decap fields from a zod model', () => {
  it('names and labels each key, with its hint, and knows what is required', () => {
    expect(labelOf('receptionHours')).toBe('Reception hours');
    expect(
      fieldsOf({
        receptionHours: z.string().describe('When.'),
        note: z.string().optional(),
        on: z.boolean().default(true),
      }),
    ).toEqual([
      { name: 'receptionHours', label: 'Reception hours', widget: 'string', hint: 'When.' },
      { name: 'note', label: 'Note', widget: 'string', required: false },
      { name: 'on', label: 'On', widget: 'boolean', required: false, default: true },
    ]);
  });

  it('gives long strings a text area, and strings with a pattern its message', () => {
    expect(only(z.string().max(250)).widget).toBe('string');
    expect(only(z.string().max(251)).widget).toBe('text');
    expect(only(z.string().regex(/^\d+$/, 'Digits only.')).pattern).toEqual([
      String.raw`^\d+$`,
      'Digits only.',
    ]);
    expect(only(z.string().regex(/^x/)).pattern).toEqual(['^x', 'Check the format.']);
    expect(only(z.email()).pattern?.[1]).toBe('Check the format.');
    expect(only(z.email({ message: 'An e-mail, please.' })).pattern?.[1]).toBe(
      'An e-mail, please.',
    );
  });

  it('asks for https where the model does', () => {
    expect(only(httpsUrl).pattern).toEqual([
      String.raw`^https://\S+$`,
      'Write a full address starting with https://',
    ]);
    expect(only(z.url()).pattern).toEqual([String.raw`^https?://\S+$`, 'Write a full address.']);
  });

  it('picks dates with a date picker, stored as YYYY-MM-DD', () => {
    expect(only(isoDate)).toMatchObject(DATE_WIDGET);
    expect(only(z.coerce.date())).toMatchObject(DATE_WIDGET);
  });

  it('maps numbers with their bounds, but not the safe-integer bounds of .int()', () => {
    expect(only(z.number().int().min(1).max(9))).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 1,
      max: 9,
    });
    const open = only(z.number().int().min(1));
    expect(open).toMatchObject({ value_type: 'int', min: 1 });
    expect(open).not.toHaveProperty('max');
    expect(only(z.number())).toMatchObject({ value_type: 'float' });
  });

  it('offers enums as a choice and keeps constants hidden', () => {
    expect(only(z.enum(['a', 'b']))).toMatchObject({ widget: 'select', options: ['a', 'b'] });
    expect(only(z.literal('Polygon'))).toMatchObject({ widget: 'hidden', default: 'Polygon' });
  });

  it('shows pictures as uploads only', () => {
    expect(only(cmsImage().describe('A photo.'))).toEqual({
      name: 'x',
      label: 'X',
      widget: 'image',
      choose_url: false,
      hint: 'A photo.',
    });
  });

  it('nests objects, labels the languages of a localized text, and lists items', () => {
    expect(only(localizedText()).fields?.map((f) => f.label)).toEqual(
      LOCALES.map((lang) => `${LOCALE_NAMES[lang]} (${lang})`),
    );
    const phones = only(z.array(z.string().regex(/^\+7/)).min(1).max(3));
    expect(phones).toMatchObject({ widget: 'list', min: 1, max: 3, collapsed: false });
    expect(phones.field).toMatchObject({ name: 'x', label: 'X', widget: 'string' });
    const items = only(z.array(z.object({ a: z.string() })));
    expect(items.fields?.map((f) => f.name)).toEqual(['a']);
  });

  it('merges the options of a union of objects; the discriminator becomes a choice', () => {
    const union = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('district') }),
      z.object({ kind: z.literal('area'), id: z.string() }),
    ]);
    expect(only(union).fields).toEqual([
      { name: 'kind', label: 'Kind', widget: 'select', options: ['district', 'area'] },
      { name: 'id', label: 'Id', widget: 'string', required: false },
    ]);
    expect(() => only(z.union([z.string(), z.number()]))).toThrow(/only unions of objects/);
    expect(() => only(z.union([z.object({ a: z.string() }), z.string()]))).toThrow(
      /only unions of objects/,
    );
  });

  it('maps a nullable field as its value, still required', () => {
    expect(only(z.string().nullable())).toEqual({ name: 'x', label: 'X', widget: 'string' });
    expect(only(z.object({ a: z.string() }).nullable()).fields?.[0]?.name).toBe('a');
  });

  it('applies overrides by dotted path', () => {
    const model = z.object({
      a: z.object({ b: z.string() }),
      list: z.array(z.object({ c: z.string() })),
      ids: z.array(z.string()),
    });
    const [a, list, ids] = decapFieldsFromSchema(model, {
      'a.b': { hint: 'B.' },
      'list.c': { widget: 'hidden' },
      'ids[]': { pattern: ['^x', 'X.'] },
    });
    expect(a?.fields?.[0]).toMatchObject({ hint: 'B.' });
    expect(list?.fields?.[0]).toMatchObject({ widget: 'hidden' });
    expect(ids?.field).toMatchObject({ pattern: ['^x', 'X.'] });
  });

  it('refuses a model type it cannot map, and overrides for fields that do not exist', () => {
    expect(() => decapFieldsFromSchema(z.object({ tags: z.map(z.string(), z.string()) }))).toThrow(
      /tags: a zod "map" has no Decap widget/,
    );
    expect(() => decapFieldsFromSchema(pageSchema, { subtitle: { widget: 'text' } })).toThrow(
      /subtitle/,
    );
  });
});
