/**
 * The desk's HTML fragments, rendered on the server in the desk's language and inserted by
 * the desk page's script (src/scripts/staff.ts). Everything that came from a resident or a
 * staff member is escaped here; fragments carry no script and no style attribute.
 */
import {
  formatDay,
  LOCALE_NAMES,
  LOCALE_TAGS,
  useTranslations,
  type Locale,
  type UiKey,
} from '../../i18n/index.ts';
import type { AppealStatus } from '../../lib/appeal.ts';
import {
  actionsFor,
  isOpen,
  LIMITS,
  REJECT_REASONS,
  type ActionErrors,
  type DeskActionType,
} from '../../lib/appeal-lifecycle.ts';
import { escapeHtml } from '../../lib/html.ts';
import { api } from '../../lib/routes.ts';
import { SPAM_RETENTION_DAYS } from '../appeals/retention.ts';
import type { Finding } from '../../lib/personal-data.ts';
import type { StaffUser } from './auth.ts';
import type { AppealDetail, Queue, QueueItem, SpamList } from './read-models.ts';

export const EVENT_LABELS: Record<string, UiKey> = {
  registered: 'staff.event.registered',
  taken: 'staff.event.taken',
  forwarded: 'staff.event.forwarded',
  extended: 'staff.event.extended',
  answered: 'staff.event.answered',
  'rejected-spam': 'staff.event.rejectedSpam',
  'rejected-abusive': 'staff.event.rejectedAbusive',
  published: 'staff.event.published',
  restored: 'staff.event.restored',
};

const FINDING_LABELS: Record<Finding['kind'], UiKey> = {
  phone: 'staff.finding.phone',
  email: 'staff.finding.email',
  name: 'staff.finding.name',
};

const REASON_LABELS: Record<(typeof REJECT_REASONS)[number], UiKey> = {
  spam: 'staff.reject.spam',
  abusive: 'staff.reject.abusive',
};

/** What a form sent back to the desk with its mistakes. */
export interface FormState {
  action: DeskActionType;
  values: Record<string, string>;
  errors: ActionErrors;
  findings?: Finding[];
}

const BUTTON = 'min-h-11 bg-navy px-5 font-bold text-white';
const INPUT = 'min-h-11 border-2 border-ink px-3';

const helperCache = new Map<Locale, ReturnType<typeof makeHelpers>>();

/** The formatting helpers of a language, made once per process. */
function helpers(lang: Locale) {
  let h = helperCache.get(lang);
  if (!h) helperCache.set(lang, (h = makeHelpers(lang)));
  return h;
}

function makeHelpers(lang: Locale) {
  const t = useTranslations(lang);
  const text = (key: UiKey, values?: Record<string, string | number>) => escapeHtml(t(key, values));
  const day = (iso: string) => escapeHtml(formatDay(iso, lang));
  const dateTime = new Intl.DateTimeFormat(LOCALE_TAGS[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Almaty',
  });
  const time = (iso: string) =>
    `<time datetime="${escapeHtml(iso)}">${escapeHtml(dateTime.format(new Date(iso)))}</time>`;
  const status = (s: AppealStatus) => text(`appeal.status.${s}` as UiKey);
  const paragraphs = (s: string) =>
    s
      .split(/\n{2,}/)
      .map((p) => `<p class="mt-2 whitespace-pre-line">${escapeHtml(p)}</p>`)
      .join('');
  const daysLeft = (item: QueueItem) =>
    item.overdue
      ? `<strong class="text-red-800">${text('staff.overdue', { days: -item.daysLeft })}</strong>`
      : text('staff.daysLeft', { days: item.daysLeft });
  return { t, text, day, time, status, paragraphs, daysLeft };
}

/** A message in place of the desk (not signed in, no permission, not found…). */
export function renderMessage(lang: Locale, key: UiKey, reason: string): string {
  const { text } = helpers(lang);
  return `<div role="alert" data-desk-message="${escapeHtml(reason)}" data-focus tabindex="-1" class="border-l-8 border-red-800 bg-white p-4"><p class="font-bold">${text(key)}</p></div>`;
}

