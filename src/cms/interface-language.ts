/**
 * The language of the CMS's interface on /admin: kk, ru or en, chosen with the links of the
 * page's chooser (`?ui=kk`), remembered in this browser, Russian until chosen. Decap reads its
 * language only when it starts, so a choice reloads the page.
 */
import { isLocale, type Locale } from '../i18n/locales.ts';

/** The query parameter of the chooser's links. */
export const UI_PARAM = 'ui';
/** Where the browser remembers the choice (localStorage). */
export const UI_STORAGE_KEY = 'mps-cms-ui';
/** Until an editor chooses: most of the press staff work in Russian. */
export const DEFAULT_UI_LOCALE: Locale = 'ru';

/** The chooser's name, in the language it is shown in. */
export const CHOOSER_LABEL: Record<Locale, string> = {
  kk: 'Интерфейс тілі',
  ru: 'Язык интерфейса',
  en: 'Interface language',
};

/** The language asked in the address, else the remembered one, else the default. */
export function interfaceLanguage(search: string, remembered: string | null): Locale {
  const asked = new URLSearchParams(search).get(UI_PARAM);
  if (isLocale(asked)) return asked;
  return isLocale(remembered) ? remembered : DEFAULT_UI_LOCALE;
}

/** A chooser link: the language, and Decap's page (`#/collections/news`) to come back to. */
export function chooserHref(lang: Locale, hash: string): string {
  return `?${UI_PARAM}=${lang}${hash.startsWith('#/') ? hash : ''}`;
}

/** The remembered choice; localStorage may be refused (a private window, a strict setting). */
function remembered(): string | null {
  try {
    return localStorage.getItem(UI_STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(ui: Locale): void {
  try {
    localStorage.setItem(UI_STORAGE_KEY, ui);
  } catch {
    // Not remembered: the next visit starts in the language of its address, or the default.
  }
}

/**
 * Reads the choice, remembers it, sets the page's language and marks the chooser's link of
 * the language in use. Returns the language to start Decap in.
 */
export function startInterfaceLanguage(): Locale {
  const ui = interfaceLanguage(window.location.search, remembered());
  remember(ui);
  document.documentElement.lang = ui;
  const chooser = document.querySelector<HTMLElement>('[data-ui-languages]');
  if (!chooser) return ui;
  chooser.setAttribute('aria-label', CHOOSER_LABEL[ui]);
  const links = [...chooser.querySelectorAll<HTMLAnchorElement>('a[hreflang]')];
  const point = () => {
    for (const link of links) {
      if (!isLocale(link.hreflang)) continue;
      link.href = chooserHref(link.hreflang, window.location.hash);
      if (link.hreflang === ui) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  point();
  window.addEventListener('hashchange', point);
  return ui;
}
