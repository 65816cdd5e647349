/**
 * The shape of the table of labels (src/cms/labels/): what the CMS shows for a collection, a
 * settings file or a field, in each language of its interface. Types only.
 */
import type { Locale } from '../../i18n/locales.ts';

/** A word or a sentence in each interface language. */
export type Words = Record<Locale, string>;

/**
 * The labels of one key of the table. Keys are a collection (`news`, `settings`), a settings
 * file (`contacts`), or a collection or settings file and a field's dotted path (`news.title`,
 * `districts.features.properties.streets.otherNames.kind`, `contacts.service.phone`).
 */
export interface Labels {
  label: Words;
  /** A folder collection's name for one entry ("＋ News item"). */
  label_singular?: Words;
  /** The grey line under a field; where the model has a description (`.describe()`). */
  hint?: Words;
  /** A select's choices by stored value; where a label equals the value, the value is shown. */
  options?: Record<string, Words>;
}

/** A part of the table: one collection, or the settings files. */
export type LabelTable = Record<string, Labels>;
