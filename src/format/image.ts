import { definedFields, listOf, object, optional, positiveInteger, required, text, url } from './fields.js';
import { type Check } from './reader.js';
import { runParser } from './run.js';
import type { Image, ImageSource, ParseOptions, ParseResult } from './types.js';

const readImageSource: Check<ImageSource> = (reader, value, path) => {
  const raw = object(reader, value, path);
  if (raw === undefined) return undefined;
  const src = required(reader, raw, 'src', path, url);
  const width = required(reader, raw, 'width', path, positiveInteger);
  return src === undefined || width === undefined ? undefined : { src, width };
};

/** Reads an Image: `src` and `alt` required (`alt` may be ""), everything else optional. */
export const readImage: Check<Image> = (reader, value, path) => {
  const raw = object(reader, value, path);
  if (raw === undefined) return undefined;
  const src = required(reader, raw, 'src', path, url);
  const alt = required(reader, raw, 'alt', path, text);
  const details = definedFields({
    width: optional(reader, raw, 'width', path, positiveInteger),
    height: optional(reader, raw, 'height', path, positiveInteger),
    caption: optional(reader, raw, 'caption', path, text),
    credit: optional(reader, raw, 'credit', path, text),
    srcset: optional(reader, raw, 'srcset', path, listOf(readImageSource)),
  });
  return src === undefined || alt === undefined ? undefined : { src, alt, ...details };
};

/**
 * Checks one image, e.g. the `.image` property of `<news-figure>`, the same way `parseArticle`
 * checks the images inside an article. Accepts a value or its JSON text.
 */
export function parseImage(input: unknown, options?: ParseOptions): ParseResult<Image> {
  return runParser(input, options, readImage);
}
