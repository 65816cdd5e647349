/** The staff functions' dependencies as Netlify (or the local server) runs them. */
import { deliverAfterResponse } from '../jobs.ts';
import { services } from '../services.ts';
import { runtimeVerifier } from './auth.ts';
import type { StaffHttp } from './http.ts';

export function staffHttp(): StaffHttp {
  return {
    desk: async () => (await services()).desk,
    appeals: async () => (await services()).appeals,
    verifier: runtimeVerifier(),
    afterCommit: deliverAfterResponse,
  };
}
