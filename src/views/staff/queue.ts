/** The desk's queue: its counts and the table of appeals, earliest deadline first. */
import type { Locale, UiKey } from '../../i18n/index.ts';
import { appealTable, helpers, type Helpers } from './common.ts';
import type { Queue } from './model.ts';

/** An inspector's areas, above its queue (those who see all see no such line). */
function areasLine(h: Helpers, scope: Queue['scope']): string {
  if (scope.all) return '';
  if (!scope.areas.length)
    return `<p class="mt-2 border-l-8 border-amber-700 p-3" data-areas>${h.text('staff.queue.noAreas')}</p>`;
  return `<p class="mt-2" data-areas>${h.text('staff.queue.areas')} ${scope.areas.map((a) => h.area(a)).join(', ')}</p>`;
}

export function renderQueue(lang: Locale, queue: Queue, filtered: boolean): string {
  const h = helpers(lang);
  const { t, text, dayText } = h;
  const c = queue.counts;
  const count = (key: UiKey, n: number, name: string) =>
    `<div class="border-2 border-ink p-3"><dt>${text(key)}</dt><dd class="text-2xl font-bold" data-count="${name}">${n}</dd></div>`;
  return `<section aria-labelledby="desk-queue-title">
<h2 id="desk-queue-title" class="text-2xl" data-focus tabindex="-1">${text('staff.queue.title')}</h2>
<p>${text('staff.queue.today', { date: dayText(queue.today) })}</p>${areasLine(h, queue.scope)}
<dl class="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
${count('staff.count.open', c.open, 'open')}
${count('staff.count.overdue', c.overdue, 'overdue')}
${count('staff.count.dueSoon', c.dueSoon, 'due-soon')}
${count('staff.count.registered', c.byStatus.registered, 'registered')}
</dl>
<p class="mt-4" role="status">${text(filtered ? 'staff.queue.shownFiltered' : 'staff.queue.shown', { count: queue.items.length })}</p>
${appealTable(lang, queue.items, t('staff.queue.title'))}
</section>`;
}
