/**
 * Drift test of the CMS's table of labels (src/cms/labels/, applied by src/cms/ui-labels.ts):
 * every collection, settings file and field the models give the CMS has its label (and hint
 * and choices) in kk, ru and en; the table names nothing that no longer exists; English stays
 * what the models say; Kazakh and Russian are not English left untranslated.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { decapCollections } from '../../src/cms/collections.ts';
import { buildDecapConfig } from '../../src/cms/config.ts';
import type {
  DecapCollection,
  DecapField,
  DecapFolderCollection,
} from '../../src/cms/decap-types.ts';
import { LABELS, type LabelTable } from '../../src/cms/labels/index.ts';
import { cmsImage, decapFieldsFromSchema } from '../../src/cms/zod-fields.ts';
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { newsSchema } from '../../src/models/news.ts';

/** Keys whose Kazakh or Russian label may equal the English one (ids, brand names). */
const SAME_AS_ENGLISH: readonly string[] = [];

/** What the CMS shows for one key of the table. */
interface Shown {
  label: string;
  label_singular?: string;
  hint?: string;
  options?: DecapField['options'];
  /** The label of the one field of a list of single values (phones). */
  inner?: string;
}

/** The fields of a text in every language: each is named by its language, in any interface. */
const languageFields = (fields: DecapField[]) =>
  fields.length === LOCALES.length && fields.every((f) => isLocale(f.name));

/** Everything the collections label, by key of the table: `news`, `contacts`, `news.title`. */
function shownIn(collections: DecapCollection[]): Map<string, Shown> {
  const shown = new Map<string, Shown>();
  const walk = (fields: DecapField[], key: string) => {
    if (languageFields(fields)) return;
    for (const f of fields) {
      const path = `${key}.${f.name}`;
      shown.set(path, {
        label: f.label,
        ...(f.hint !== undefined ? { hint: f.hint } : {}),
        ...(f.options ? { options: f.options } : {}),
        ...(f.field ? { inner: f.field.label } : {}),
      });
      if (f.fields) walk(f.fields, path);
    }
  };
  for (const c of collections) {
    const singular = 'label_singular' in c ? c.label_singular : undefined;
    shown.set(c.name, { label: c.label, ...(singular ? { label_singular: singular } : {}) });
    if ('files' in c)
      for (const file of c.files) {
        shown.set(file.name, { label: file.label });
        walk(file.fields, file.name);
      }
    else walk(c.fields, c.name);
  }
  return shown;
}

/** Keys the CMS shows that the table lacks, and keys of the table the CMS no longer has. */
function drift(collections: DecapCollection[], table: LabelTable) {
  const keys = [...shownIn(collections).keys()];
  return {
    missing: keys.filter((k) => !table[k]),
    stale: Object.keys(table).filter((k) => !keys.includes(k)),
  };
}

const derived = decapCollections();
const english = shownIn(derived);
const value = (o: NonNullable<DecapField['options']>[number]) =>
  typeof o === 'object' ? o.value : o;

describe('the table of labels', () => {
  it('labels every collection, settings file and field, and nothing that does not exist', () => {
    expect(drift(derived, LABELS)).toEqual({ missing: [], stale: [] });
  });

  it('fails when a model gains a field, or loses one, and the table does not follow', () => {
    const news = derived.find((c) => c.name === 'news') as DecapFolderCollection;
    const schema = newsSchema({ image: cmsImage }).extend({
      source: z.string().max(100).optional().describe('Where the story comes from.'),
    });
    const grown = { ...news, fields: decapFieldsFromSchema(schema) };
    expect(drift([grown], LABELS).missing).toContain('news.source');
    const shrunk = { ...news, fields: news.fields.filter((f) => f.name !== 'summary') };
    expect(drift([shrunk], LABELS).stale).toContain('news.summary');
  });

  it('has each label in kk, ru and en; a hint where the model has one; every choice', () => {
    for (const [key, shown] of english) {
      const labels = LABELS[key];
      if (!labels) continue; // reported as missing above
      for (const lang of LOCALES) {
        expect(labels.label[lang].trim(), `${key} (${lang})`).not.toBe('');
        if (labels.hint) expect(labels.hint[lang].trim(), `${key} hint (${lang})`).not.toBe('');
      }
      expect(labels.hint !== undefined, `${key}: a hint, as the model has`).toBe(
        shown.hint !== undefined,
      );
      expect(labels.label_singular !== undefined, `${key}: a singular`).toBe(
        shown.label_singular !== undefined,
      );
      expect(Object.keys(labels.options ?? {}), `${key}: choices`).toEqual(
        (shown.options ?? []).map((o) => String(value(o))),
      );
    }
  });
});

describe('the labelled configuration', () => {
  it('keeps English as the models and collections.ts write it', () => {
    expect(buildDecapConfig().collections).toEqual(derived);
    expect(buildDecapConfig({ ui: 'en' }).collections).toEqual(derived);
  });

  it("starts Decap's interface in the language asked, with the content's languages unchanged", () => {
    for (const lang of LOCALES) {
      const config = buildDecapConfig({ ui: lang });
      expect(config.locale).toBe(lang);
      expect(config.i18n).toEqual(buildDecapConfig().i18n);
    }
    expect(buildDecapConfig().locale).toBe('en');
  });

  /** The configuration without what the interface's language changes. */
  function stored(collections: DecapCollection[]): unknown {
    return JSON.parse(
      JSON.stringify(collections, (key, v: unknown) =>
        key === 'label' || key === 'label_singular' || key === 'hint'
          ? undefined
          : key === 'options' && Array.isArray(v)
            ? v.map((o: NonNullable<DecapField['options']>[number]) => value(o))
            : v,
      ),
    );
  }

  for (const lang of ['kk', 'ru'] as const satisfies Locale[]) {
    const collections = buildDecapConfig({ ui: lang }).collections;
    const shown = shownIn(collections);

    it(`${lang}: shows its own words, not the English ones`, () => {
      const untranslated: string[] = [];
      for (const [key, here] of shown) {
        const en = english.get(key)!;
        if (SAME_AS_ENGLISH.includes(key)) continue;
        if (here.label === en.label) untranslated.push(`${key}: "${here.label}"`);
        if (here.hint !== undefined && here.hint === en.hint) untranslated.push(`${key} hint`);
        if (en.label_singular && here.label_singular === en.label_singular)
          untranslated.push(`${key} singular`);
        for (const o of here.options ?? [])
          if (typeof o !== 'object' || o.label === String(o.value))
            untranslated.push(`${key}: choice ${String(value(o))}`);
        if (here.inner !== undefined && here.inner !== here.label)
          untranslated.push(`${key}: its items are "${here.inner}"`);
      }
      expect(untranslated).toEqual([]);
    });

    it(`${lang}: names the languages of a text by themselves, as in every interface`, () => {
      const names: string[] = [];
      const walk = (fields: DecapField[]) => {
        if (languageFields(fields)) names.push(...fields.map((f) => f.label));
        else for (const f of fields) if (f.fields) walk(f.fields);
      };
      for (const c of collections)
        for (const fields of 'files' in c ? c.files.map((f) => f.fields) : [c.fields]) walk(fields);
      expect(names.length).toBeGreaterThan(10);
      const languageNames = LOCALES.map((l) => `${LOCALE_NAMES[l]} (${l})`);
      expect(names.filter((n) => !languageNames.includes(n))).toEqual([]);
    });

    it(`${lang}: changes only what editors read, never what files store`, () => {
      expect(stored(collections)).toEqual(stored(derived));
    });
  }
});
