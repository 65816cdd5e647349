/**
 * A small local description of Decap CMS's configuration (the shape of its config.yml), so
 * that no Decap package is imported to type it. Types only: every module of src/cms/ may import
 * this without importing another's code.
 */
import type { Locale } from '../i18n/locales.ts';

export type DecapI18n = boolean | 'translate' | 'duplicate' | 'none';

/** A choice of a select shown with a label of its own; the file stores `value`. */
export interface DecapOption {
  label: string;
  value: string | number;
}

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: (string | number | DecapOption)[];
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
  /** The language of Decap's own interface (its buttons, menus and messages). */
  locale: Locale;
  local_backend: boolean;
  publish_mode: 'editorial_workflow' | 'simple';
  media_folder: string;
  public_folder: string;
  i18n: { structure: 'multiple_folders'; locales: Locale[]; default_locale: Locale };
  collections: DecapCollection[];
}
