/**
 * What `npm run bench:lighthouse` needs besides running Lighthouse: the figures of a report, the
 * targets, the median of several runs and the audits to look at when a page misses a target.
 * Pure functions.
 */
import type { Result } from 'lighthouse';

/** The categories audited, in the table's order, with their column names and targets (0–100). */
export const CATEGORIES = [
  { id: 'performance', column: 'perf', target: 95 },
  { id: 'accessibility', column: 'a11y', target: 100 },
  { id: 'best-practices', column: 'bp', target: 100 },
  { id: 'seo', column: 'seo', target: 100 },
] as const;
export type CategoryId = (typeof CATEGORIES)[number]['id'];

/** One run (or the median of several) of one page. Scores 0–100, null when Lighthouse gave none. */
export interface Figures {
  scores: Record<CategoryId, number | null>;
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
}

const numeric = (lhr: Result, audit: string) => lhr.audits[audit]?.numericValue ?? null;

export function figures(lhr: Result): Figures {
  const scores = {} as Record<CategoryId, number | null>;
  for (const { id } of CATEGORIES) {
    const score = lhr.categories[id]?.score;
    scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  return {
    scores,
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
  };
}

/** The median of the numbers given; null if there are none. */
export function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Each figure's median over the runs (scores rounded down: a target is met only if truly met). */
export function medianFigures(runs: readonly Figures[]): Figures {
  const scores = {} as Record<CategoryId, number | null>;
  for (const { id } of CATEGORIES) {
    const m = median(runs.map((run) => run.scores[id]));
    scores[id] = m === null ? null : Math.floor(m);
  }
  return {
    scores,
    lcpMs: median(runs.map((run) => run.lcpMs)),
    cls: median(runs.map((run) => run.cls)),
    tbtMs: median(runs.map((run) => run.tbtMs)),
  };
}

/** The categories whose score is below its target (or missing). */
export function missed(f: Figures): CategoryId[] {
  return CATEGORIES.filter(({ id, target }) => (f.scores[id] ?? -1) < target).map(({ id }) => id);
}

export interface AuditNote {
  id: string;
  title: string;
  /** 0–1; null when the audit errored. */
  score: number | null;
  /** Lighthouse's short figure ("Est savings of 770 ms", "1 layout shift found"), or the error. */
  note: string;
  /** The estimated saving in ms (performance only), for ordering. */
  savingsMs: number;
  /** A few of the things the audit found (an element, a console message, a URL), shortened. */
  examples: string[];
}

/** What one item of an audit's details is about, in a line ('' if nothing to say). */
function example(item: Record<string, unknown>): string {
  const node = item['node'] as { type?: string; snippet?: string; value?: unknown } | undefined;
  if (node?.type === 'text') return ''; // a "Total" row
  const location = item['sourceLocation'] as { url?: string } | undefined;
  const what = [item['description'], node?.snippet, item['url'], item['href'], item['text']].find(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  // Layout shifts: their score and causes ("Unsized image element", "Web font").
  const score = typeof item['score'] === 'number' ? ` (${item['score'].toFixed(3)})` : '';
  const sub = item['subItems'] as { items?: { cause?: unknown }[] } | undefined;
  const causes = [...new Set((sub?.items ?? []).map((i) => i.cause))].filter(
    (c): c is string => typeof c === 'string',
  );
  const text = [
    what && `${what}${score}`,
    causes.length ? `: ${causes.join(', ')}` : '',
    location?.url ? ` at ${location.url}` : '',
  ].join('');
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}

type Details = { type?: string; items?: unknown[] } | undefined;

/** The rows of an audit's details: a table's, or those of the tables in a list (insights). */
function detailItems(details: Details): Record<string, unknown>[] {
  if (!details || !Array.isArray(details.items)) return [];
  if (details.type === 'list') return details.items.flatMap((part) => detailItems(part as Details));
  if (details.type === 'table' || details.type === 'opportunity')
    return details.items as Record<string, unknown>[];
  return [];
}

function note(lhr: Result, id: string, examples = 0): AuditNote | undefined {
  const audit = lhr.audits[id];
  if (!audit) return undefined;
  const details = audit.details as (Details & { overallSavingsMs?: number }) | undefined;
  const { FCP = 0, LCP = 0, TBT = 0 } = audit.metricSavings ?? {};
  return {
    id,
    title: audit.title,
    score: audit.score,
    note:
      audit.scoreDisplayMode === 'error'
        ? `error: ${audit.errorMessage ?? '?'}`
        : (audit.displayValue ?? ''),
    savingsMs: Math.max(details?.overallSavingsMs ?? 0, FCP, LCP, TBT),
    // The site's own URLs without the origin (the local server's port changes every run).
    examples: detailItems(details)
      .map((item) => example(item).replaceAll(`${new URL(lhr.finalDisplayedUrl).origin}/`, '/'))
      .filter(Boolean)
      .slice(0, examples),
  };
}

/** The audits of a category that did not pass (score below 1, or errored), with examples. */
export function failingAudits(lhr: Result, category: CategoryId): AuditNote[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => {
      const audit = lhr.audits[ref.id];
      return (
        audit && (audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1))
      );
    })
    .flatMap((ref) => note(lhr, ref.id, 3) ?? []);
}

/**
 * What holds performance back: the metrics that score below 0.9, then the insights and
 * diagnostics that do not pass (score below 0.9, as the HTML report shows them), the largest
 * estimated saving first; at most `limit` of the latter, each with two examples.
 */
export function performanceNotes(
  lhr: Result,
  limit = 5,
): { metrics: AuditNote[]; audits: AuditNote[] } {
  const refs = lhr.categories['performance']?.auditRefs ?? [];
  const failing = (id: string) => {
    const audit = lhr.audits[id];
    return (
      audit !== undefined &&
      (audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 0.9))
    );
  };
  const metrics = refs
    .filter((ref) => ref.weight > 0 && failing(ref.id))
    .flatMap((ref) => note(lhr, ref.id) ?? []);
  const audits = refs
    .filter((ref) => ref.weight === 0 && failing(ref.id))
    .filter((ref) => {
      const insight = SAME_AS[ref.id];
      return !(insight && failing(insight));
    })
    .flatMap((ref) => note(lhr, ref.id, 2) ?? [])
    .sort((a, b) => b.savingsMs - a.savingsMs || (a.score ?? 0) - (b.score ?? 0))
    .slice(0, limit);
  return { metrics, audits };
}

/** Diagnostics that say what an insight says, left out when the insight is shown. */
const SAME_AS: Partial<Record<string, string>> = { 'layout-shifts': 'cls-culprits-insight' };

/** A file name for a page's report: `/ru/chief/ask/` → `ru_chief_ask`, `/` → `root`. */
export function reportName(path: string): string {
  return (
    path
      .split('/')
      .filter(Boolean)
      .join('_')
      .replace(/[^\w.-]/g, '-') || 'root'
  );
}

/** A Markdown table with the columns padded (readable in a terminal, pasteable in an issue). */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  // The first column (the page) is left-aligned, the figures right-aligned.
  const pad = (cell: string, i: number) =>
    i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!);
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const dashes = widths.map((w, i) =>
    i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`,
  );
  return [line(head), `|${dashes.join('|')}|`, ...rows.map(line)].join('\n');
}
