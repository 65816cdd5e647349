/**
 * The web app manifest of each language and its icons (src/pages/[lang]/manifest.webmanifest.ts,
 * src/pages/icons/[icon].png.ts, which draws them with src/views/app-icon.ts).
 */
import { useTranslations, type Locale } from '../i18n';
import { routes } from './routes.ts';

/** The site's colours (src/styles/global.css: navy, white). */
export const THEME_COLOR = '#062f57';
export const BACKGROUND_COLOR = '#ffffff';

/**
 * The icons, drawn from public/emblem.svg on the site's navy: `emblem` is the emblem's height
 * as a share of the side. A maskable icon keeps it inside the central circle (80 % of the side)
 * that every launcher's mask leaves visible.
 */
export const ICONS = {
  'icon-192': { size: 192, emblem: 0.72, purpose: 'any' },
  'icon-512': { size: 512, emblem: 0.72, purpose: 'any' },
  'maskable-512': { size: 512, emblem: 0.56, purpose: 'maskable' },
  'apple-touch-icon': { size: 180, emblem: 0.72, purpose: 'any' },
} as const;
export type IconName = keyof typeof ICONS;

export const iconPath = (name: IconName) => `/icons/${name}.png`;

/** The manifest of one language: the service's name in it, and the app starts on its home page. */
export function webManifest(lang: Locale) {
  const t = useTranslations(lang);
  return {
    // One installed app per language: its name and start page stay in the language chosen.
    id: routes.home(lang),
    name: t('site.name'),
    short_name: t('site.short'),
    description: t('site.tagline'),
    lang,
    dir: 'ltr',
    start_url: routes.home(lang),
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: (['icon-192', 'icon-512', 'maskable-512'] as const).map((name) => ({
      src: iconPath(name),
      sizes: `${ICONS[name].size}x${ICONS[name].size}`,
      type: 'image/png',
      purpose: ICONS[name].purpose,
    })),
    shortcuts: [
      { name: t('finder.title'), url: routes.finder(lang) },
      { name: t('contacts.title'), url: routes.contacts(lang) },
    ],
  };
}
