import { readFile, readdir } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { LOCALES } from './i18n/locales.ts';
import {
  COLLECTIONS,
  CONTENT_ROOT,
  EXTENSION,
  contentPath,
  type CollectionName,
} from './models/collections.ts';

/** Where the content lives; benchmarks point this at a generated copy. */
export const CONTENT_DIR = resolve(process.env['MPS_CONTENT_DIR'] ?? CONTENT_ROOT);

/**
 * The loader of a collection, by its kind (src/models/collections.ts).
 *
 * Localized entry ids keep the language folder: "ru/2026-11-20-winter-roads". Pages use the
 * rendered HTML only, so the raw Markdown is not kept in the data store. (Deferred rendering,
 * `deferRender: true`, was measured with `npm run bench:build` and made the 30,000-news build
 * three times slower and use more memory, so bodies are rendered during content sync.)
 */
export function collectionLoader(name: CollectionName): Loader {
  const { kind, folder } = COLLECTIONS[name];
  const base = `${CONTENT_DIR}/${folder}`;
  switch (kind) {
    case 'localized-markdown':
      return glob({
        pattern: `{${LOCALES.join(',')}}/**/*.${EXTENSION[kind]}`,
        base,
        retainBody: false,
      });
    case 'yaml-folder':
      return glob({ pattern: `*.${EXTENSION[kind]}`, base });
    case 'geojson-folder':
      return geojsonLoader(folder);
    case 'settings-file':
      return glob({ pattern: basename(contentPath(name)), base });
  }
}

/**
 * Loads every `*.geojson` file of a folder as one entry, id = file name.
 * Astro's glob() loader reads `.json` but not `.geojson`, the extension GIS tools expect.
 */
export function geojsonLoader(folder: string): Loader {
  const dir = join(CONTENT_DIR, folder);
  return {
    name: 'mps-geojson',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      async function sync() {
        const files = (await readdir(dir)).filter((f) => f.endsWith('.geojson')).sort();
        store.clear();
        for (const file of files) {
          const filePath = relative(process.cwd(), join(dir, file));
          const raw = await readFile(join(dir, file), 'utf8');
          let json: Record<string, unknown>;
          try {
            json = JSON.parse(raw) as Record<string, unknown>;
          } catch (error) {
            throw new Error(`${filePath}: not valid JSON (${(error as Error).message})`, {
              cause: error,
            });
          }
          const id = file.replace(/\.geojson$/, '');
          const data = await parseData({ id, data: json, filePath });
          store.set({ id, data, filePath, digest: generateDigest(raw) });
        }
        logger.info(`loaded ${files.length} files from ${relative(process.cwd(), dir)}`);
      }
      await sync();
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.geojson')) void sync();
      });
    },
  };
}
