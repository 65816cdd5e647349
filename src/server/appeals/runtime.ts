/** The appeals' HTTP dependencies as the functions run them (see ../runtime.ts). */
import { deliverSoon, services } from '../runtime.ts';
import type { AppealsHttp } from './http.ts';
import { builtPages, createPages, servedPages } from './pages.ts';

export function appealsHttp(): AppealsHttp {
  return {
    appeals: async () => (await services()).appeals,
    afterCommit: () => deliverSoon(),
    // MPS_PAGES_URL: the site is not built but served (the dev server of `npm start`).
    pages: createPages(
      process.env['MPS_PAGES_URL'] ? servedPages(process.env['MPS_PAGES_URL']) : builtPages(),
    ),
  };
}
