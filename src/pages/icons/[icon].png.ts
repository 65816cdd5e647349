/** The app's icons (src/lib/web-app.ts), drawn from public/emblem.svg at build. */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import emblem from '../../../public/emblem.svg?raw';
import { ICONS, type IconName } from '../../lib/web-app.ts';
import { iconSvg } from '../../views/app-icon.ts';

export function getStaticPaths() {
  return Object.keys(ICONS).map((icon) => ({ params: { icon } }));
}

export const GET: APIRoute = async ({ params }) => {
  const png = await sharp(Buffer.from(iconSvg(emblem, params['icon'] as IconName)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
