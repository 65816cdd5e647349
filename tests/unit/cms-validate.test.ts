/**
 * The CMS's save check: the content models, applied to every language the CMS will write.
 */
import { describe, expect, it } from 'vitest';
import { entryProblems, schemaOf } from '../../src/cms/validate.ts';

const news = {
  title: 'Урок безопасности в школе',
  translationKey: '2026-11-28-school-lesson',
  date: '2026-11-28',
  summary: 'Участковые рассказали школьникам о безопасности на дороге.',
  cover: '../_covers/school-lesson.png',
  coverAlt: 'Класс и полицейский у доски',
  category: 'prevention',
  body: 'Текст.',
};

describe('the CMS save check', () => {
  it('has a model for every collection and settings file', () => {
    for (const [collection, slug] of [
      ['news', 'x'],
      ['blog', 'x'],
      ['pages', 'structure'],
      ['officers', 'x'],
      ['districts', 'almaly'],
      ['settings', 'contacts'],
      ['settings', 'alert'],
    ] as const)
      expect(schemaOf(collection, slug), `${collection}/${slug}`).toBeDefined();
    expect(entryProblems('settings', 'nope', [{ data: {} }])).toEqual([
      'No content model for "settings/nope".',
    ]);
  });

  it('accepts a complete news item in two languages', () => {
    expect(
      entryProblems('news', news.translationKey, [
        { lang: 'kk', data: { ...news, title: 'Мектептегі қауіпсіздік сабағы' } },
        { lang: 'ru', data: news },
      ]),
    ).toEqual([]);
  });

  it('names the language, the field and the rule the build would apply', () => {
    expect(
      entryProblems('news', news.translationKey, [
        { lang: 'kk', data: news },
        { lang: 'ru', data: { ...news, summary: 'Коротко.', coverAlt: '' } },
      ]),
    ).toEqual([
      'RU: summary: The summary is too short: write at least 20 characters.',
      'RU: coverAlt: Describe the cover picture for people who cannot see it.',
    ]);
  });

  it('applies the checks across fields, e.g. an enabled banner needs its text', () => {
    const alert = { enabled: true, level: 'warning', message: { kk: 'Жол жабық', ru: '', en: '' } };
    expect(entryProblems('settings', 'alert', [{ data: alert }])).toEqual([
      'message: An enabled banner needs its message in kk, ru and en.',
    ]);
    expect(entryProblems('settings', 'alert', [{ data: { ...alert, enabled: false } }])).toEqual(
      [],
    );
  });
});
