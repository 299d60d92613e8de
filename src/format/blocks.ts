/**
 * Body blocks. Each known type has its reader; an unknown type is skipped with a warning, so a
 * document written for a newer version of the format still renders what this version knows.
 */
import { readArticleRef } from './article-ref.js';
import { boolean, definedFields, fieldValue, listOf, nonBlankText, object, oneOf, optional, required, text, type RawObject } from './fields.js';
import { readImage } from './image.js';
import { childPath } from './path.js';
import { preview, type Check, type Reader } from './reader.js';
import {
  BLOCK_TYPES,
  HEADING_LEVELS,
  type Block,
  type BlockType,
  type GalleryBlock,
  type HeadingLevel,
  type ParagraphBlock,
  type QuoteBlock,
  type RelatedBlock,
} from './types.js';

/** The level of a heading that does not give one: the first level below the article's title. */
const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** Reads the fields of a block whose `type` is known; `path` is the block's own path. */
type BlockReader<B extends Block> = (reader: Reader, raw: RawObject, path: string) => B | undefined;

const BLOCK_READERS: { [T in BlockType]: BlockReader<Extract<Block, { type: T }>> } = {
  paragraph(reader, raw, path) {
    if (fieldValue(raw, 'text') === undefined && fieldValue(raw, 'html') === undefined) {
      return reader.error(path, 'A paragraph needs "text" or "html".');
    }
    const paragraphText = optional(reader, raw, 'text', path, nonBlankText);
    const html = optional(reader, raw, 'html', path, nonBlankText);
    if (paragraphText === undefined && html === undefined) return undefined;
    return definedFields<ParagraphBlock>({ type: 'paragraph', text: paragraphText, html });
  },
  heading(reader, raw, path) {
    const headingText = required(reader, raw, 'text', path, nonBlankText);
    const level = optional(reader, raw, 'level', path, oneOf(HEADING_LEVELS)) ?? DEFAULT_HEADING_LEVEL;
    return headingText === undefined ? undefined : { type: 'heading', text: headingText, level };
  },
  figure(reader, raw, path) {
    const image = required(reader, raw, 'image', path, readImage);
    return image === undefined ? undefined : { type: 'figure', image };
  },
  gallery(reader, raw, path) {
    const images = required(reader, raw, 'images', path, listOf(readImage, { nonEmpty: true }));
    const caption = optional(reader, raw, 'caption', path, text);
    return images === undefined ? undefined : definedFields<GalleryBlock>({ type: 'gallery', images, caption });
  },
  quote(reader, raw, path) {
    const quoteText = required(reader, raw, 'text', path, nonBlankText);
    const cite = optional(reader, raw, 'cite', path, text);
    return quoteText === undefined ? undefined : definedFields<QuoteBlock>({ type: 'quote', text: quoteText, cite });
  },
  list(reader, raw, path) {
    const ordered = optional(reader, raw, 'ordered', path, boolean) ?? false;
    const items = required(reader, raw, 'items', path, listOf(text, { nonEmpty: true }));
    return items === undefined ? undefined : { type: 'list', ordered, items };
  },
  related(reader, raw, path) {
    const title = optional(reader, raw, 'title', path, text);
    const items = required(reader, raw, 'items', path, listOf(readArticleRef, { nonEmpty: true }));
    return items === undefined ? undefined : definedFields<RelatedBlock>({ type: 'related', title, items });
  },
  html(reader, raw, path) {
    const html = required(reader, raw, 'html', path, nonBlankText);
    return html === undefined ? undefined : { type: 'html', html };
  },
};

const KNOWN_TYPES: ReadonlySet<string> = new Set(BLOCK_TYPES);

/** Reads one body block; unknown types give a warning and no block. */
export const readBlock: Check<Block> = (reader, value, path) => {
  const raw = object(reader, value, path);
  if (raw === undefined) return undefined;
  const type = required(reader, raw, 'type', path, text);
  if (type === undefined) return undefined;
  if (!KNOWN_TYPES.has(type)) {
    reader.warn(childPath(path, 'type'), `Unknown block type ${preview(type)}; the block was skipped.`);
    return undefined;
  }
  return BLOCK_READERS[type as BlockType](reader, raw, path);
};
