/**
 * An area's current priorities and its meetings with residents, drawn once: the district page
 * and the inspector's profile (src/components/AreaPriorities.astro), the district's meetings
 * page (src/components/MeetingList.astro) and the finder's answer, which gets this markup built
 * per district (src/pages/[lang]/districts/[id]/neighbourhood.json.ts). Every value is escaped.
 */
import { type Locale, useTranslations } from '../i18n/index.ts';
import { formatDateTime, formatDay } from '../lib/format.ts';
import { escapeHtml } from '../lib/html.ts';
import {
  almatyDateTimeAttribute,
  isStalePriority,
  meetingInstants,
  utcToAlmaty,
} from '../lib/meetings.ts';
import { routes } from '../lib/routes.ts';
import { attributes } from './html.ts';

type Text = Record<Locale, string>;

export interface PriorityInput {
  title: Text;
  action: Text;
  status: 'new' | 'in-progress' | 'resolved';
  /** YYYY-MM-DD. */
  reviewed: string;
}

export interface MeetingInput {
  id: string;
  districtId: string;
  /** Almaty's local date and time, "2027-01-15T18:30". */
  start: string;
  duration: number;
  place?: Text | undefined;
  link?: string | undefined;
  agenda: Text;
  minutes?: Text | undefined;
}

export type Heading = 'h2' | 'h3' | 'h4';

const paragraphs = (text: string, className = '') =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p${attributes({ class: className || undefined })}>${escapeHtml(p)}</p>`)
    .join('');

/** When a meeting is, in words: "15 Jan 2027, 18:30–20:00", with its machine-readable start. */
export function meetingWhen(m: Pick<MeetingInput, 'start' | 'duration'>, lang: Locale): string {
  const { start, end } = meetingInstants(m);
  const text = `${formatDateTime(start, lang)}–${utcToAlmaty(end).slice(11)}`;
  return `<time datetime="${almatyDateTimeAttribute(m.start)}">${escapeHtml(text)}</time>`;
}

/** The priorities of an area as a numbered list; a priority overdue for review says so. */
export function prioritiesHtml(
  priorities: readonly PriorityInput[],
  lang: Locale,
  today: string,
  heading: Heading,
): string {
  const t = useTranslations(lang);
  const title = `<${heading} class="font-bold">${escapeHtml(t('neighbourhood.priorities'))}</${heading}>`;
  if (priorities.length === 0)
    return `${title}<p class="mt-1">${escapeHtml(t('neighbourhood.noPriorities'))}</p>`;
  const items = priorities.map((p) => {
    const stale = isStalePriority(p.reviewed, today)
      ? ` <strong class="border border-ink px-1">${escapeHtml(t('neighbourhood.stale'))}</strong>`
      : '';
    return `<li><p class="font-bold">${escapeHtml(p.title[lang])}</p>
<p><span class="font-bold">${escapeHtml(t('neighbourhood.action'))}:</span> ${escapeHtml(p.action[lang])}</p>
<p class="text-sm">${escapeHtml(t('neighbourhood.status'))}: <strong>${escapeHtml(t(`priority.status.${p.status}`))}</strong>. ${escapeHtml(t('neighbourhood.reviewed'))}: <time datetime="${escapeHtml(p.reviewed)}">${escapeHtml(formatDay(p.reviewed, lang, 'short'))}</time>.${stale}</p></li>`;
  });
  return `${title}<ol class="mt-1 list-decimal space-y-3 pl-6">${items.join('')}</ol>`;
}

/**
 * A meeting's time, place, agenda and calendar file; with `minutes`, what was said after it
 * (or that the minutes are still to come).
 */
export function meetingDetails(
  m: MeetingInput,
  lang: Locale,
  { minutes = false }: { minutes?: boolean } = {},
): string {
  const t = useTranslations(lang);
  const row = (term: string, value: string) =>
    `<dt class="font-bold">${escapeHtml(term)}</dt><dd>${value}</dd>`;
  const online = m.link
    ? `<a href="${escapeHtml(m.link)}" rel="noopener">${escapeHtml(t('meetings.online'))}</a>`
    : '';
  const place = [m.place ? escapeHtml(m.place[lang]) : '', online].filter(Boolean).join('; ');
  const notes = !minutes
    ? ''
    : m.minutes
      ? `<p class="mt-2 font-bold">${escapeHtml(t('meetings.minutes'))}</p>${paragraphs(m.minutes[lang], 'mt-1')}`
      : `<p class="mt-2 text-muted">${escapeHtml(t('meetings.noMinutes'))}</p>`;
  return `<dl class="mt-1 grid gap-x-4 sm:grid-cols-[max-content_1fr]">${row(t('meetings.when'), meetingWhen(m, lang))}${row(t('meetings.place'), place)}${row(t('meetings.agenda'), escapeHtml(m.agenda[lang]))}</dl>
<p class="mt-1"><a${attributes({ href: routes.meetingIcs(lang, m.districtId, m.id), type: 'text/calendar', download: `${m.id}.ics`, class: 'inline-flex min-h-6 items-center' })}>${escapeHtml(t('meetings.addToCalendar'))}</a></p>${notes}`;
}

/**
 * An area's priorities and next meeting, with a link to all of its district's meetings: under
 * an area's heading on the district page, the inspector's profile and the finder's answer.
 */
export function areaNeighbourhoodHtml(
  area: { districtId: string; priorities: readonly PriorityInput[]; next?: MeetingInput },
  lang: Locale,
  today: string,
  heading: Heading = 'h4',
): string {
  const t = useTranslations(lang);
  const next = area.next
    ? meetingDetails(area.next, lang)
    : `<p class="mt-1">${escapeHtml(t('meetings.none'))}</p>`;
  return `<div class="mt-3 grid gap-6 md:grid-cols-2" data-neighbourhood><div>${prioritiesHtml(area.priorities, lang, today, heading)}</div>
<div><${heading} class="font-bold">${escapeHtml(t('meetings.next'))}</${heading}>${next}
<p class="mt-1"><a class="inline-flex min-h-6 items-center" href="${escapeHtml(routes.districtMeetings(lang, area.districtId))}">${escapeHtml(t('meetings.all'))}</a></p></div></div>`;
}