function row(lang: Locale, item: QueueItem): string {
  const h = helpers(lang);
  return `<tr class="border-b border-ink/20" data-appeal="${escapeHtml(item.number)}">
<td class="py-2 pr-3"><a href="?view=${escapeHtml(item.number)}" class="font-bold underline">${escapeHtml(item.number)}</a></td>
<td class="py-2 pr-3">${h.status(item.status)}</td>
<td class="py-2 pr-3">${h.text(`appeal.kind.${item.kind}` as UiKey)}</td>
<td class="py-2 pr-3">${h.text(`appeal.topic.${item.topic}` as UiKey)}</td>
<td class="py-2 pr-3">${item.district ? `<span data-district="${escapeHtml(item.district)}">${escapeHtml(item.district)}</span>` : '—'}</td>
<td class="py-2 pr-3" lang="${item.language}">${escapeHtml(LOCALE_NAMES[item.language])}</td>
<td class="py-2 pr-3">${h.day(item.deadline)}</td>
<td class="py-2">${h.daysLeft(item)}</td>
</tr>`;
}

function table(lang: Locale, items: QueueItem[], caption: string): string {
  const { text } = helpers(lang);
  if (items.length === 0) return `<p class="mt-4">${text('staff.queue.empty')}</p>`;
  const heads = [
    'staff.col.number',
    'staff.col.status',
    'staff.col.kind',
    'staff.col.topic',
    'staff.col.district',
    'staff.col.language',
    'staff.col.deadline',
    'staff.col.left',
  ] as const satisfies readonly UiKey[];
  return `<div class="mt-4 overflow-x-auto" role="region" aria-label="${escapeHtml(caption)}" tabindex="0"><table class="w-full text-left">
<caption class="sr-only">${escapeHtml(caption)}</caption>
<thead><tr>${heads.map((k) => `<th scope="col" class="border-b-2 border-ink py-2 pr-3">${text(k)}</th>`).join('')}</tr></thead>
<tbody>${items.map((i) => row(lang, i)).join('')}</tbody></table></div>`;
}

export function renderQueue(lang: Locale, queue: Queue, filtered: boolean): string {
  const { text } = helpers(lang);
  const c = queue.counts;
  const count = (key: UiKey, n: number, name: string) =>
    `<div class="border-2 border-ink p-3"><dt>${text(key)}</dt><dd class="text-2xl font-bold" data-count="${name}">${n}</dd></div>`;
  return `<section aria-labelledby="desk-queue-title">
<h2 id="desk-queue-title" class="text-2xl" data-focus tabindex="-1">${text('staff.queue.title')}</h2>
<p>${text('staff.queue.today', { date: formatDay(queue.today, lang) })}</p>
<dl class="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
${count('staff.count.open', c.open, 'open')}
${count('staff.count.overdue', c.overdue, 'overdue')}
${count('staff.count.dueSoon', c.dueSoon, 'due-soon')}
${count('staff.count.registered', c.byStatus.registered, 'registered')}
</dl>
<p class="mt-4" role="status">${text(filtered ? 'staff.queue.shownFiltered' : 'staff.queue.shown', { count: queue.items.length })}</p>
${table(lang, queue.items, text('staff.queue.title'))}
</section>`;
}

export function renderSpam(
  lang: Locale,
  spam: SpamList,
  notice?: { key: UiKey; number?: string },
): string {
  const { text, time } = helpers(lang);
  const robots =
    spam.robots.length === 0
      ? `<p class="mt-4">${text('staff.queue.empty')}</p>`
      : `<ul class="mt-4 grid gap-3">${spam.robots
          .map(
            (r) =>
              `<li class="border-2 border-ink/40 p-3"><p>${time(r.receivedAt)} · ${text(r.reason === 'honeypot' ? 'staff.spam.honeypot' : 'staff.spam.tooFast')}</p><p class="mt-1 break-words">${escapeHtml(r.excerpt)}</p><form method="post" action="${escapeHtml(api.restoreSpam(r.id))}" data-desk-action="restore-spam" class="mt-2"><button type="submit" class="${BUTTON}">${text('staff.spam.restore')}</button></form></li>`,
          )
          .join('')}</ul>`;
  const status = notice
    ? `<p role="status" class="mt-2 border-l-8 border-navy p-3 font-bold">${text(notice.key, { number: notice.number ?? '' })}</p>`
    : '';
  return `<section aria-labelledby="desk-spam-title">
<h2 id="desk-spam-title" class="text-2xl" data-focus tabindex="-1">${text('staff.spam.title')}</h2>${status}
<p class="mt-2">${text('staff.spam.retention', { days: SPAM_RETENTION_DAYS })}</p>
<h3 class="mt-6 text-xl">${text('staff.spam.rejected')}</h3>
${table(lang, spam.rejected, text('staff.spam.rejected'))}
<h3 class="mt-6 text-xl">${text('staff.spam.robots')}</h3>
${robots}
</section>`;
}

