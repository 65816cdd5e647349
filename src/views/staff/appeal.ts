/**
 * One appeal on the desk: its facts, the applicant, the text and the answer, what has not
 * happened yet, the forms of the actions the user may take, and the full history.
 */
import { LOCALE_NAMES, type Locale, type UiKey } from '../../i18n/index.ts';
import { isOpen, type DeskActionType } from '../../lib/appeal-lifecycle.ts';
import { escapeHtml } from '../../lib/html.ts';
import { api } from '../../lib/routes.ts';
import type { StaffRole } from '../../lib/staff-roles.ts';
import { ACTION_TITLES, actionForms } from './action-forms.ts';
import { helpers, type Helpers } from './common.ts';
import type { AppealDetail, FormState } from './model.ts';

/** The events' labels; an event the desk does not know is "other". */
export const EVENT_LABELS: Record<string, UiKey> = {
  registered: 'staff.event.registered',
  taken: 'staff.event.taken',
  forwarded: 'staff.event.forwarded',
  reassigned: 'staff.event.reassigned',
  extended: 'staff.event.extended',
  answered: 'staff.event.answered',
  'rejected-spam': 'staff.event.rejectedSpam',
  'rejected-abusive': 'staff.event.rejectedAbusive',
  published: 'staff.event.published',
  restored: 'staff.event.restored',
};

/** The point the applicant marked, as a `geo:` link (the device's map app; no map host). */
function point(h: Helpers, p: NonNullable<AppealDetail['point']>): string {
  const text = `${p.latitude.toFixed(5)}, ${p.longitude.toFixed(5)}`;
  const geo = `geo:${p.latitude.toFixed(5)},${p.longitude.toFixed(5)}`;
  return `<a class="underline" href="${escapeHtml(geo)}" data-field="point">${escapeHtml(text)}</a> (${h.text('staff.appeal.pointHint')})`;
}

/**
 * The applicant's photos: the desk's script fetches each with the token (the endpoint checks
 * it like every other) and shows it as a data: URL; until then the alternative text stands.
 */
function photos(h: Helpers, a: AppealDetail): string {
  if (!a.photos.length) return '';
  const count = a.photos.length;
  const items = a.photos
    .map(
      (p, i) =>
        `<li><img data-photo="${escapeHtml(api.staffPhoto(a.number, p.position))}" data-failed="${h.text('staff.photo.failed', { n: i + 1 })}" alt="${h.text('staff.photo.alt', { n: i + 1, count })}" width="${p.width}" height="${p.height}" class="block h-auto max-h-96 w-auto max-w-full border-2 border-ink/30"></li>`,
    )
    .join('');
  return `<section class="mt-6" aria-labelledby="desk-photos"><h3 id="desk-photos" class="text-xl">${h.text('staff.appeal.photos')}</h3><ul class="mt-2 flex flex-wrap gap-4" data-photos>${items}</ul></section>`;
}

/** What has not happened yet: mail the outbox still holds, a push that did not finish. */
function pending(h: Helpers, a: AppealDetail): string {
  const { text } = h;
  const items: string[] = [];
  if (a.pendingMail.count) {
    items.push(
      `<li data-pending="mail">${text('staff.pending.mail', { count: a.pendingMail.count })}</li>`,
    );
    if (a.pendingMail.lastError)
      items.push(`<li>${text('staff.pending.mailError', { error: a.pendingMail.lastError })}</li>`);
  }
  if (a.pendingPublish)
    items.push(
      `<li data-pending="publish">${
        a.pendingPublish.error
          ? text('staff.error.publishPending', { error: a.pendingPublish.error })
          : `${text('staff.pending.publish')} ${h.time(a.pendingPublish.startedAt)}`
      }</li>`,
    );
  return items.length
    ? `<section class="mt-6 border-l-8 border-amber-700 p-3" aria-labelledby="desk-pending"><h3 id="desk-pending" class="text-xl">${text('staff.pending.title')}</h3><ul class="mt-2 grid gap-1">${items.join('')}</ul></section>`
    : '';
}

/** "Applicant's rating: helpful / not helpful / not rated yet", under the answer. */
const rating = ({ text }: Helpers, a: AppealDetail) =>
  `<p class="mt-2" data-field="helpful"><strong>${text('staff.appeal.rating')}:</strong> ${text(
    a.helpful === null
      ? 'staff.rating.none'
      : a.helpful
        ? 'staff.rating.helpful'
        : 'staff.rating.notHelpful',
  )}</p>`;

