/**
 * The limits of the photos sent with an appeal to an inspector, shared by the browser (which
 * makes photos smaller before sending, src/scripts/photo-downscale.ts) and the server (which
 * re-encodes and stores them, src/server/appeals/photos.ts). A function's request is at most
 * 6 MB on the platform, and a binary body travels Base64-encoded, so about 4.5 MB of photos
 * arrive (docs/appeals.md, "Photos").
 */

/** Photos with one appeal. */
export const PHOTO_COUNT = 3;
/** The whole request with its photos: under the platform's 4.5 MB of binary payload. */
export const PHOTO_REQUEST_LIMIT = 4_400_000;
/** One file as received (the script sends a few hundred kB; without it, phones send 2–5 MB). */
export const PHOTO_FILE_LIMIT = 4_000_000;
/** The longest side of a photo as stored (and as the script sends it), in pixels. */
export const PHOTO_EDGE = 1600;
