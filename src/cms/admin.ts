/**
 * The /admin page's script: registers the site's file format, the check against the content
 * models, the preview style and templates with Decap, then starts it with the configuration
 * derived from the models, in the interface language the editor chose.
 */
// First: the Netlify Identity widget puts itself on window.netlifyIdentity, where Decap's
// git-gateway backend looks for it when it loads. It signs staff in, and it accepts the
// tokens of invitation and password-reset e-mails (templates in src/cms/identity-emails.ts).
// On localhost it stays idle: there the CMS uses decap-server.
import 'netlify-identity-widget';
import CMS from 'decap-cms-app';
import siteCss from '../styles/global.css?inline';
import { buildDecapConfig } from './config.ts';
import { startInterfaceLanguage } from './interface-language.ts';
import decapRu from 'decap-cms-locales/dist/esm/ru/index.js';
import { kk } from './locales/kk.ts';
import { ruMissing, withPhrases } from './locales/ru.ts';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';
import {
  type PersistedEntry,
  skipBlankFiles,
  translatedFields,
  translatedFrontmatter,
} from './formats.ts';
import { articlePreview, OfficerPreview } from './previews.ts';
import { AreaMapControl, AreaMapPreview } from './widgets/area-map.ts';
import { entryProblems, type EntryVersion } from './validate.ts';

interface BackendImplementation {
  persistEntry(entry: PersistedEntry, options: unknown): Promise<unknown>;
}
interface BackendEntry {
  init: (...args: unknown[]) => BackendImplementation;
}
/** The part of Decap's Immutable entry that the save check reads. */
interface EntryMap {
  get(key: 'collection' | 'slug'): string;
  getIn(path: string[]): { toJS(): Record<string, unknown> } | undefined;
}

// Decap bundles Russian and English; Kazakh is ours. Decap reads `locale` only when it starts.
CMS.registerLocale('kk', kk);
// Decap's Russian lacks some phrases, which it would show in English (src/cms/locales/ru.ts).
CMS.registerLocale('ru', withPhrases(decapRu as never, ruMissing));
const decapConfig = buildDecapConfig({ ui: startInterfaceLanguage() });

/** Whether a language's data holds text, per translated collection (see formats.ts). */
const written = new Map<string, (data: Record<string, unknown>) => boolean>();

for (const collection of decapConfig.collections) {
  if (!('folder' in collection && collection.i18n)) continue;
  const format = translatedFrontmatter(translatedFields(collection));
  const hasText = (data: Record<string, unknown>) => format.toFile(data) !== '';
  written.set(collection.name, hasText);
  CMS.registerCustomFormat(collection.format, collection.extension, format);
  if (collection.name === 'news' || collection.name === 'blog')
    CMS.registerPreviewTemplate(collection.name, articlePreview(hasText) as never);
}

/** The versions Decap is about to save: each written language, or the only file. */
function versionsOf(entry: EntryMap): EntryVersion[] {
  const data = (path: string[]) => entry.getIn(path)?.toJS() ?? {};
  const hasText = written.get(entry.get('collection'));
  if (!hasText) return [{ data: data(['data']) }];
  return LOCALES.flatMap((lang) => {
    const values = data(lang === DEFAULT_LOCALE ? ['data'] : ['i18n', lang, 'data']);
    return lang === DEFAULT_LOCALE || hasText(values) ? [{ lang, data: values }] : [];
  });
}

// The models are the rules: what the build would refuse, the CMS refuses to save, with the
// model's messages (Decap shows them in its "failed to save" notice).
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry: map }) => {
    const entry = map as unknown as EntryMap;
    const problems = entryProblems(entry.get('collection'), entry.get('slug'), versionsOf(entry));
    if (problems.length) throw new Error(problems.join(' · '));
    return undefined;
  },
});

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
CMS.registerPreviewTemplate('officers', OfficerPreview as never);
// allowMapValue: the preview gets the geometry itself, not a field of it.
CMS.registerWidget({
  name: 'area-map',
  controlComponent: AreaMapControl,
  previewComponent: AreaMapPreview,
  allowMapValue: true,
} as never);

// Only a page opened on this machine looks for decap-server; the public site never does.
const local = ['localhost', '127.0.0.1'].includes(window.location.hostname);
CMS.init({ config: { ...decapConfig, local_backend: local, load_config_file: false } as never });
