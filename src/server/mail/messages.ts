/**
 * The texts of the mails: to the applicant in the appeal's language, and the daily digest
 * to the duty inbox. Plain text (no HTML to escape, nothing remote to load); the strings
 * live with the site's UI strings in src/i18n.
 */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { formatDay as day } from '../../lib/format.ts';
import type { ApplicantEvent } from '../../lib/appeal-lifecycle.ts';
import { routes } from '../../lib/routes.ts';
import type { OutgoingMail } from './outbox.ts';

export interface MailAppeal {
  id: string;
  number: string;
  applicantName: string;
  email: string | null;
  language: Locale;
}

/**
 * The mail to the applicant about `event`, or undefined when they gave no e-mail address.
 * `eventId` makes the mail's key: one mail per event.
 */
export function applicantMail(
  appeal: MailAppeal,
  event: ApplicantEvent,
  eventId: string,
  siteUrl: string,
): OutgoingMail | undefined {
  if (!appeal.email) return undefined;
  const lang = appeal.language;
  const t = useTranslations(lang);
  const number = appeal.number;
  let subject: string;
  let lines: string[];
  switch (event.kind) {
    case 'registered':
      subject = t('mail.registered.subject', { number });
      lines = [
        t('mail.registered.body', {
          number,
          date: day(event.registeredOn, lang),
          deadline: day(event.deadline, lang),
        }),
      ];
      break;
    case 'forwarded':
      subject = t('mail.forwarded.subject', { number });
      lines = [t('mail.forwarded.body', { number, date: day(event.on, lang), body: event.to })];
      break;
    case 'extended':
      subject = t('mail.extended.subject', { number });
      lines = [
        t('mail.extended.body', { number, deadline: day(event.deadline, lang) }),
        t('mail.extended.reason', { reason: event.reason }),
      ];
      break;
    case 'answered':
      subject = t('mail.answered.subject', { number });
      lines = [t('mail.answered.body', { number }), event.answer];
      break;
  }
  const statusUrl = new URL(routes.appealStatus(lang), siteUrl).href;
  const body = [
    t('mail.greeting', { name: appeal.applicantName }),
    ...lines,
    t('mail.statusLink', { url: statusUrl }),
    '--',
    t('mail.footer'),
  ].join('\n\n');
  return {
    dedupeKey: `appeal-event:${eventId}`,
    kind: event.kind,
    appealId: appeal.id,
    recipient: appeal.email,
    language: lang,
    subject,
    body: body + '\n',
  };
}

export interface DigestItem {
  number: string;
  topicLabel: string;
  deadline: string;
}

/** The duty inbox's daily digest of new and overdue appeals (one per day and inbox). */
export function digestMail(input: {
  day: string;
  language: Locale;
  recipient: string;
  fresh: DigestItem[];
  overdue: DigestItem[];
  siteUrl: string;
}): OutgoingMail {
  const lang = input.language;
  const t = useTranslations(lang);
  const list = (items: DigestItem[]) =>
    items.length === 0
      ? t('mail.digest.none')
      : items
          .map(
            (i) =>
              `- ${t('mail.digest.item', { number: i.number, topic: i.topicLabel, deadline: day(i.deadline, lang) })}`,
          )
          .join('\n');
  const body = [
    t('mail.digest.new', { count: input.fresh.length }),
    list(input.fresh),
    t('mail.digest.overdue', { count: input.overdue.length }),
    list(input.overdue),
    t('mail.digest.desk', { url: new URL(routes.staff(lang), input.siteUrl).href }),
    '--',
    t('mail.footer'),
  ].join('\n\n');
  return {
    dedupeKey: `digest:${input.day}:${input.recipient}`,
    kind: 'digest',
    recipient: input.recipient,
    language: lang,
    subject: t('mail.digest.subject', {
      date: day(input.day, lang),
      fresh: input.fresh.length,
      overdue: input.overdue.length,
    }),
    body: body + '\n',
  };
}
