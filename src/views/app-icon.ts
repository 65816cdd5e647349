/**
 * The app's icons as SVG, turned into PNG by src/pages/icons/[icon].png.ts: the emblem
 * (public/emblem.svg) centred on the site's navy square, at the share of the side that
 * src/lib/web-app.ts gives each icon.
 */
import { ICONS, THEME_COLOR, type IconName } from '../lib/web-app.ts';

/** An icon as SVG: the emblem (an SVG document) centred on a navy square. */
export function iconSvg(emblem: string, name: IconName): string {
  const { size, emblem: share } = ICONS[name];
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(emblem);
  if (!viewBox) throw new Error('The emblem needs a viewBox="0 0 w h".');
  const [width, height] = [Number(viewBox[1]), Number(viewBox[2])];
  const scale = (size * share) / height;
  const x = (size - width * scale) / 2;
  const y = (size - height * scale) / 2;
  const inner = emblem.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="${THEME_COLOR}"/><g transform="translate(${x} ${y}) scale(${scale})">${inner}</g></svg>`;
}
