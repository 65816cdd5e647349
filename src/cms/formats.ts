/**
 * The file format of translated Markdown collections (news, blog, about pages): YAML front
 * matter and a Markdown body, like Decap's own `frontmatter` format, with one difference.
 *
 * Decap keeps the shared fields (date, category, cover…) of every language in step, so each
 * language of a new entry has data even when nobody wrote it, and Decap would save a file per
 * language — a Kazakh news item would get an English file with no title, which the build
 * rejects. So this format gives an empty text for a language in which none of the translated
 * fields is filled in, and `skipBlankFiles` (wrapped around the backends by the admin page)
 * leaves such files out of the commit: a missing translation stays missing, and the site shows
 * its "not translated" page.
 */
import { parse, stringify } from 'yaml';
import type { DecapFolderCollection } from './decap-types.ts';

export interface DecapFormatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

const filled = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(filled)
    : value !== null && typeof value === 'object'
      ? Object.values(value).some(filled)
      : typeof value === 'string'
        ? value.trim() !== ''
        : value !== undefined && value !== null;

/** The names of the fields an editor writes per language (the rest are shared). */
export function translatedFields(collection: DecapFolderCollection): string[] {
  return collection.fields.filter((f) => f.i18n === true).map((f) => f.name);
}

/** Front matter + body; a language with none of `translated` filled in gives an empty text. */
export function translatedFrontmatter(translated: readonly string[]): DecapFormatter {
  return {
    fromFile(content) {
      const match = FRONT_MATTER.exec(content);
      if (!match) return { body: content };
      const data = (parse(match[1] ?? '') ?? {}) as Record<string, unknown>;
      return { ...data, body: (match[2] ?? '').replace(/^\r?\n/, '') };
    },
    toFile(data, sortedKeys = []) {
      if (!translated.some((name) => filled(data[name]))) return '';
      const { body, ...meta } = data;
      // Decap's field order first, then any other keys in the order they came.
      const keys = [
        ...sortedKeys.filter((k) => k in meta),
        ...Object.keys(meta).filter((k) => !sortedKeys.includes(k)),
      ].filter((k) => meta[k] !== undefined && meta[k] !== null && meta[k] !== '');
      const front = stringify(Object.fromEntries(keys.map((k) => [k, meta[k]])), {
        lineWidth: 0,
      });
      const text = typeof body === 'string' ? body.trim() : '';
      return `---\n${front}---\n${text ? `\n${text}\n` : ''}`;
    },
  };
}

/** The custom format name of a translated Markdown collection. */
export const translatedFormatName = (collection: string) => `${collection}-frontmatter`;

/** What Decap hands a backend to save: one data file per language, plus uploads. */
export interface PersistedEntry {
  dataFiles: { path: string; raw: string }[];
  [key: string]: unknown;
}

/** The entry without the files that hold no text (Decap adds a newline to an empty text). */
export function skipBlankFiles<T extends PersistedEntry>(entry: T): T {
  return { ...entry, dataFiles: entry.dataFiles.filter((file) => file.raw.trim() !== '') };
}
