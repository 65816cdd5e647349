/**
 * Checks an entry against its content model before the CMS saves it, in every language that
 * will be written. Decap checks only the fields on screen of the default language (required
 * fields and patterns); the models also bound lengths, cross-check fields (an enabled banner
 * needs its text) and cover the other languages, which Decap does not check at all. The
 * admin page runs this on Decap's `preSave` event and refuses the save with these messages.
 * References between files (an officer's areas) are left to the build's integrity check.
 */
import { z } from 'astro/zod';
import type { Locale } from '../i18n/locales.ts';
import { blogSchema } from '../models/blog.ts';
import type { ImageFn } from '../models/common.ts';
import { districtSchema } from '../models/districts.ts';
import { newsSchema } from '../models/news.ts';
import { officerSchema } from '../models/officers.ts';
import { pageSchema } from '../models/pages.ts';
import { SETTINGS_FILES } from './config.ts';

/** In the CMS a picture is the path of an uploaded file; the build checks the file itself. */
const image = (() => z.string().trim().min(1, 'Choose a picture.')) as unknown as ImageFn;

const FOLDER_SCHEMAS: Record<string, z.ZodType> = {
  news: newsSchema({ image }),
  blog: blogSchema({ image }),
  pages: pageSchema,
  officers: officerSchema({ image }),
  districts: districtSchema,
};

/** The model of an entry: by collection, or for settings by file name. */
export function schemaOf(collection: string, slug: string): z.ZodType | undefined {
  if (collection === 'settings')
    return (SETTINGS_FILES as Record<string, { schema: z.ZodType }>)[slug]?.schema;
  return FOLDER_SCHEMAS[collection];
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
