/**
 * The Decap CMS configuration: this site's collections (collections.ts), whose fields are
 * derived from the content models (zod-fields.ts), with the backend, workflow and languages.
 * The object has the shape of Decap's config.yml; the `/admin` page passes it to
 * `CMS.init({ config })`.
 */
import { decapCollections } from './collections.ts';
import type { DecapBackend, DecapConfig } from './decap-types.ts';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';

export interface BuildOptions {
  backend?: Partial<DecapBackend>;
}

export function buildDecapConfig(options: BuildOptions = {}): DecapConfig {
  return {
    backend: { name: 'git-gateway', branch: 'main', ...options.backend },
    local_backend: true,
    publish_mode: 'editorial_workflow',
    // Required by Decap; every collection with pictures sets its own folder.
    media_folder: 'content/news/_covers',
    public_folder: '../_covers',
    i18n: { structure: 'multiple_folders', locales: [...LOCALES], default_locale: DEFAULT_LOCALE },
    collections: decapCollections(),
  };
}

export const decapConfig: DecapConfig = buildDecapConfig();
