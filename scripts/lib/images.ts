/**
 * Every image must reserve its box before it loads (no layout shift): an <img> needs whole-number
 * width and height attributes, from which the browser takes its aspect ratio.
 */
import { scanTags } from './html.ts';

export interface UnsizedImage {
  /** Offset of the tag in the document. */
  offset: number;
  src: string;
}

export function unsizedImages(html: string): UnsizedImage[] {
  return scanTags(html)
    .filter(
      (tag) =>
        tag.name === 'img' &&
        !['width', 'height'].every((name) => /^[1-9]\d*$/.test(tag.attrs.get(name) ?? '')),
    )
    .map((tag) => ({ offset: tag.offset, src: tag.attrs.get('src') ?? '' }));
}
