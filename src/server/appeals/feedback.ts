/**
 * "Was this answer helpful?" (docs/appeals.md): the applicant rates the answer once, yes or
 * no, from the status page. The number and the code are checked exactly as the status lookup
 * checks them — it is the status lookup, with its per-client limit — and the rating is written
 * only to an answered appeal that has none yet, so a second vote never changes the first.
 */
import type { Queryable } from '../db/index.ts';
import type { Appeals } from './service.ts';
import type { AppealView } from './status.ts';

export interface FeedbackOptions {
  /** The appeals service: its status lookup checks the number, the code and the limit. */
  appeals: Pick<Appeals, 'status'>;
  db: Queryable;
  now?: () => Date;
}

export type FeedbackResult =
  /** Written now; the view carries it. */
  | { kind: 'recorded'; view: AppealView }
  /** The appeal was rated before: the first rating stands (the view carries it). */
  | { kind: 'already-rated'; view: AppealView }
  /** No answer yet: nothing was written. */
  | { kind: 'not-answered'; view: AppealView }
  | { kind: 'not-found' }
  | { kind: 'rate-limited'; retryAfterSeconds: number };

export function createFeedback(options: FeedbackOptions) {
  const { appeals, db } = options;
  const now = options.now ?? (() => new Date());

  /** Records `helpful` for the appeal `number` if `code` is its code and it was answered. */
  async function rate(
    number: string,
    code: string,
    helpful: boolean,
    client: string,
  ): Promise<FeedbackResult> {
    const found = await appeals.status(number, code, client);
    if (found.kind !== 'found') return found;
    const { view } = found;
    if (view.status !== 'answered') return { kind: 'not-answered', view };
    if (view.helpful !== null) return { kind: 'already-rated', view };
    // Once, and only while answered: the condition is in the statement, so two votes sent at
    // the same moment still leave exactly one.
    const { rows } = await db.query<{ helpful: boolean }>(
      `UPDATE appeals SET helpful = $2, helpful_at = $3
        WHERE number = $1 AND status = 'answered' AND helpful IS NULL
        RETURNING helpful`,
      [view.number, helpful, now()],
    );
    if (rows[0]) return { kind: 'recorded', view: { ...view, helpful: rows[0].helpful } };
    // Rated since the lookup (a second click a moment ago): the first rating stands. An
    // answered appeal stays answered (lib/appeal-lifecycle.ts), so the row has a rating now.
    const { rows: current } = await db.query<{ helpful: boolean | null }>(
      'SELECT helpful FROM appeals WHERE number = $1',
      [view.number],
    );
    return { kind: 'already-rated', view: { ...view, helpful: current[0]?.helpful ?? null } };
  }

  return { rate };
}

export type Feedback = ReturnType<typeof createFeedback>;