export function renderAppeal(
  lang: Locale,
  a: AppealDetail,
  user: { roles: readonly StaffRole[] },
  state?: FormState,
  done?: DeskActionType,
): string {
  const h = helpers(lang);
  const { text } = h;
  const open = isOpen(a.status);
  const dl = (rows: [UiKey, string][]) =>
    `<dl class="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">${rows
      .map(([k, v]) => `<dt class="font-bold">${text(k)}</dt><dd>${v}</dd>`)
      .join('')}</dl>`;
  const forms = actionForms(lang, a, user.roles, state);

  const events = a.events
    .map(
      (e) =>
        `<li class="border-l-4 border-navy pl-3"><p>${h.time(e.at)} — <strong>${text(EVENT_LABELS[e.type] ?? 'staff.event.other')}</strong> · ${h.status(e.status)}</p><p>${
          e.actor === 'system' ? text('staff.event.system') : escapeHtml(e.actorName ?? e.actor)
        }</p>${e.note ? `<p class="whitespace-pre-line">${escapeHtml(e.note)}</p>` : ''}</li>`,
    )
    .join('');

  return `<article aria-labelledby="desk-appeal-title" data-appeal-page="${escapeHtml(a.number)}" data-status="${a.status}">
<p><a href="?view=queue" class="underline">${text('staff.back')}</a></p>
<h2 id="desk-appeal-title" class="mt-2 text-2xl"${done || !state ? ' data-focus tabindex="-1"' : ''}>${text('staff.appeal.title', { number: a.number })}</h2>
${done ? `<p role="status" class="mt-2 border-l-8 border-green-800 p-3 font-bold">${text('staff.done')} ${text(ACTION_TITLES[done])}</p>` : ''}
${dl([
  ['staff.col.status', `<strong data-field="status">${h.status(a.status)}</strong>`],
  ['staff.col.kind', text(`appeal.kind.${a.kind}` as UiKey)],
  ['staff.col.topic', text(`appeal.topic.${a.topic}` as UiKey)],
  ['staff.col.district', h.district(a.district)],
  ['staff.col.area', `<span data-field="area">${h.area(a.area)}</span>`],
  ...(a.point ? ([['staff.appeal.point', point(h, a.point)]] as [UiKey, string][]) : []),
  ['staff.col.language', escapeHtml(LOCALE_NAMES[a.language])],
  ['staff.appeal.received', h.time(a.receivedAt)],
  ['staff.appeal.registered', h.day(a.registeredOn)],
  [
    'staff.col.deadline',
    `${h.day(a.deadline)}${a.deadlineProvisional ? ` (${text('staff.appeal.provisional')})` : ''}${open ? ` — ${h.daysLeft(a)}` : ''}`,
  ],
  ['staff.appeal.consent', text(a.publishConsent ? 'staff.yes' : 'staff.no')],
  ...(a.forwardedTo
    ? ([['staff.appeal.forwardedTo', escapeHtml(a.forwardedTo)]] as [UiKey, string][])
    : []),
  ...(a.publishedPath
    ? ([['staff.appeal.published', `<code>${escapeHtml(a.publishedPath)}</code>`]] as [
        UiKey,
        string,
      ][])
    : []),
])}
<section class="mt-6" aria-labelledby="desk-applicant"><h3 id="desk-applicant" class="text-xl">${text('staff.appeal.applicant')}</h3>
${dl([
  ['staff.appeal.name', escapeHtml(a.applicantName)],
  [
    'staff.appeal.email',
    a.email
      ? `<a class="underline" href="mailto:${escapeHtml(a.email)}">${escapeHtml(a.email)}</a>`
      : '—',
  ],
  [
    'staff.appeal.phone',
    a.phone
      ? `<a class="underline" href="tel:${escapeHtml(a.phone.replace(/\s/g, ''))}">${escapeHtml(a.phone)}</a>`
      : '—',
  ],
])}</section>
<section class="mt-6" aria-labelledby="desk-text"><h3 id="desk-text" class="text-xl">${text('staff.appeal.text')}</h3>
<div lang="${a.language}" class="max-w-3xl break-words" data-field="body">${h.paragraphs(a.body)}</div></section>
${photos(h, a)}
${a.answer ? `<section class="mt-6" aria-labelledby="desk-answer"><h3 id="desk-answer" class="text-xl">${text('staff.appeal.answer')}</h3><div lang="${a.language}" class="max-w-3xl break-words" data-field="answer">${h.paragraphs(a.answer)}</div>${rating(h, a)}</section>` : ''}
${pending(h, a)}
${forms.length ? `<section class="mt-6 max-w-3xl" aria-labelledby="desk-actions"><h3 id="desk-actions" class="sr-only">${text('staff.appeal.actions')}</h3>${forms.join('\n')}</section>` : ''}
<section class="mt-6" aria-labelledby="desk-history"><h3 id="desk-history" class="text-xl">${text('staff.appeal.history')}</h3>
<ol class="mt-2 grid gap-3">${events}</ol></section>
</article>`;
}
