/** The staff functions' dependencies as Netlify (or the local server) runs them. */
import { deliverAfterResponse, services } from '../runtime.ts';
import { runtimeVerifier } from './auth.ts';
import type { StaffHttp, StatsHttp } from './http.ts';

export function staffHttp(): StaffHttp {
  return {
    desk: async () => (await services()).desk,
    appeals: async () => (await services()).appeals,
    verifier: runtimeVerifier(),
    afterCommit: deliverAfterResponse,
  };
}

export function statsHttp(): StatsHttp {
  return { db: services };
}
