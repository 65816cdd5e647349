/**
 * What the desk's views share: a language's formatting helpers, the message shown in place
 * of the desk, and the table of appeals (the queue and the spam list). Everything that came
 * from a resident or a staff member is escaped; fragments carry no script and no style.
 */
import { LOCALE_NAMES, useTranslations, type Locale, type UiKey } from '../../i18n/index.ts';
import type { AppealStatus } from '../../lib/appeal.ts';
import { formatDateTime, formatDay } from '../../lib/format.ts';
import { escapeHtml } from '../../lib/html.ts';
import type { QueueItem } from './model.ts';

const helperCache = new Map<Locale, ReturnType<typeof makeHelpers>>();

/** The formatting helpers of a language, made once per process. */
export function helpers(lang: Locale) {
  let h = helperCache.get(lang);
  if (!h) helperCache.set(lang, (h = makeHelpers(lang)));
  return h;
}

function makeHelpers(lang: Locale) {
  const t = useTranslations(lang);
  /** A UI string, escaped. */
  const text = (key: UiKey, values?: Record<string, string | number>) => escapeHtml(t(key, values));
  /** A day as plain text (for the primitives, which escape) and escaped (for markup). */
  const dayText = (iso: string) => formatDay(iso, lang);
  const day = (iso: string) => escapeHtml(dayText(iso));
  const time = (iso: string) =>
    `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatDateTime(new Date(iso), lang))}</time>`;
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
  const district = (d: string | null) =>
    d ? `<span data-district="${escapeHtml(d)}">${escapeHtml(d)}</span>` : '—';
  /** An area by its id (the desk page puts its name in), or "to the chief" for none. */
  const area = (a: string | null) =>
    a ? `<span data-area="${escapeHtml(a)}">${escapeHtml(a)}</span>` : text('staff.area.chief');
  return { t, text, dayText, day, time, status, paragraphs, daysLeft, district, area };
}

export type Helpers = ReturnType<typeof helpers>;

/** A message in place of the desk (not signed in, no permission, not found…). */
export function renderMessage(lang: Locale, key: UiKey, reason: string): string {
  const { text } = helpers(lang);
  return `<div role="alert" data-desk-message="${escapeHtml(reason)}" data-focus tabindex="-1" class="border-l-8 border-red-800 bg-white p-4"><p class="font-bold">${text(key)}</p></div>`;
}

function row(h: Helpers, item: QueueItem): string {
  return `<tr class="border-b border-ink/20" data-appeal="${escapeHtml(item.number)}">
<td class="py-2 pr-3"><a href="?view=${escapeHtml(item.number)}" class="font-bold underline">${escapeHtml(item.number)}</a></td>
<td class="py-2 pr-3">${h.status(item.status)}</td>
<td class="py-2 pr-3">${h.text(`appeal.kind.${item.kind}` as UiKey)}</td>
<td class="py-2 pr-3">${h.text(`appeal.topic.${item.topic}` as UiKey)}</td>
<td class="py-2 pr-3">${h.district(item.district)}</td>
<td class="py-2 pr-3">${h.area(item.area)}</td>
<td class="py-2 pr-3" lang="${item.language}">${escapeHtml(LOCALE_NAMES[item.language])}</td>
<td class="py-2 pr-3">${h.day(item.deadline)}</td>
<td class="py-2">${h.daysLeft(item)}</td>
</tr>`;
}

const HEADS = [
  'staff.col.number',
  'staff.col.status',
  'staff.col.kind',
  'staff.col.topic',
  'staff.col.district',
  'staff.col.area',
  'staff.col.language',
  'staff.col.deadline',
  'staff.col.left',
] as const satisfies readonly UiKey[];

/** A table of appeals, or a line saying there are none. */
export function appealTable(lang: Locale, items: QueueItem[], caption: string): string {
  const h = helpers(lang);
  if (items.length === 0) return `<p class="mt-4">${h.text('staff.queue.empty')}</p>`;
  return `<div class="mt-4 overflow-x-auto" role="region" aria-label="${escapeHtml(caption)}" tabindex="0"><table class="w-full text-left">
<caption class="sr-only">${escapeHtml(caption)}</caption>
<thead><tr>${HEADS.map((k) => `<th scope="col" class="border-b-2 border-ink py-2 pr-3">${h.text(k)}</th>`).join('')}</tr></thead>
<tbody>${items.map((i) => row(h, i)).join('')}</tbody></table></div>`;
}
