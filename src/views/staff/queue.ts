/** The desk's queue: its counts and the table of appeals, earliest deadline first. */
import type { Locale, UiKey } from '../../i18n/index.ts';
import { appealTable, helpers } from './common.ts';
import type { Queue } from './model.ts';

export function renderQueue(lang: Locale, queue: Queue, filtered: boolean): string {
  const { t, text, dayText } = helpers(lang);
  const c = queue.counts;
  const count = (key: UiKey, n: number, name: string) =>
    `<div class="border-2 border-ink p-3"><dt>${text(key)}</dt><dd class="text-2xl font-bold" data-count="${name}">${n}</dd></div>`;
  return `<section aria-labelledby="desk-queue-title">
<h2 id="desk-queue-title" class="text-2xl" data-focus tabindex="-1">${text('staff.queue.title')}</h2>
<p>${text('staff.queue.today', { date: dayText(queue.today) })}</p>
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
