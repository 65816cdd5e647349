/** The web app manifest of each language and its icons (src/lib/web-app.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, UI } from '../../src/i18n/index.ts';
import { ICONS, webManifest } from '../../src/lib/web-app.ts';
import { iconSvg } from '../../src/views/app-icon.ts';

describe('webManifest', () => {
  it.each(LOCALES)('%s: names the service in the language and starts on its home page', (lang) => {
    const manifest = webManifest(lang);
    expect(manifest).toMatchObject({
      id: `/${lang}/`,
      name: UI[lang]['site.name'],
      short_name: UI[lang]['site.short'],
      lang,
      start_url: `/${lang}/`,
      scope: '/',
      display: 'standalone',
      theme_color: '#062f57',
      background_color: '#ffffff',
    });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    expect(manifest.shortcuts.map((s) => s.url)).toEqual([
      `/${lang}/finder/`,
      `/${lang}/contacts/`,
    ]);
  });
});

describe('iconSvg', () => {
  const emblem = readFileSync('public/emblem.svg', 'utf8');

  it('centres the emblem on a navy square of the icon’s size', () => {
    const svg = iconSvg(emblem, 'icon-192');
    expect(svg).toMatch(/^<svg [^>]*width="192" height="192"/);
    expect(svg).toContain('fill="#062f57"');
    expect(svg).toContain('fill="#fec50c"');
    expect(svg.match(/<svg/g)).toHaveLength(1);
  });

  it('keeps the maskable icon’s emblem inside the safe circle (radius 40 % of the side)', () => {
    const { size, emblem: share } = ICONS['maskable-512'];
    const height = size * share;
    const width = (height * 44) / 52;
    expect(Math.hypot(width / 2, height / 2)).toBeLessThanOrEqual(size * 0.4);
  });
});
