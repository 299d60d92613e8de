import { definedFields, listOf, object, optional, required, text } from './fields.js';
import { readImage } from './image.js';
import { runParser } from './run.js';
import type { Image, ParseOptions, ParseResult } from './types.js';

/** What `<news-gallery>` shows: the images of a gallery block and its caption. */
export interface GalleryValue {
  images: Image[];
  caption?: string;
}

/**
 * Checks `{ images, caption }` (a value or its JSON text) as `parseArticle` checks a gallery
 * block, except that no images is allowed: the gallery then shows its empty state.
 */
export function parseGallery(input: unknown, options?: ParseOptions): ParseResult<GalleryValue> {
  return runParser(input, options, (reader, value, path) => {
    const raw = object(reader, value, path);
    if (raw === undefined) return undefined;
    const images = required(reader, raw, 'images', path, listOf(readImage));
    const caption = optional(reader, raw, 'caption', path, text);
    return images && definedFields<GalleryValue>({ images, caption });
  });
}
