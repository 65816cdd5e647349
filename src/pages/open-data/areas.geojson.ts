/** Open data: the inspector areas with their boundaries (GeoJSON, WGS 84). */
import type { APIRoute } from 'astro';
import { areaFeatures } from '../../data/finder.ts';
import { getSite } from '../../data/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify({ type: 'FeatureCollection', features: areaFeatures(site) }), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};
