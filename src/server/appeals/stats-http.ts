/**
 * HTTP for the public statistics (`GET /api/stats/appeals`, JSON): the aggregates of
 * stats.ts, computed at most once per `maxAge` in a process and cached by browsers and the CDN.
 */
import type { WorkingCalendar } from '../../lib/working-days.ts';
import type { Db } from '../db/index.ts';
import { ServiceUnavailableError } from '../errors.ts';
import { json } from '../http.ts';
import { appealStats, type AppealStats } from './stats.ts';

export interface StatsHttp {
  db: () => Promise<{ db: Db; calendar: WorkingCalendar }>;
  now?: () => Date;
  /** Seconds a computed answer is reused in this process (and cached by browsers and the CDN). */
  maxAge?: number;
}

/** GET /api/stats/appeals: aggregates only, cached. */
export function statsHandler(deps: StatsHttp) {
  const maxAge = deps.maxAge ?? 300;
  const now = deps.now ?? (() => new Date());
  let cached: { at: number; stats: AppealStats } | undefined;
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET') return json(405, { error: 'Use GET.' }, { Allow: 'GET' });
    const headers = {
      'Cache-Control': `public, max-age=${maxAge}`,
      'Netlify-CDN-Cache-Control': `public, s-maxage=${maxAge}, stale-while-revalidate=${maxAge * 4}`,
    };
    const at = now();
    if (cached && at.getTime() - cached.at < maxAge * 1000) return json(200, cached.stats, headers);
    try {
      const { db, calendar } = await deps.db();
      cached = { at: at.getTime(), stats: await appealStats(db, calendar, at) };
      return json(200, cached.stats, headers);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableError)) throw error;
      console.error(error);
      return json(503, { error: 'Try again shortly.' }, { 'Retry-After': '60' });
    }
  };
}
