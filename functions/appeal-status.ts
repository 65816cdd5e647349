/**
 * GET /api/appeals/{number} (code in X-Access-Code) and POST /api/appeals/status (the status
 * page's form): where an appeal stands (src/server/appeals).
 */
import type { Config, Context } from '@netlify/functions';
import { appealStatus } from '../src/server/appeals/http.ts';
import { appealsHttp } from '../src/server/appeals/wiring.ts';

const deps = appealsHttp();

export default (request: Request, context: Context) =>
  appealStatus(request, context.params['number'], context.ip, deps);

export const config: Config = { path: ['/api/appeals/status', '/api/appeals/:number'] };
