import { describe, expect, it } from 'vitest';
import {
  ALERT_FEED_MAX_ITEMS,
  boundedItems,
  inLanguage,
  meetingAlertItems,
  newsAlertItems,
  parseAlertFeed,
  parseAlertRequest,
  type AlertItem,
} from '../../src/lib/alerts.ts';

const KNOWN = ['almaly', 'medeu', 'turksib'];

describe('the subscription form', () => {
  it('takes an address and known districts, in the order of the list, once each', () => {
    expect(
      parseAlertRequest(
        { email: '  resident@example.kz ', districts: ['turksib', 'almaly', 'turksib'] },
        KNOWN,
      ),
    ).toEqual({
      ok: true,
      value: { email: 'resident@example.kz', districts: ['almaly', 'turksib'] },
    });
  });

  it('refuses a bad address, no district and a district the city does not have', () => {
    for (const email of [
      '',
      'not an address',
      'a@b',
      'x'.repeat(250) + '@example.kz',
      'a\u0000@b.kz',
    ])
      expect(parseAlertRequest({ email, districts: ['almaly'] }, KNOWN)).toEqual({
        ok: false,
        errors: { email: 'alerts.error.email' },
      });
    expect(parseAlertRequest({ email: 'a@example.kz', districts: [] }, KNOWN)).toEqual({
      ok: false,
      errors: { districts: 'alerts.error.districts' },
    });
    expect(
      parseAlertRequest({ email: 'a@example.kz', districts: ['almaly', '../etc'] }, KNOWN),
    ).toEqual({ ok: false, errors: { districts: 'alerts.error.district' } });
  });
});

const story = (lang: 'kk' | 'ru' | 'en', date: string, district?: string) => ({
  translationKey: 'road-week',
  lang,
  title: `Title ${lang}`,
  date,
  district,
  url: `/${lang}/news/road-week-${lang}/`,
});

describe('the feed', () => {
  it('makes one item per story about a district, its languages together', () => {
    const items = newsAlertItems([
      story('ru', '2026-11-20', 'almaly'),
      story('kk', '2026-11-21', 'almaly'),
      { ...story('en', '2026-11-20'), translationKey: 'city-wide' },
    ]);
    expect(items).toEqual([
      {
        id: 'news:road-week',
        kind: 'news',
        district: 'almaly',
        date: '2026-11-21',
        title: { ru: 'Title ru', kk: 'Title kk' },
        url: { ru: '/ru/news/road-week-ru/', kk: '/kk/news/road-week-kk/' },
      },
    ]);
  });

  it('announces meetings still to come, each under its area', () => {
    const items = meetingAlertItems(
      [
        {
          area: 'almaly-07',
          district: 'almaly',
          meetings: [
            {
              id: 'almaly-07-2026-11-30',
              start: '2026-11-30T18:30',
              agenda: { ru: 'Парковка' },
              url: { ru: '/ru/districts/almaly/meetings/#meeting-almaly-07-2026-11-30' },
            },
            {
              id: 'almaly-07-2026-12-15',
              url: { ru: '/ru/districts/almaly/meetings/#meeting-almaly-07-2026-12-15' },
              start: '2026-12-15T18:30',
              agenda: { ru: 'Освещение двора' },
              place: { ru: 'УПП №12' },
            },
          ],
        },
      ],
      '2026-12-03',
    );
    expect(items).toEqual([
      {
        id: 'meeting:almaly-07:almaly-07-2026-12-15',
        kind: 'meeting',
        district: 'almaly',
        date: '2026-12-15T18:30',
        title: { ru: 'Освещение двора' },
        url: { ru: '/ru/districts/almaly/meetings/#meeting-almaly-07-2026-12-15' },
        place: { ru: 'УПП №12' },
      },
    ]);
  });

  it('keeps the last 30 days, newest first, and a bounded number', () => {
    const item = (id: string, date: string): AlertItem => ({
      id: `news:${id}`,
      kind: 'news',
      district: 'almaly',
      date,
      title: { ru: id },
      url: { ru: `/ru/news/${id}/` },
    });
    const now = new Date('2026-12-03T10:00:00Z');
    const kept = boundedItems(
      [item('old', '2026-11-02'), item('edge', '2026-11-03'), item('new', '2026-12-01')],
      now,
    );
    expect(kept.map((i) => i.id)).toEqual(['news:new', 'news:edge']);
    const many = Array.from({ length: ALERT_FEED_MAX_ITEMS + 5 }, (_, i) =>
      item(`n${i}`, '2026-12-01'),
    );
    expect(boundedItems(many, now)).toHaveLength(ALERT_FEED_MAX_ITEMS);
  });

  it('reads a feed and refuses anything else: other origins, bad ids, repeats', () => {
    const feed = {
      version: 1,
      generated: '2026-12-03T10:00:00Z',
      districts: [{ id: 'almaly', name: { ru: 'Алмалинский район' } }],
      items: [
        {
          id: 'news:road-week',
          kind: 'news',
          district: 'almaly',
          date: '2026-12-01',
          title: { ru: 'Неделя дорог' },
          url: { ru: '/ru/news/road-week/' },
        },
      ],
    };
    expect(parseAlertFeed(feed)).toEqual(feed);
    const withItem = (patch: object) => ({ ...feed, items: [{ ...feed.items[0], ...patch }] });
    expect(() => parseAlertFeed(withItem({ url: { ru: 'https://evil.example/' } }))).toThrow();
    expect(() => parseAlertFeed(withItem({ url: { ru: '//evil.example/' } }))).toThrow();
    expect(() => parseAlertFeed(withItem({ id: 'news:../x' }))).toThrow();
    expect(() => parseAlertFeed(withItem({ district: 'Almaly' }))).toThrow();
    expect(() => parseAlertFeed({ ...feed, items: [feed.items[0], feed.items[0]] })).toThrow(
      /twice/,
    );
    expect(() => parseAlertFeed({ ...feed, version: 2 })).toThrow(/Not an alerts feed/);
    expect(() => parseAlertFeed('[]')).toThrow();
  });

  it("gives a text in the reader's language, else in the site's order", () => {
    expect(inLanguage({ ru: 'р', en: 'e' }, 'kk')).toEqual({ lang: 'ru', value: 'р' });
    expect(inLanguage({ ru: 'р', en: 'e' }, 'en')).toEqual({ lang: 'en', value: 'e' });
    expect(inLanguage({}, 'en')).toBeUndefined();
  });
});
