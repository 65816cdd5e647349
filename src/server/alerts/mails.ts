/**
 * The alerts' mails (docs/alerts.md): the confirmation, in the language of the page the
 * resident subscribed on, and one mail per new item, in the subscription's language. Plain
 * text: the title, the link to the page itself and a link to leave — no images, no tracking,
 * no redirecting links. Every mail carries `List-Unsubscribe` with its one-click POST
 * (RFC 8058), so that mail programs offer their own "unsubscribe" button.
 */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { inLanguage, type AlertItem } from '../../lib/alerts.ts';
import { formatDateTime, formatDay } from '../../lib/format.ts';
import { almatyToUtc } from '../../lib/meetings.ts';
import { api, routes } from '../../lib/routes.ts';
import type { OutgoingMail } from '../mail/outbox.ts';

export const CONFIRM_MAIL_KIND = 'alert-confirm';
export const ALERT_MAIL_KIND = 'alert';

/** A function's link with its query, on the public site. */
const link = (siteUrl: string, path: string, query: Record<string, string>) => {
  const url = new URL(path, siteUrl);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
};

/** The page that confirms a subscription (a button on it confirms: mail scanners open links). */
export const confirmLink = (siteUrl: string, token: string, lang: Locale) =>
  link(siteUrl, api.alertsConfirm, { token, lang });
/** The page that ends a subscription; a POST to the same address ends it at once. */
export const unsubscribeLink = (siteUrl: string, token: string, lang: Locale) =>
  link(siteUrl, api.alertsUnsubscribe, { token, lang });

/** RFC 2369 and RFC 8058: the mail program's own button posts to the link. */
const unsubscribeHeaders = (url: string) => ({
  'List-Unsubscribe': `<${url}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});

const footer = (lang: Locale, siteUrl: string, unsubscribeUrl: string) => {
  const t = useTranslations(lang);
  return [
    '--',
    t('alerts.mail.why', { url: new URL(routes.alerts(lang), siteUrl).href }),
    t('alerts.mail.unsubscribe', { url: unsubscribeUrl }),
    t('mail.footer'),
  ];
};

export interface ConfirmationInput {
  email: string;
  lang: Locale;
  /** The districts asked for, named in `lang`. */
  districtNames: readonly string[];
  confirmToken: string;
  unsubscribeToken: string;
  hours: number;
  siteUrl: string;
  /** One mail per confirmation token. */
  dedupeKey: string;
}

export function confirmationMail(input: ConfirmationInput): OutgoingMail {
  const { lang, siteUrl } = input;
  const t = useTranslations(lang);
  const unsubscribeUrl = unsubscribeLink(siteUrl, input.unsubscribeToken, lang);
  const body = [
    t('alerts.mail.confirm.body', { districts: input.districtNames.join(', ') }),
    t('alerts.mail.confirm.link', {
      url: confirmLink(siteUrl, input.confirmToken, lang),
      hours: input.hours,
    }),
    t('alerts.mail.confirm.ignore', { hours: input.hours }),
    ...footer(lang, siteUrl, unsubscribeUrl),
  ].join('\n\n');
  return {
    dedupeKey: input.dedupeKey,
    kind: CONFIRM_MAIL_KIND,
    recipient: input.email,
    language: lang,
    subject: t('alerts.mail.confirm.subject'),
    body: body + '\n',
    headers: unsubscribeHeaders(unsubscribeUrl),
  };
}

export interface AlertMailInput {
  item: AlertItem;
  /** The district's name per language (the id when the feed names none). */
  districtName: Partial<Record<Locale, string>>;
  subscription: { id: string; email: string; lang: Locale; unsubscribeToken: string };
  siteUrl: string;
}

/** A meeting's start (Almaty time, YYYY-MM-DDTHH:MM) as the site writes it. */
const meetingTime = (start: string, lang: Locale) =>
  start.length > 10
    ? formatDateTime(almatyToUtc(start), lang)
    : formatDay(start.slice(0, 10), lang);

/** The mail about `item` to one subscription: one per item and subscription. */
export function alertMail({
  item,
  districtName,
  subscription,
  siteUrl,
}: AlertMailInput): OutgoingMail {
  const lang = subscription.lang;
  const t = useTranslations(lang);
  const district = inLanguage(districtName, lang)?.value ?? item.district;
  const title = inLanguage(item.title, lang)?.value ?? '';
  const path = inLanguage(item.url, lang)?.value ?? routes.alerts(lang);
  const url = new URL(path, siteUrl).href;
  const unsubscribeUrl = unsubscribeLink(siteUrl, subscription.unsubscribeToken, lang);
  const place = item.place && inLanguage(item.place, lang)?.value;
  const lines =
    item.kind === 'news'
      ? [t('alerts.mail.news.intro', { district }), title, url]
      : [
          t('alerts.mail.meeting.intro', { district, when: meetingTime(item.date, lang) }),
          ...(place ? [t('alerts.mail.meeting.place', { place })] : []),
          t('alerts.mail.meeting.agenda', { agenda: title }),
          url,
        ];
  const subject =
    item.kind === 'news'
      ? t('alerts.mail.news.subject', { district, title })
      : t('alerts.mail.meeting.subject', { district, when: meetingTime(item.date, lang) });
  return {
    dedupeKey: `alert:${item.id}:${subscription.id}`,
    kind: ALERT_MAIL_KIND,
    recipient: subscription.email,
    language: lang,
    // A subject is one line, and not a whole article.
    subject: subject.replace(/\s+/g, ' ').slice(0, 250),
    body: [...lines, ...footer(lang, siteUrl, unsubscribeUrl)].join('\n\n') + '\n',
    headers: unsubscribeHeaders(unsubscribeUrl),
  };
}
