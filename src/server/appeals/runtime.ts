/** The appeals' HTTP dependencies as the functions run them (see ../runtime.ts). */
import { setting } from '../environment.ts';
import { deliverAfterResponse, services } from '../runtime.ts';
import type { AppealsHttp } from './http.ts';
import { builtPages, createPages, servedPages } from './pages.ts';

export function appealsHttp(): AppealsHttp {
  const devServer = setting('MPS_PAGES_URL');
  return {
    appeals: async () => (await services()).appeals,
    afterCommit: deliverAfterResponse,
    // MPS_PAGES_URL: the site is not built but served (the dev server of `npm start`).
    pages: createPages(devServer ? servedPages(devServer) : builtPages()),
  };
}
