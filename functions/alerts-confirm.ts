/** GET /api/alerts/confirm (a page with a button) and POST (confirms a subscription). */
import type { Config } from '@netlify/functions';
import { confirmAlerts } from '../src/server/alerts/http.ts';
import { alertsHttp } from '../src/server/alerts/wiring.ts';

const deps = alertsHttp();

export default (request: Request) => confirmAlerts(request, deps);

export const config: Config = { path: '/api/alerts/confirm' };
