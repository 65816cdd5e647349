/** /vi-init.js: applies the settings of the version for the visually impaired before the first paint. */
import type { APIRoute } from 'astro';
import { viInitScript } from '../lib/vi-settings.ts';

export const GET: APIRoute = () =>
  new Response(viInitScript(), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
