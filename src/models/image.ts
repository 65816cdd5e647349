import { z } from 'astro/zod';
import type { ImageFn } from './common.ts';

/**
 * A stand-in for Astro's `image()` where no build resolves pictures (the CMS, tests, scripts):
 * the picture is the path string written in the file (`../_covers/x.jpg`, `./photos/x.jpg`).
 * `check` adds what the caller needs of that path: a message when it is empty, a check that
 * the file exists, a mark for the CMS. The models are then called as the build calls them:
 * `newsSchema({ image: imageStandIn() })`.
 */
export function imageStandIn(check: (path: z.ZodString) => z.ZodType = (path) => path): ImageFn {
  // The models only ever call image() and chain on what it returns, so any zod schema fits;
  // Astro's own type (a schema of resolved image metadata) is not needed here.
  return (() => check(z.string())) as unknown as ImageFn;
}
