/** GET /api/staff/appeals/{number}/photos/{n}: a photo the applicant sent, for the staff desk. */
import type { Config, Context } from '@netlify/functions';
import { staffPhoto } from '../src/server/staff/http.ts';
import { staffHttp } from '../src/server/staff/wiring.ts';

const deps = staffHttp();

export default (request: Request, context: Context) =>
  staffPhoto(request, context.params['number'], context.params['position'], deps);

export const config: Config = { path: '/api/staff/appeals/:number/photos/:position' };
