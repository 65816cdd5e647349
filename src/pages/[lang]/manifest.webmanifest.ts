/** The web app manifest of one language (src/lib/web-app.ts), linked from every page of it. */
import type { APIRoute } from 'astro';
import { localeStaticPaths, type Locale } from '../../i18n';
import { webManifest } from '../../lib/web-app.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(webManifest(params['lang'] as Locale)), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
