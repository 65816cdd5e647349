/**
 * Makes a photo smaller before it is sent: at most PHOTO_EDGE pixels on its longest side, as a
 * JPEG, turned the way the camera held it. Phones take photos of 2–5 MB; three of them would
 * not fit the platform's request limit, but their smaller copies (a few hundred kB) do. The
 * server re-encodes them anyway (src/server/appeals/photos.ts). A file the browser cannot draw
 * is sent as it is, for the server to refuse with its message.
 */
import { PHOTO_EDGE } from '../lib/photo-limits.ts';

export async function downscale(file: File): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file;
  }
  const scale = Math.min(1, PHOTO_EDGE / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return file;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/jpeg', 0.85),
  );
  // Smaller or not at all: a tiny PNG may be smaller as it is.
  return blob && blob.size < file.size ? blob : file;
}