/** A form of the appeal page, or nothing when the user may not do it or it does not fit. */
function actionForm(
  lang: Locale,
  a: AppealDetail,
  action: DeskActionType,
  body: string,
  state: FormState | undefined,
): string {
  const { text } = helpers(lang);
  const mine = state?.action === action ? state : undefined;
  const summary = mine
    ? `<div role="alert" class="mt-2 border-l-8 border-red-800 p-3" data-focus tabindex="-1"><ul>${Object.entries(
        mine.errors,
      )
        .map(([, key]) => `<li class="font-bold text-red-800">${text(key!, LIMIT_VALUES)}</li>`)
        .join('')}</ul>${
        mine.findings?.length
          ? `<ul class="mt-2 list-disc pl-6" data-findings>${mine.findings
              .map(
                (f) =>
                  `<li>${text(FINDING_LABELS[f.kind])}: <mark>${escapeHtml(f.text)}</mark></li>`,
              )
              .join('')}</ul>`
          : ''
      }</div>`
    : '';
  return `<form method="post" action="${escapeHtml(api.staffAction(a.number, action))}" class="mt-4 border-2 border-ink/30 p-4" data-desk-action="${action}">
<h3 class="text-xl">${text(ACTION_TITLES[action])}</h3>${summary}${body}
<button type="submit" class="${BUTTON} mt-4">${text(ACTION_TITLES[action])}</button>
</form>`;
}

const ACTION_TITLES: Record<DeskActionType, UiKey> = {
  take: 'staff.action.take',
  forward: 'staff.action.forward',
  extend: 'staff.action.extend',
  answer: 'staff.action.answer',
  reject: 'staff.action.reject',
  publish: 'staff.action.publish',
  restore: 'staff.action.restore',
};

const LIMIT_VALUES = {
  reasonMin: LIMITS.reason[0],
  answerMin: LIMITS.answer[0],
  questionMin: LIMITS.question[0],
  forwardMin: LIMITS.forwardTo[0],
};

function field(id: string, label: string, control: string, hint?: string, error?: string): string {
  return `<div class="mt-3 flex flex-col gap-1"><label for="${id}" class="font-bold">${label}</label>${
    hint ? `<p id="${id}-hint">${hint}</p>` : ''
  }${error ? `<p id="${id}-error" class="font-bold text-red-800">${error}</p>` : ''}${control}</div>`;
}

