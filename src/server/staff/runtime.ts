/** The staff functions' dependencies as Netlify (or the local server) runs them. */
import { deliverSoon, services } from '../runtime.ts';
import { runtimeVerifier } from './auth.ts';
import type { StaffHttp, StatsHttp } from './http.ts';

export function staffHttp(): StaffHttp {
  return {
    desk: async () => (await services()).desk,
    verifier: runtimeVerifier(),
    afterCommit: () => deliverSoon(),
  };
}

export function statsHttp(): StatsHttp {
  return { db: services };
}
