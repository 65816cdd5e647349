/**
 * The Decap CMS configuration: this site's collections (collections.ts), whose fields are
 * derived from the content models (zod-fields.ts), with the backend, workflow and languages,
 * labelled in the language of the interface (ui-labels.ts). The object has the shape of
 * Decap's config.yml; the `/admin` page passes it to `CMS.init({ config })`.
 */
import { decapCollections } from './collections.ts';
import type { DecapBackend, DecapConfig } from './decap-types.ts';
import { labelledCollections } from './ui-labels.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';

export interface BuildOptions {
  backend?: Partial<DecapBackend>;
  /** The language of Decap's interface and of the labels: English unless asked. */
  ui?: Locale;
}

export function buildDecapConfig(options: BuildOptions = {}): DecapConfig {
  const ui = options.ui ?? 'en';
  return {
    backend: { name: 'git-gateway', branch: 'main', ...options.backend },
    locale: ui,
    local_backend: true,
    publish_mode: 'editorial_workflow',
    // Required by Decap; every collection with pictures sets its own folder.
    media_folder: 'content/news/_covers',
    public_folder: '../_covers',
    // The languages of the content (Decap's language tabs), whatever the interface's language.
    i18n: { structure: 'multiple_folders', locales: [...LOCALES], default_locale: DEFAULT_LOCALE },
    collections: labelledCollections(decapCollections(), ui),
  };
}
