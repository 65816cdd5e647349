import { describe, expect, it } from 'vitest';
import { applicantMail, digestMail } from '../../src/server/mail/messages.ts';
import { backoffSeconds } from '../../src/server/mail/outbox.ts';

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

describe('the outbox', () => {
  it('backs off 1, 2, 4 … minutes up to an hour', () => {
    expect([1, 2, 3, 4, 7, 20].map(backoffSeconds)).toEqual([60, 120, 240, 480, 3600, 3600]);
  });
});
