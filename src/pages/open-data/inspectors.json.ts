/** Open data: the district inspectors (JSON). */
import type { APIRoute } from 'astro';
import { inspectorRows } from '../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await inspectorRows(), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
