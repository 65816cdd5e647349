/**
 * The language of the CMS's interface (src/cms/interface-language.ts): which one the /admin
 * page starts in, and where the chooser's links lead.
 */
import { describe, expect, it } from 'vitest';
import {
  CHOOSER_LABEL,
  DEFAULT_UI_LOCALE,
  chooserHref,
  interfaceLanguage,
} from '../../src/cms/interface-language.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

describe('the interface language of the CMS', () => {
  it('is Russian until an editor chooses', () => {
    expect(DEFAULT_UI_LOCALE).toBe('ru');
    expect(interfaceLanguage('', null)).toBe('ru');
  });

  it('is the remembered choice, unless the address asks for another', () => {
    expect(interfaceLanguage('', 'kk')).toBe('kk');
    expect(interfaceLanguage('?ui=en', 'kk')).toBe('en');
    expect(interfaceLanguage('?foo=1&ui=kk', null)).toBe('kk');
  });

  it('ignores what is not one of the languages', () => {
    expect(interfaceLanguage('?ui=de', 'kk')).toBe('kk');
    expect(interfaceLanguage('?ui=', 'xx')).toBe('ru');
    expect(interfaceLanguage('?ui=KK', null)).toBe('ru');
  });

  it("reloads in the chosen language on the same Decap page, but not a sign-in link's token", () => {
    expect(chooserHref('kk', '')).toBe('?ui=kk');
    expect(chooserHref('en', '#/collections/news/entries/x')).toBe(
      '?ui=en#/collections/news/entries/x',
    );
    expect(chooserHref('ru', '#invite_token=abc')).toBe('?ui=ru');
  });

  it('names the chooser in every language', () => {
    for (const lang of LOCALES) expect(CHOOSER_LABEL[lang].length).toBeGreaterThan(3);
    expect(new Set(Object.values(CHOOSER_LABEL)).size).toBe(LOCALES.length);
  });
});
