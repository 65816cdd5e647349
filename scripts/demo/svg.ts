/**
 * SVG placeholders of the demo content: portraits with the person's initials in random soft
 * colours, and the frame of the abstract news covers (whose drawings are in covers.ts).
 */
import type { Person } from './people.ts';
import type { Rng } from './rng.ts';
import type { Text } from './text.ts';

/** An HSL colour (hue in degrees, saturation and lightness in %) as #rrggbb. */
function hsl(h: number, s: number, l: number): string {
  s /= 100;
  l /= 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  const hex = (x: number) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}

/** A placeholder portrait: a head and shoulders in soft random colours, with the initials. */
export function portraitSvg(p: Person, rng: Rng): string {
  const hue = rng.int(0, 359);
  const bg = hsl(hue, rng.int(25, 45), rng.int(86, 91));
  const body = hsl((hue + rng.int(150, 210)) % 360, rng.int(15, 30), rng.int(38, 48));
  const head = hsl((hue + rng.int(150, 210)) % 360, rng.int(10, 25), rng.int(55, 62));
  const title = `Placeholder portrait (demo): ${p.name.en}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 300" width="240" height="300" role="img">` +
    `<title>${title}</title>` +
    `<rect width="240" height="300" fill="${bg}"/>` +
    `<path d="M28 300c0-62 36-98 92-98s92 36 92 98z" fill="${body}"/>` +
    `<rect x="104" y="160" width="32" height="40" rx="10" fill="${head}"/>` +
    `<circle cx="120" cy="122" r="50" fill="${head}"/>` +
    `<text x="120" y="272" text-anchor="middle" font-family="sans-serif" font-size="34" ` +
    `font-weight="600" fill="#ffffff" fill-opacity="0.9">${p.initials}</text>` +
    `</svg>\n`
  );
}

/** A news cover illustration: `body` is the SVG drawing inside a 1200×630 frame. */
export interface Cover {
  id: string;
  title: string;
  alt: Text;
  body: string;
}
export const svgCover = (c: Cover) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 630" width="1200" height="630" role="img">` +
  `<title>${c.title}</title>${c.body}</svg>\n`;
