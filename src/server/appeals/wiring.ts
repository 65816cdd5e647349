/** The appeals' and the statistics' HTTP dependencies as the functions run them. */
import { setting } from '../environment.ts';
import { deliverAfterResponse } from '../jobs.ts';
import { services } from '../services.ts';
import { createFeedback } from './feedback.ts';
import type { FeedbackHttp } from './feedback-http.ts';
import type { AppealsHttp } from './http.ts';
import { builtPages, createPages, servedPages } from './pages.ts';
import type { StatsHttp } from './stats-http.ts';

export function appealsHttp(): AppealsHttp {
  const devServer = setting('MPS_PAGES_URL');
  return {
    appeals: async () => (await services()).appeals,
    afterCommit: deliverAfterResponse,
    // MPS_PAGES_URL: the site is not built but served (the dev server of `npm start`).
    pages: createPages(devServer ? servedPages(devServer) : builtPages()),
  };
}

export function feedbackHttp(): FeedbackHttp {
  return {
    feedback: async () => {
      const { appeals, db } = await services();
      return createFeedback({ appeals, db });
    },
    pages: appealsHttp().pages,
  };
}

export function statsHttp(): StatsHttp {
  return { db: services };
}
