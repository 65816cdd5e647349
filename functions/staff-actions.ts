/** POST /api/staff/appeals/{number}/{action}: take, forward, extend, answer, reject, publish. */
import type { Config, Context } from '@netlify/functions';
import { staffAction } from '../src/server/staff/http.ts';
import { staffHttp } from '../src/server/staff/wiring.ts';

const deps = staffHttp();

export default (request: Request, context: Context) =>
  staffAction(request, context.params['number'], context.params['action'], deps, (promise) =>
    context.waitUntil(promise),
  );

export const config: Config = { path: '/api/staff/appeals/:number/:action' };
