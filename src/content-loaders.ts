import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';

/** Where the content lives; benchmarks point this at a generated copy. */
export const CONTENT_DIR = resolve(process.env['MPS_CONTENT_DIR'] ?? 'content');

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
