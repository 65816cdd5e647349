/** The finder's index for one language (loaded only by the finder page). */
import type { APIRoute } from 'astro';
import { finderData } from '../../../data/finder.ts';
import { localeStaticPaths, type Locale } from '../../../i18n';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await finderData(params['lang'] as Locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
