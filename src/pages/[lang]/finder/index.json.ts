/** The finder's name index for one language (loaded by the finder page on first use). */
import type { APIRoute } from 'astro';
import { finderFiles } from '../../../data/finder.ts';
import { localeStaticPaths, type Locale } from '../../../i18n';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await finderFiles(params['lang'] as Locale)).names), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
