/**
 * GET /api/alerts/unsubscribe (a page with a button) and POST (the button, or a mail
 * program's one-click POST of RFC 8058): ends a subscription and deletes the address.
 */
import type { Config } from '@netlify/functions';
import { unsubscribeAlerts } from '../src/server/alerts/http.ts';
import { alertsHttp } from '../src/server/alerts/wiring.ts';

const deps = alertsHttp();

export default (request: Request) => unsubscribeAlerts(request, deps);

export const config: Config = { path: '/api/alerts/unsubscribe' };
