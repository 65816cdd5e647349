/** The alerts' mails and the secrets of their links (src/server/alerts/{mails,tokens}.ts). */
import { describe, expect, it } from 'vitest';
import { alertMail, confirmationMail } from '../../src/server/alerts/mails.ts';
import {
  confirmHash,
  newConfirmToken,
  newUnsubscribeKey,
  TOKEN_PATTERN,
  unsubscribeKeyOf,
  unsubscribeToken,
} from '../../src/server/alerts/tokens.ts';

const SITE = 'https://mps.example.kz';

describe('the links’ secrets', () => {
  it('keeps only an HMAC of a confirmation token, keyed with the salt', () => {
    const token = newConfirmToken();
    expect(token).toMatch(TOKEN_PATTERN);
    expect(confirmHash(token, 'salt')).not.toContain(token);
    expect(confirmHash(token, 'salt')).toBe(confirmHash(token, 'salt'));
    expect(confirmHash(token, 'other')).not.toBe(confirmHash(token, 'salt'));
    expect(newConfirmToken()).not.toBe(token);
  });

  it('accepts a leaving token only with the HMAC of its key under the same salt', () => {
    const key = newUnsubscribeKey();
    const token = unsubscribeToken(key, 'salt');
    expect(token).toMatch(TOKEN_PATTERN);
    expect(unsubscribeKeyOf(token, 'salt')).toBe(key);
    expect(unsubscribeKeyOf(token, 'other salt')).toBeUndefined();
    expect(unsubscribeKeyOf(key, 'salt')).toBeUndefined();
    expect(unsubscribeKeyOf(`${key}.${'A'.repeat(43)}`, 'salt')).toBeUndefined();
    expect(
      unsubscribeKeyOf(`${newUnsubscribeKey()}.${token.split('.')[1]}`, 'salt'),
    ).toBeUndefined();
  });
});

describe('the mails', () => {
  const subscription = {
    id: '7',
    email: 'resident@example.kz',
    lang: 'kk' as const,
    unsubscribeToken: unsubscribeToken(newUnsubscribeKey(), 'salt'),
  };

  it('asks to confirm in the page’s language, with a link to the page and one to leave', () => {
    const mail = confirmationMail({
      email: 'resident@example.kz',
      lang: 'ru',
      districtNames: ['Алмалинский район', 'Медеуский район'],
      confirmToken: 'tok'.repeat(8),
      unsubscribeToken: subscription.unsubscribeToken,
      hours: 48,
      siteUrl: SITE,
      dedupeKey: 'alert-confirm:x',
    });
    expect(mail.subject).toBe('Подтвердите подписку на новости района');
    expect(mail.body).toContain('Алмалинский район, Медеуский район');
    expect(mail.body).toContain(`${SITE}/api/alerts/confirm?token=${'tok'.repeat(8)}&lang=ru`);
    expect(mail.body).toContain('48');
    expect(mail.headers).toEqual({
      'List-Unsubscribe': `<${SITE}/api/alerts/unsubscribe?token=${encodeURIComponent(subscription.unsubscribeToken)}&lang=ru>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('tells of news in the subscription’s language, else in another, with no tracking', () => {
    const mail = alertMail({
      item: {
        id: 'news:road-week',
        kind: 'news',
        district: 'almaly',
        date: '2026-12-01',
        title: { ru: 'Неделя безопасности дорог' },
        url: { ru: '/ru/news/road-week/' },
      },
      districtName: { kk: 'Алмалы ауданы', ru: 'Алмалинский район' },
      subscription,
      siteUrl: SITE,
    });
    expect(mail).toMatchObject({
      dedupeKey: 'alert:news:road-week:7',
      kind: 'alert',
      recipient: 'resident@example.kz',
      language: 'kk',
      subject: 'Алмалы ауданы: Неделя безопасности дорог',
    });
    expect(mail.body).toContain(`${SITE}/ru/news/road-week/`);
    expect(mail.body).toContain('/api/alerts/unsubscribe?token=');
    // Only the page itself and the leaving and subscription pages: no redirect, no pixel.
    const links = [...mail.body.matchAll(/https?:\/\/\S+/g)].map((m) => new URL(m[0]).pathname);
    expect(links.sort()).toEqual(['/api/alerts/unsubscribe', '/kk/alerts/', '/ru/news/road-week/']);
  });

  it('announces a meeting with its time in Almaty, place and agenda', () => {
    const mail = alertMail({
      item: {
        id: 'meeting:almaly-07:almaly-07-2026-12-15',
        kind: 'meeting',
        district: 'almaly',
        date: '2026-12-15T18:30',
        title: { en: 'Parking in the yards' },
        url: { en: '/en/districts/almaly/#area-almaly-07' },
        place: { en: 'Police point No. 12' },
      },
      districtName: { en: 'Almaly District' },
      subscription: { ...subscription, lang: 'en' },
      siteUrl: SITE,
    });
    expect(mail.subject).toMatch(/^Almaly District: meeting with residents, 15 Dec 2026, 18:30$/);
    expect(mail.body).toContain('Place: Police point No. 12');
    expect(mail.body).toContain('Agenda: Parking in the yards');
  });
});
