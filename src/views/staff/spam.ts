/** The desk's spam list: appeals rejected as spam or abuse, and what robots sent. */
import type { Locale, UiKey } from '../../i18n/index.ts';
import { escapeHtml } from '../../lib/html.ts';
import { api } from '../../lib/routes.ts';
import { button } from '../html.ts';
import { appealTable, helpers } from './common.ts';
import type { SpamList } from './model.ts';

export function renderSpam(
  lang: Locale,
  spam: SpamList,
  notice?: { key: UiKey; number?: string },
): string {
  const { t, text, time } = helpers(lang);
  const robots =
    spam.robots.length === 0
      ? `<p class="mt-4">${text('staff.queue.empty')}</p>`
      : `<ul class="mt-4 grid gap-3">${spam.robots
          .map(
            (r) =>
              `<li class="border-2 border-ink/40 p-3"><p>${time(r.receivedAt)} · ${text(r.reason === 'honeypot' ? 'staff.spam.honeypot' : 'staff.spam.tooFast')}</p><p class="mt-1 break-words">${escapeHtml(r.excerpt)}</p><form method="post" action="${escapeHtml(api.restoreSpam(r.id))}" data-desk-action="restore-spam" class="mt-2">${button(t('staff.spam.restore'))}</form></li>`,
          )
          .join('')}</ul>`;
  const status = notice
    ? `<p role="status" class="mt-2 border-l-8 border-navy p-3 font-bold">${text(notice.key, { number: notice.number ?? '' })}</p>`
    : '';
  return `<section aria-labelledby="desk-spam-title">
<h2 id="desk-spam-title" class="text-2xl" data-focus tabindex="-1">${text('staff.spam.title')}</h2>${status}
<p class="mt-2">${text('staff.spam.retention', { days: spam.keptDays })}</p>
<h3 class="mt-6 text-xl">${text('staff.spam.rejected')}</h3>
${appealTable(lang, spam.rejected, t('staff.spam.rejected'))}
<h3 class="mt-6 text-xl">${text('staff.spam.robots')}</h3>
${robots}
</section>`;
}
