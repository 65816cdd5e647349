import en from './en.json' with { type: 'json' };
import kk from './kk.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import type { Locale } from './locales.ts';

export * from './locales.ts';

/** Every UI string key; English is the reference set and the parity test checks the others. */
export type UiKey = keyof typeof en;

export const UI: Record<Locale, Record<UiKey, string>> = { kk, ru, en };

/**
 * Returns the translator for a language: `t('news.pageOf', { page: 2, total: 9 })`.
 * Placeholders are `{name}`; a missing value is an error, not an empty string.
 */
export function useTranslations(lang: Locale) {
  const strings = UI[lang];
  return function t(key: UiKey, values: Record<string, string | number> = {}): string {
    return strings[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`UI string "${key}" needs a value for {${name}}.`);
      return String(value);
    });
  };
}
export type Translate = ReturnType<typeof useTranslations>;
