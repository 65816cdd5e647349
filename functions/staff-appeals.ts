/** GET /api/staff/appeals (the queue) and /api/staff/appeals/{number}: the staff desk. */
import type { Config, Context } from '@netlify/functions';
import { staffRead } from '../src/server/staff/http.ts';
import { staffHttp } from '../src/server/staff/wiring.ts';

const deps = staffHttp();

export default (request: Request, context: Context) =>
  staffRead(request, context.params['number'], deps);

export const config: Config = { path: ['/api/staff/appeals', '/api/staff/appeals/:number'] };
