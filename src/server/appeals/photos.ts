/**
 * Photos sent with an appeal to an inspector. Each is decoded and drawn again as a new JPEG:
 * whatever the file carried besides its pixels (EXIF with the GPS position and the camera,
 * XMP, ICC comments, a thumbnail) is not copied, the orientation is applied to the pixels,
 * and the longest side is at most PHOTO_EDGE. A file that is not a picture the server can
 * read, or larger than the limits, is refused with a message and nothing is stored.
 * The limits are in src/lib/photo-limits.ts.
 */
import sharp from 'sharp';
import type { UiKey } from '../../i18n/index.ts';
import { PHOTO_COUNT, PHOTO_EDGE, PHOTO_FILE_LIMIT } from '../../lib/photo-limits.ts';

/** Pictures larger than this many pixels are refused before they are decoded. */
const MAX_INPUT_PIXELS = 50_000_000;
const QUALITY = 82;
/** What the server reads: the formats phones and cameras send. */
const FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif', 'heif']);

export interface StoredPhoto {
  position: number;
  width: number;
  height: number;
  bytes: Buffer;
}

export type PhotoResult =
  | { ok: true; photos: StoredPhoto[] }
  | { ok: false; error: Extract<UiKey, `appeal.error.photo${string}`> };

/** The files of a form that carry something (an empty file input sends an empty part). */
export const chosenFiles = (files: readonly File[]) =>
  files.filter((f) => f.size > 0 || f.name !== '');

/** Re-encodes the photos, or refuses them all with the first problem found. */
export async function preparePhotos(files: readonly File[]): Promise<PhotoResult> {
  const chosen = chosenFiles(files);
  // The cheap checks of every file first, then the decoding.
  if (chosen.length > PHOTO_COUNT) return { ok: false, error: 'appeal.error.photoCount' };
  if (chosen.some((f) => f.size > PHOTO_FILE_LIMIT))
    return { ok: false, error: 'appeal.error.photoSize' };
  const photos: StoredPhoto[] = [];
  for (const [i, file] of chosen.entries()) {
    const input = Buffer.from(await file.arrayBuffer());
    try {
      const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
      const { format } = await image.metadata();
      if (!format || !FORMATS.has(format)) return { ok: false, error: 'appeal.error.photoType' };
      const { data, info } = await image
        .rotate()
        .resize({ width: PHOTO_EDGE, height: PHOTO_EDGE, fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: QUALITY })
        .toBuffer({ resolveWithObject: true });
      photos.push({ position: i + 1, width: info.width, height: info.height, bytes: data });
    } catch (error) {
      // Over the pixel limit, or not a picture sharp can read (a truncated file, a document).
      const tooLarge = error instanceof Error && /pixel limit/i.test(error.message);
      return { ok: false, error: tooLarge ? 'appeal.error.photoSize' : 'appeal.error.photoType' };
    }
  }
  return { ok: true, photos };
}
