/**
 * Fills the "appeals in figures" block (src/components/AppealStats.astro) from the public
 * statistics function and shows it; on any failure the block stays hidden.
 */
import { isLocale, LOCALE_TAGS } from '../i18n/locales.ts';
import { fill } from '../lib/template.ts';

interface Stats {
  asOf: string;
  month: { received: number; answered: number };
  year: {
    received: number;
    answered: number;
    onTimeShare: number | null;
    medianWorkingDays: number | null;
  };
}

async function fillStats(section: HTMLElement) {
  const response = await fetch('/api/stats/appeals', { headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const stats = (await response.json()) as Stats;
  const lang = section.dataset['lang'];
  const tag = LOCALE_TAGS[isLocale(lang) ? lang : 'kk'];
  const count = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const days = section.dataset['days'] ?? '{days}';
  const values: Record<string, string> = {
    'month.received': count.format(stats.month.received),
    'month.answered': count.format(stats.month.answered),
    'year.received': count.format(stats.year.received),
    'year.answered': count.format(stats.year.answered),
    'year.onTimeShare':
      stats.year.onTimeShare === null ? '—' : percent.format(stats.year.onTimeShare),
    'year.medianWorkingDays':
      stats.year.medianWorkingDays === null
        ? '—'
        : fill(days, { days: count.format(stats.year.medianWorkingDays) }),
  };
  for (const dd of section.querySelectorAll<HTMLElement>('[data-stat]'))
    dd.textContent = values[dd.dataset['stat'] ?? ''] ?? '—';
  const asOf = section.querySelector<HTMLElement>('[data-stat-as-of]');
  if (asOf)
    asOf.textContent = fill(asOf.dataset['statAsOf'] ?? '', {
      date: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'Asia/Almaty' }).format(
        new Date(`${stats.asOf}T12:00:00Z`),
      ),
    });
  section.hidden = false;
}

for (const section of document.querySelectorAll<HTMLElement>('[data-appeal-stats]'))
  fillStats(section).catch(() => {});
