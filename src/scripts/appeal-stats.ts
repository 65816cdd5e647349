/**
 * Fills the "appeals in figures" block (src/components/AppealStats.astro) from the public
 * statistics function and shows it; on any failure the block stays hidden.
 */
import { formatDay, formatNumber, formatPercent, localeOr } from '../lib/format.ts';
import { api } from '../lib/routes.ts';
import { fill } from '../lib/template.ts';

interface Stats {
  asOf: string;
  month: { received: number; answered: number };
  year: {
    received: number;
    answered: number;
    onTimeShare: number | null;
    medianWorkingDays: number | null;
    rated: number;
    helpfulShare: number | null;
  };
}

async function fillStats(section: HTMLElement) {
  const response = await fetch(api.stats, { headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const stats = (await response.json()) as Stats;
  const lang = localeOr(section.dataset['lang']);
  const days = section.dataset['days'] ?? '{days}';
  const values: Record<string, string> = {
    'month.received': formatNumber(stats.month.received, lang),
    'month.answered': formatNumber(stats.month.answered, lang),
    'year.received': formatNumber(stats.year.received, lang),
    'year.answered': formatNumber(stats.year.answered, lang),
    'year.onTimeShare':
      stats.year.onTimeShare === null ? '—' : formatPercent(stats.year.onTimeShare, lang),
    'year.medianWorkingDays':
      stats.year.medianWorkingDays === null
        ? '—'
        : fill(days, { days: formatNumber(stats.year.medianWorkingDays, lang) }),
    'year.rated': formatNumber(stats.year.rated, lang),
    'year.helpfulShare':
      stats.year.helpfulShare === null ? '—' : formatPercent(stats.year.helpfulShare, lang),
  };
  for (const dd of section.querySelectorAll<HTMLElement>('[data-stat]'))
    dd.textContent = values[dd.dataset['stat'] ?? ''] ?? '—';
  // Too few ratings for a share: say so under the dash.
  const few = section.querySelector<HTMLElement>('[data-stat-few]');
  if (few) few.hidden = stats.year.helpfulShare !== null;
  const asOf = section.querySelector<HTMLElement>('[data-stat-as-of]');
  if (asOf)
    asOf.textContent = fill(asOf.dataset['statAsOf'] ?? '', {
      date: formatDay(stats.asOf, lang),
    });
  section.hidden = false;
}

for (const section of document.querySelectorAll<HTMLElement>('[data-appeal-stats]'))
  fillStats(section).catch(() => {});
