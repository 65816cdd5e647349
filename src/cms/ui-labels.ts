/**
 * Puts the labels of one interface language (src/cms/labels/) on the CMS's collections:
 * collection and settings file names, each field's label and hint, and the display names of
 * select choices (the stored values stay as they are). A key the table lacks keeps the English
 * the CMS derives from the models; tests/unit/cms-labels.test.ts makes sure none is missing.
 */
import type { DecapCollection, DecapField, DecapOption } from './decap-types.ts';
import { LABELS, type LabelTable, type Labels } from './labels/index.ts';
import type { Locale } from '../i18n/locales.ts';

/** A choice with its label in the language; a label equal to the value is just the value. */
function option(choice: string | number | DecapOption, labels: Labels, ui: Locale) {
  const value = typeof choice === 'object' ? choice.value : choice;
  const label = labels.options?.[String(value)]?.[ui];
  return label === undefined || label === String(value) ? choice : { label, value };
}

/** One field with its own labels, without the fields inside it. */
function withLabels(field: DecapField, labels: Labels | undefined, ui: Locale): DecapField {
  if (!labels) return field;
  const labelled: DecapField = { ...field, label: labels.label[ui] };
  if (field.hint !== undefined && labels.hint) labelled.hint = labels.hint[ui];
  if (field.options) labelled.options = field.options.map((o) => option(o, labels, ui));
  return labelled;
}

function labelledField(field: DecapField, path: string, table: LabelTable, ui: Locale) {
  const labels = table[path];
  const labelled = withLabels(field, labels, ui);
  if (field.fields)
    labelled.fields = field.fields.map((f) => labelledField(f, `${path}.${f.name}`, table, ui));
  // A list of single values (phones) shows its one field under the list's own label.
  if (field.field)
    labelled.field = { ...withLabels(field.field, labels, ui), label: labelled.label };
  return labelled;
}

const labelledFields = (fields: DecapField[], key: string, table: LabelTable, ui: Locale) =>
  fields.map((f) => labelledField(f, `${key}.${f.name}`, table, ui));

/** The collections as the CMS shows them in the interface language `ui`. */
export function labelledCollections(
  collections: DecapCollection[],
  ui: Locale,
  table: LabelTable = LABELS,
): DecapCollection[] {
  return collections.map((collection): DecapCollection => {
    const own = table[collection.name];
    const label = own?.label[ui] ?? collection.label;
    if ('files' in collection) {
      const files = collection.files.map((file) => ({
        ...file,
        label: table[file.name]?.label[ui] ?? file.label,
        fields: labelledFields(file.fields, file.name, table, ui),
      }));
      return { ...collection, label, files };
    }
    const singular = own?.label_singular?.[ui];
    return {
      ...collection,
      label,
      ...(collection.label_singular !== undefined && singular ? { label_singular: singular } : {}),
      fields: labelledFields(collection.fields, collection.name, table, ui),
    };
  });
}
