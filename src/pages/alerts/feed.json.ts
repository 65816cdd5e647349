/** The district alerts' feed: what this build published (docs/alerts.md). */
import type { APIRoute } from 'astro';
import { alertFeed } from '../../data/alerts.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await alertFeed()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
