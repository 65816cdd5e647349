/**
 * The one table of collections (src/models/collections.ts) against what reads it and what it
 * describes: the build's collections (src/content.config.ts with src/content-loaders.ts), the
 * CMS's collections and save check, and the folders and files under content/.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildDecapConfig } from '../../src/cms/config.ts';
import type { DecapFilesCollection, DecapFolderCollection } from '../../src/cms/decap-types.ts';
import { schemaOf as cmsSchemaOf } from '../../src/cms/validate.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  CONTENT_ROOT,
  EXTENSION,
  contentPath,
  SETTINGS_NAMES,
} from '../../src/models/collections.ts';

// content.config.ts imports Astro's virtual module; here a collection is what it was given.
vi.mock('astro:content', () => ({ defineCollection: (config: unknown) => config }));
const { collections } = await import('../../src/content.config.ts');

const inCms = COLLECTION_NAMES.filter((n) => COLLECTIONS[n].cms);
const config = buildDecapConfig();

describe('the table of collections', () => {
  it('is what the build defines, each with its model', () => {
    expect(Object.keys(collections)).toEqual(COLLECTION_NAMES);
    for (const name of COLLECTION_NAMES) {
      expect(collections[name].schema, name).toBe(COLLECTIONS[name].model);
      expect(collections[name].loader, name).toBeDefined();
    }
  });

  it('describes the folders and files under content/, and nothing else is there', () => {
    const folders = new Set(COLLECTION_NAMES.map((n) => COLLECTIONS[n].folder));
    const present = readdirSync(CONTENT_ROOT).filter((f) =>
      statSync(join(CONTENT_ROOT, f)).isDirectory(),
    );
    expect(present.sort()).toEqual([...folders].sort());
    for (const name of COLLECTION_NAMES) {
      const { kind } = COLLECTIONS[name];
      const path = join(CONTENT_ROOT, contentPath(name));
      expect(existsSync(path), path).toBe(true);
      if (kind === 'settings-file') continue;
      const dirs = kind === 'localized-markdown' ? LOCALES.map((l) => join(path, l)) : [path];
      for (const dir of dirs) {
        const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile());
        expect(files.length, dir).toBeGreaterThan(0);
        for (const file of files) expect(file.endsWith(`.${EXTENSION[kind]}`), file).toBe(true);
      }
    }
  });

  it('is what the CMS edits: a folder collection each, the settings files in one', () => {
    const cms = config.collections;
    const folderNames = inCms.filter((n) => COLLECTIONS[n].kind !== 'settings-file');
    const folders = cms.filter((c): c is DecapFolderCollection => 'folder' in c);
    expect(folders.map((c) => [c.name, c.folder, c.extension])).toEqual(
      folderNames.map((n) => [
        n,
        `${CONTENT_ROOT}/${COLLECTIONS[n].folder}`,
        EXTENSION[COLLECTIONS[n].kind],
      ]),
    );
    const files = cms.filter((c): c is DecapFilesCollection => 'files' in c);
    expect(files.flatMap((c) => c.files.map((f) => [c.name, f.name, f.file]))).toEqual(
      SETTINGS_NAMES.map((n) => [COLLECTIONS[n].folder, n, `${CONTENT_ROOT}/${contentPath(n)}`]),
    );
    // Q&A is written by the staff desk only.
    expect(cms.map((c) => c.name)).not.toContain('qa');
  });

  it('gives the CMS save check a model for every collection and settings file it edits', () => {
    for (const name of inCms) {
      const { kind, folder } = COLLECTIONS[name];
      const schema =
        kind === 'settings-file' ? cmsSchemaOf(folder, name) : cmsSchemaOf(name, 'any-entry');
      expect(schema, name).toBeDefined();
    }
    expect(cmsSchemaOf('qa', 'x')).toBeUndefined();
    expect(cmsSchemaOf('settings', 'news')).toBeUndefined();
  });
});
