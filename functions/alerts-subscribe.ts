/** POST /api/alerts/subscribe: asks for district alerts; a confirmation link goes by mail. */
import type { Config, Context } from '@netlify/functions';
import { subscribeAlerts } from '../src/server/alerts/http.ts';
import { alertsHttp } from '../src/server/alerts/wiring.ts';

const deps = alertsHttp();

export default (request: Request, context: Context) =>
  subscribeAlerts(request, context.ip, deps, (promise) => context.waitUntil(promise));

export const config: Config = { path: '/api/alerts/subscribe' };