/** What has not happened yet: mail the outbox still holds, a push that did not finish. */
function pending(h: ReturnType<typeof helpers>, a: AppealDetail): string {
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

export function renderAppeal(
  lang: Locale,
  a: AppealDetail,
  user: StaffUser,
  state?: FormState,
  done?: DeskActionType,
): string {
  const h = helpers(lang);
  const { text } = h;
  const open = isOpen(a.status);
  const value = (action: DeskActionType, name: string, fallback = '') =>
    escapeHtml(state?.action === action ? (state.values[name] ?? fallback) : fallback);
  const err = (action: DeskActionType, name: string) =>
    state?.action === action && state.errors[name]
      ? text(state.errors[name]!, LIMIT_VALUES)
      : undefined;
  const aria = (action: DeskActionType, name: string, hint = false) => {
    const id = `desk-${action}-${name}`;
    const ids = [hint ? `${id}-hint` : '', err(action, name) ? `${id}-error` : ''].filter(Boolean);
    return `id="${id}" name="${name}"${ids.length ? ` aria-describedby="${ids.join(' ')}"` : ''}${err(action, name) ? ' aria-invalid="true"' : ''}`;
  };
  const dl = (rows: [UiKey, string][]) =>
    `<dl class="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">${rows
      .map(([k, v]) => `<dt class="font-bold">${text(k)}</dt><dd>${v}</dd>`)
      .join('')}</dl>`;

  /** The fields of each action's form; which forms are shown is the lifecycle's choice. */
  const bodies: Record<DeskActionType, () => string> = {
    take: () => `<p class="mt-2">${text('staff.take.hint')}</p>`,
    forward: () =>
      field(
        'desk-forward-to',
        text('staff.forward.to'),
        `<input ${aria('forward', 'to', true)} class="${INPUT}" required maxlength="${LIMITS.forwardTo[1]}" value="${value('forward', 'to')}">`,
        text('staff.forward.hint', { date: h.day(a.forwardBy) }),
        err('forward', 'to'),
      ),
    extend: () =>
      field(
        'desk-extend-deadline',
        text('staff.extend.deadline'),
        `<input type="date" ${aria('extend', 'deadline', true)} class="${INPUT}" required min="${escapeHtml(a.deadline)}" max="${escapeHtml(a.extendUntil)}" value="${value('extend', 'deadline')}">`,
        text('staff.extend.hint', { date: h.day(a.extendUntil) }),
        err('extend', 'deadline'),
      ) +
      field(
        'desk-extend-reason',
        text('staff.extend.reason'),
        `<textarea ${aria('extend', 'reason')} class="border-2 border-ink p-2" rows="3" required maxlength="${LIMITS.reason[1]}">${value('extend', 'reason')}</textarea>`,
        undefined,
        err('extend', 'reason'),
      ),
    answer: () =>
      field(
        'desk-answer-text',
        text('staff.answer.text', { language: LOCALE_NAMES[a.language] }),
        `<textarea ${aria('answer', 'text', true)} lang="${a.language}" class="border-2 border-ink p-2" rows="8" required maxlength="${LIMITS.answer[1]}">${value('answer', 'text')}</textarea>`,
        text('staff.answer.hint'),
        err('answer', 'text'),
      ),
    reject: () =>
      `<fieldset class="mt-3"><legend class="font-bold">${text('staff.reject.reason')}</legend>${REJECT_REASONS.map(
        (r) =>
          `<label class="mt-1 flex min-h-11 items-center gap-2"><input type="radio" name="reason" value="${r}" class="size-6" required${value('reject', 'reason') === r ? ' checked' : ''}> ${text(REASON_LABELS[r])}</label>`,
      ).join('')}</fieldset>` +
      field(
        'desk-reject-note',
        text('staff.reject.note'),
        `<textarea ${aria('reject', 'note')} class="border-2 border-ink p-2" rows="3" required maxlength="${LIMITS.reason[1]}">${value('reject', 'note')}</textarea>`,
        undefined,
        err('reject', 'note') ?? err('reject', 'reason'),
      ),
    publish: () =>
      `<p class="mt-2">${text('staff.publish.hint')}</p>` +
      field(
        'desk-publish-question',
        text('staff.publish.question'),
        `<textarea ${aria('publish', 'question')} lang="${a.language}" class="border-2 border-ink p-2" rows="6" required maxlength="${LIMITS.question[1]}">${value('publish', 'question', a.pendingPublish?.question || a.body)}</textarea>`,
        undefined,
        err('publish', 'question'),
      ) +
      field(
        'desk-publish-answer',
        text('staff.publish.answer'),
        `<textarea ${aria('publish', 'answer')} lang="${a.language}" class="border-2 border-ink p-2" rows="8" required maxlength="${LIMITS.answer[1]}">${value('publish', 'answer', a.pendingPublish?.answer || (a.answer ?? ''))}</textarea>`,
        undefined,
        err('publish', 'answer'),
      ) +
      (state?.action === 'publish' && state.findings?.length
        ? `<label class="mt-3 flex min-h-11 items-center gap-2"><input type="checkbox" name="acknowledge" value="yes" class="size-6"> ${text('staff.publish.acknowledge')}</label>`
        : ''),
    restore: () => `<p class="mt-2">${text('staff.restore.hint')}</p>`,
  };
  const forms = actionsFor({ status: a.status, published: Boolean(a.publishedAt) }, user.roles).map(
    (action) =>
      // Without the applicant's consent there is nothing to publish: say why instead.
      action === 'publish' && !a.publishConsent
        ? `<p class="mt-4 border-l-8 border-ink/40 p-3">${text('staff.publish.noConsent')}</p>`
        : actionForm(lang, a, action, bodies[action](), state),
  );

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
  [
    'staff.col.district',
    a.district
      ? `<span data-district="${escapeHtml(a.district)}">${escapeHtml(a.district)}</span>`
      : '—',
  ],
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
${a.answer ? `<section class="mt-6" aria-labelledby="desk-answer"><h3 id="desk-answer" class="text-xl">${text('staff.appeal.answer')}</h3><div lang="${a.language}" class="max-w-3xl break-words" data-field="answer">${h.paragraphs(a.answer)}</div></section>` : ''}
${pending(h, a)}
${forms.length ? `<section class="mt-6 max-w-3xl" aria-labelledby="desk-actions"><h3 id="desk-actions" class="sr-only">${text('staff.appeal.actions')}</h3>${forms.join('\n')}</section>` : ''}
<section class="mt-6" aria-labelledby="desk-history"><h3 id="desk-history" class="text-xl">${text('staff.appeal.history')}</h3>
<ol class="mt-2 grid gap-3">${events}</ol></section>
</article>`;
}
