/** POST /api/staff/spam/{id}/restore: a submission stopped as automatic, registered after all. */
import type { Config, Context } from '@netlify/functions';
import { restoreSpam } from '../src/server/staff/http.ts';
import { staffHttp } from '../src/server/staff/wiring.ts';

const deps = staffHttp();

export default (request: Request, context: Context) =>
  restoreSpam(request, context.params['id'], deps, (promise) => context.waitUntil(promise));

export const config: Config = { path: '/api/staff/spam/:id/restore' };
