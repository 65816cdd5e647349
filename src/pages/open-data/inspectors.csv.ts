/** Open data: the district inspectors (CSV, UTF-8 with BOM for spreadsheet programs). */
import type { APIRoute } from 'astro';
import { inspectorRows, toCsv } from '../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(`\uFEFF${toCsv(await inspectorRows())}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
