/**
 * The /admin page's script: registers the site's file format, preview style and preview
 * templates with Decap, then starts it with the configuration derived from the models.
 */
import CMS from 'decap-cms-app';
import siteCss from '../styles/global.css?inline';
import { decapConfig } from './config.ts';
import {
  type PersistedEntry,
  skipBlankFiles,
  translatedFields,
  translatedFrontmatter,
} from './formats.ts';
import { ArticlePreview, OfficerPreview } from './previews.ts';

interface BackendImplementation {
  persistEntry(entry: PersistedEntry, options: unknown): Promise<unknown>;
}
interface BackendEntry {
  init: (...args: unknown[]) => BackendImplementation;
}

for (const collection of decapConfig.collections) {
  if ('folder' in collection && collection.i18n)
    CMS.registerCustomFormat(
      collection.format,
      collection.extension,
      translatedFrontmatter(translatedFields(collection)),
    );
}

// Decap has no option to skip untranslated languages, so the two backends in use (git-gateway
// in production, `proxy` for decap-server locally) get their save wrapped: files without text
// are not written (see formats.ts).
for (const name of ['git-gateway', 'proxy']) {
  const backend = CMS.getBackend(name) as BackendEntry | undefined;
  if (!backend) throw new Error(`Decap has no "${name}" backend to wrap.`);
  const init = backend.init;
  backend.init = (...args) => {
    const implementation = init(...args);
    const persistEntry = implementation.persistEntry.bind(implementation);
    implementation.persistEntry = (entry, options) => persistEntry(skipBlankFiles(entry), options);
    return implementation;
  };
}

CMS.registerPreviewStyle(siteCss, { raw: true });
CMS.registerPreviewTemplate('news', ArticlePreview as never);
CMS.registerPreviewTemplate('blog', ArticlePreview as never);
CMS.registerPreviewTemplate('officers', OfficerPreview as never);

// Only a page opened on this machine looks for decap-server; the public site never does.
const local = ['localhost', '127.0.0.1'].includes(window.location.hostname);
CMS.init({ config: { ...decapConfig, local_backend: local, load_config_file: false } as never });
