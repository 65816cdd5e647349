/** The alerts' HTTP dependencies as the functions run them. */
import { setting } from '../environment.ts';
import { deliverAfterResponse } from '../jobs.ts';
import { services } from '../services.ts';
import type { AlertsHttp } from './http.ts';
import { builtAlertsPages, createAlertsPages, servedAlertsPages } from './pages.ts';

export function alertsHttp(): AlertsHttp {
  const devServer = setting('MPS_PAGES_URL');
  return {
    alerts: async () => (await services()).alerts,
    afterCommit: deliverAfterResponse,
    // MPS_PAGES_URL: the site is not built but served (the dev server of `npm start`).
    pages: createAlertsPages(devServer ? servedAlertsPages(devServer) : builtAlertsPages()),
  };
}
