/** POST /api/appeals/status/feedback: "Was this answer helpful?" from the status page. */
import type { Config, Context } from '@netlify/functions';
import { answerFeedback } from '../src/server/appeals/feedback-http.ts';
import { feedbackHttp } from '../src/server/appeals/wiring.ts';

const deps = feedbackHttp();

export default (request: Request, context: Context) => answerFeedback(request, context.ip, deps);

export const config: Config = { path: '/api/appeals/status/feedback' };
