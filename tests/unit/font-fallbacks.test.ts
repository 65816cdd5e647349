/**
 * The metric-matched fallback faces in src/styles/fonts.css agree with the fonts' metrics,
 * recomputed here the way Next.js, Nuxt's fontaine and Astro's Fonts API do it: size-adjust =
 * ratio of average character widths; ascent, descent and line gap of Noto Sans at that size.
 */
import { readFileSync } from 'node:fs';
import arial from '@capsizecss/metrics/arial';
import roboto from '@capsizecss/metrics/roboto';
import { fromBuffer } from '@capsizecss/unpack';
import { describe, expect, it } from 'vitest';

interface Metrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
}

const noto = async (weight: 400 | 700): Promise<Metrics> =>
  fromBuffer(
    readFileSync(
      new URL(
        `../../node_modules/@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff2`,
        import.meta.url,
      ),
    ),
  );

/**
 * DejaVu Sans is not in @capsizecss/metrics: these are its metrics read with
 * @capsizecss/unpack from Debian's fonts-dejavu-core 2.37 (DejaVuSans.ttf, DejaVuSans-Bold.ttf).
 */
const DEJAVU: Record<400 | 700, Metrics> = {
  400: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1041 },
  700: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1176 },
};

/** Per fallback: the metrics of Noto Sans and of the fallback for a weight. */
const FALLBACKS: Record<string, (weight: 400 | 700) => Promise<[Metrics, Metrics]>> = {
  // @capsizecss/metrics has the regular weight only; it stands for both, as in fontaine.
  Arial: async () => [await noto(400), arial],
  Roboto: async () => [await noto(400), roboto],
  DejaVu: async (weight) => [await noto(weight), DEJAVU[weight]],
};

const css = readFileSync(new URL('../../src/styles/fonts.css', import.meta.url), 'utf8');
const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1] ?? '');
const descriptor = (face: string, name: string) =>
  new RegExp(`(?:^|;)\\s*${name}:\\s*([^;]+);`).exec(face)?.[1]?.trim();
const percent = (value: string | undefined) => Number(value?.replace('%', ''));

function expected(font: Metrics, fallback: Metrics) {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = font.unitsPerEm * sizeAdjust;
  return {
    'size-adjust': sizeAdjust * 100,
    'ascent-override': (font.ascent / em) * 100,
    'descent-override': (Math.abs(font.descent) / em) * 100,
    'line-gap-override': (font.lineGap / em) * 100,
  };
}

describe('metric-matched fallbacks of Noto Sans', () => {
  const theme = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
  const stack = /--font-sans:\s*([^;]+);/.exec(theme)?.[1]?.replace(/\s+/g, ' ') ?? '';

  for (const [name, metricsOf] of Object.entries(FALLBACKS)) {
    const family = `'Noto Sans fallback ${name}'`;
    const own = faces.filter((face) => descriptor(face, 'font-family') === family);

    it(`${name}: a regular and a bold face of a local font`, () => {
      expect(own.map((face) => descriptor(face, 'font-weight')).sort()).toEqual(['400', '700']);
      for (const face of own) expect(descriptor(face, 'src')).toMatch(/^local\('/);
    });

    it(`${name}: size and vertical metrics match to 0.05 percentage points`, async () => {
      for (const face of own) {
        const weight = Number(descriptor(face, 'font-weight')) as 400 | 700;
        const [font, fallback] = await metricsOf(weight);
        for (const [property, value] of Object.entries(expected(font, fallback)))
          expect(
            percent(descriptor(face, property)),
            `${family} ${weight} ${property}`,
          ).toBeCloseTo(value, 1);
      }
    });

    it(`${name}: is in the site's font stack, after Noto Sans and before any plain font`, () => {
      expect(stack.startsWith("'Noto Sans', 'Noto Sans fallback")).toBe(true);
      expect(stack.indexOf(family)).toBeLessThan(stack.indexOf("'Segoe UI'"));
    });
  }
});
