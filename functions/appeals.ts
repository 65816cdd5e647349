/** POST /api/appeals: registers an appeal to the head of the service (src/server/appeals). */
import type { Config, Context } from '@netlify/functions';
import { submitAppeal } from '../src/server/appeals/http.ts';
import { appealsHttp } from '../src/server/appeals/wiring.ts';

const deps = appealsHttp();

export default (request: Request, context: Context) =>
  submitAppeal(request, context.ip, deps, (promise) => context.waitUntil(promise));

export const config: Config = { path: '/api/appeals' };
