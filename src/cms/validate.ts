/**
 * Checks an entry against its content model before the CMS saves it, in every language that
 * will be written. Decap checks only the fields on screen of the default language (required
 * fields and patterns); the models also bound lengths, cross-check fields (an enabled banner
 * needs its text) and cover the other languages, which Decap does not check at all. The
 * admin page runs this on Decap's `preSave` event and refuses the save with these messages.
 * References between files (an officer's areas) are left to the build's integrity check.
 */
import type { z } from 'astro/zod';
import { collectionOfEntry } from './collections.ts';
import type { Locale } from '../i18n/locales.ts';
import { schemaOf as schemaOfCollection } from '../models/collections.ts';
import { imageStandIn } from '../models/image.ts';

/** In the CMS a picture is the path of an uploaded file; the build checks the file itself. */
const image = imageStandIn((path) => path.trim().min(1, 'Choose a picture.'));

/** The model of an entry: by collection, or for settings by file name. */
export function schemaOf(collection: string, slug: string): z.ZodType | undefined {
  const name = collectionOfEntry(collection, slug);
  return name && schemaOfCollection(name, image);
}

/** One version of an entry to check: the data of one language, or of the only file. */
export interface EntryVersion {
  lang?: Locale;
  data: Record<string, unknown>;
}

/** Every problem as "lang: field.path: message"; empty when the entry may be saved. */
export function entryProblems(
  collection: string,
  slug: string,
  versions: readonly EntryVersion[],
): string[] {
  const schema = schemaOf(collection, slug);
  if (!schema) return [`No content model for "${collection}/${slug}".`];
  return versions.flatMap(({ lang, data }) => {
    // The Markdown body is not part of the front matter the model describes.
    const { body: _body, ...fields } = data;
    const result = schema.safeParse(fields);
    if (result.success) return [];
    return result.error.issues.map((issue) => {
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      return `${lang ? `${lang.toUpperCase()}: ` : ''}${where}${issue.message}`;
    });
  });
}
