/**
 * Labels used by more than one collection, and choices named by the site's own dictionaries.
 */
import type { Labels, Words } from './types.ts';
import { UI, type UiKey } from '../../i18n/index.ts';

export const translationKey: Labels = {
  label: { kk: 'Аударма кілті', ru: 'Ключ перевода', en: 'Translation key' },
  hint: {
    kk:
      'Латын әріптері, цифрлар мен дефистер, басында — күн: «2026-11-20-winter-roads». ' +
      'Одан файлдың аты және барлық тілдегі беттің мекенжайы жасалады; кейін оны өзгертпеңіз.',
    ru:
      'Латинские буквы, цифры и дефисы, в начале — дата: «2026-11-20-winter-roads». ' +
      'Из него получаются имя файла и адрес страницы на всех языках; потом его не меняйте.',
    en:
      'Latin letters, digits and hyphens, starting with the date: "2026-11-20-winter-roads". ' +
      'It becomes the file name and the address of the page in every language; do not change it later.',
  },
};

export const draft: Labels = {
  label: { kk: 'Қаралама', ru: 'Черновик', en: 'Draft' },
  hint: {
    kk: 'Қаралама жарияланбайды.',
    ru: 'Черновик не публикуется.',
    en: 'A draft is not published.',
  },
};

/** The Markdown text of an article or a page. */
export const body: Labels = { label: { kk: 'Мәтін', ru: 'Текст', en: 'Text' } };

export const cover: Words = { kk: 'Мұқаба', ru: 'Обложка', en: 'Cover' };
export const coverAlt: Words = {
  kk: 'Мұқаба сипаттамасы',
  ru: 'Описание обложки',
  en: 'Cover alt',
};

/**
 * The choices of a vocabulary the site names in its dictionaries (`rank.captain`,
 * `category.events` in src/i18n/*.json): the CMS shows the site's words in Kazakh and Russian,
 * and the stored value in English, as it always has.
 */
export function dictionaryOptions(prefix: string, values: readonly string[]) {
  const word = (lang: 'kk' | 'ru', value: string) => UI[lang][`${prefix}.${value}` as UiKey];
  return Object.fromEntries(
    values.map((value): [string, Words] => [
      value,
      { kk: word('kk', value), ru: word('ru', value), en: value },
    ]),
  );
}
