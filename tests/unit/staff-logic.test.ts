/** Pure parts of the desk: personal-data warnings, dates, mail texts. */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/lib/personal-data.ts';
import { median } from '../../src/server/appeals/stats.ts';
import { applicantMail, digestMail } from '../../src/server/mail/messages.ts';
import { backoffSeconds } from '../../src/server/mail/outbox.ts';

describe('personal data in a text to publish', () => {
  it('finds phones, e-mail addresses, the applicant’s name and surname-like words', () => {
    const kinds = findPersonalData(
      'Меня зовут Айгерим Сапарова, тел. 8 (701) 234-56-78, почта aigerim@example.kz. Участковый Петров А.Б. не пришёл.',
      ['Айгерим Сапарова'],
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        { kind: 'phone', text: '8 (701) 234-56-78' },
        { kind: 'email', text: 'aigerim@example.kz' },
        { kind: 'name', text: 'Айгерим' },
        { kind: 'name', text: 'Сапарова' },
        { kind: 'name', text: 'Петров А.Б.' },
      ]),
    );
  });

  it('finds Kazakh patronymic forms and Latin surnames', () => {
    expect(findPersonalData('Хат жазған Нұрлан Серікұлы', []).map((f) => f.text)).toContain(
      'Серікұлы',
    );
    expect(findPersonalData('Inspector Kassymov did not come', []).map((f) => f.text)).toContain(
      'Kassymov',
    );
  });

  it('leaves short numbers, dates and plain text alone', () => {
    expect(
      findPersonalData('Позвоните 102 или 112. Дом 12/1, квартира 45, 21 марта 2026 года.'),
    ).toEqual([]);
  });
});

describe('dates', () => {
  it('takes the median of odd and even counts, null of none', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('backs off 1, 2, 4 … minutes up to an hour', () => {
    expect([1, 2, 3, 4, 7, 20].map(backoffSeconds)).toEqual([60, 120, 240, 480, 3600, 3600]);
  });
});

describe('mail texts', () => {
  const appeal = {
    id: '1',
    number: 'MPS-2026-000001',
    applicantName: 'Демо Заявитель',
    email: 'demo@example.kz',
    language: 'kk' as const,
  };

  it('writes to the applicant in the appeal’s language, with the status page link', () => {
    const mail = applicantMail(
      appeal,
      { kind: 'answered', answer: 'Жауап мәтіні.' },
      '42',
      'https://mps.example',
    )!;
    expect(mail).toMatchObject({
      dedupeKey: 'appeal-event:42',
      recipient: 'demo@example.kz',
      language: 'kk',
      subject: 'MPS-2026-000001 өтінішке жауап',
    });
    expect(mail.body).toContain('Құрметті Демо Заявитель!');
    expect(mail.body).toContain('Жауап мәтіні.');
    expect(mail.body).toContain('https://mps.example/kk/chief/status/');
  });

  it('sends nothing to an applicant without an e-mail address', () => {
    expect(
      applicantMail(
        { ...appeal, email: null },
        { kind: 'answered', answer: 'x' },
        '1',
        'https://x',
      ),
    ).toBeUndefined();
  });

  it('makes one digest per day and inbox', () => {
    const mail = digestMail({
      day: '2026-12-01',
      language: 'ru',
      recipient: 'duty@mps.example',
      fresh: [{ number: 'MPS-2026-000002', topicLabel: 'Мошенничество', deadline: '2026-12-22' }],
      overdue: [],
      siteUrl: 'https://mps.example',
    });
    expect(mail.dedupeKey).toBe('digest:2026-12-01:duty@mps.example');
    expect(mail.subject).toBe('Обращения на 1 декабря 2026 г.: новых 1, просрочено 0');
    expect(mail.body).toContain('MPS-2026-000002 · Мошенничество');
    expect(mail.body).toContain('https://mps.example/ru/staff/');
  });
});
