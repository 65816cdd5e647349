/** GET /api/stats/appeals: public aggregates for the chief's blog, cached. */
import type { Config } from '@netlify/functions';
import { statsHandler } from '../src/server/appeals/stats-http.ts';
import { statsHttp } from '../src/server/appeals/wiring.ts';

export default statsHandler(statsHttp());

export const config: Config = { path: '/api/stats/appeals' };
