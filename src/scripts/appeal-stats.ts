/**
 * Fills the "appeals in figures" block (src/components/AppealStats.astro) from the public
 * statistics function and shows it; on any failure the block stays hidden.
 */
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

const TAGS: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

async function fill(section: HTMLElement) {
  const response = await fetch('/api/stats/appeals', { headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const stats = (await response.json()) as Stats;
  const tag = TAGS[section.dataset['lang'] ?? 'kk'] ?? 'kk-KZ';
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
        : days.replace('{days}', count.format(stats.year.medianWorkingDays)),
  };
  for (const dd of section.querySelectorAll<HTMLElement>('[data-stat]'))
    dd.textContent = values[dd.dataset['stat'] ?? ''] ?? '—';
  const asOf = section.querySelector<HTMLElement>('[data-stat-as-of]');
  if (asOf)
    asOf.textContent = (asOf.dataset['statAsOf'] ?? '').replace(
      '{date}',
      new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'Asia/Almaty' }).format(
        new Date(`${stats.asOf}T12:00:00+05:00`),
      ),
    );
  section.hidden = false;
}

for (const section of document.querySelectorAll<HTMLElement>('[data-appeal-stats]'))
  fill(section).catch(() => {});
