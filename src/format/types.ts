/**
 * The JSON article format, version 1: the values every element renders.
 * `parseArticle` and `parseFeed` turn untrusted input into these types; after parsing, every URL
 * is absolute http(s) (or relative, when no base URL was known) and every string is within limits.
 */

/** A responsive image source: one file and its intrinsic width in pixels. */
export interface ImageSource {
  src: string;
  width: number;
}

/** One picture with its text. `alt` may be "" for a decorative image. */
export interface Image {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  caption?: string;
  credit?: string;
  srcset?: ImageSource[];
}

export interface Author {
  name: string;
  url?: string;
}

/** A headline pointing at another article: what cards, rails and the inline `related` block show. */
export interface ArticleRef {
  id?: string;
  url: string;
  title: string;
  summary?: string;
  image?: Image;
  section?: string;
  publishedAt?: string;
}

export const HEADING_LEVELS = [2, 3, 4] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

export interface ParagraphBlock {
  type: 'paragraph';
  /** Plain text. */
  text?: string;
  /** Inline HTML, sanitized before it is shown. */
  html?: string;
}
export interface HeadingBlock {
  type: 'heading';
  text: string;
  level: HeadingLevel;
}
export interface FigureBlock {
  type: 'figure';
  image: Image;
}
export interface GalleryBlock {
  type: 'gallery';
  images: Image[];
  caption?: string;
}
export interface QuoteBlock {
  type: 'quote';
  text: string;
  cite?: string;
}
export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: string[];
}
export interface RelatedBlock {
  type: 'related';
  title?: string;
  items: ArticleRef[];
}
export interface HtmlBlock {
  type: 'html';
  html: string;
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | FigureBlock
  | GalleryBlock
  | QuoteBlock
  | ListBlock
  | RelatedBlock
  | HtmlBlock;

export const BLOCK_TYPES = ['paragraph', 'heading', 'figure', 'gallery', 'quote', 'list', 'related', 'html'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

export interface Article {
  id: string;
  title: string;
  url?: string;
  summary?: string;
  section?: string;
  /** BCP 47 language tag; "vi" when the document has none. */
  lang: string;
  publishedAt?: string;
  updatedAt?: string;
  authors: Author[];
  image?: Image;
  body: Block[];
  related: ArticleRef[];
  tags: string[];
}

/** A page of headlines. `next` is the URL of the following page, absent or null on the last one. */
export interface Feed {
  title?: string;
  items: ArticleRef[];
  next?: string | null;
}

export const COMMENT_STATUSES = ['published', 'pending'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** A reader comment as the comment API returns it. `text` is plain text. */
export interface Comment {
  id: string;
  article: string;
  parent: string | null;
  author: string;
  text: string;
  createdAt: string;
  status: CommentStatus;
}

/** One page of the comment API's answer: `GET {endpoint}?article=ID&sort=…&cursor=C&limit=N`. */
export interface CommentPage {
  comments: Comment[];
  /** Opaque cursor for the following page, sent back as `cursor`; null on the last page. */
  next: string | null;
  /** How many comments the article has in all. */
  total: number;
}

/** One problem found in a document: where (`body[3].image.src`, "" for the whole) and what. */
export interface Problem {
  path: string;
  message: string;
}

export type ParseResult<T> =
  | { ok: true; value: T; warnings: Problem[] }
  | { ok: false; errors: Problem[] };

/** Limits and context for the parsers. Every limit has a default (see `DEFAULT_LIMITS`). */
export interface ParseOptions {
  /** Base for relative URLs: the document's own URL. Without it, relative URLs stay relative. */
  baseUrl?: string;
  /** Longest JSON (or XML) text accepted, in characters. Default 8 MB. */
  maxTextLength?: number;
  /** Longest single string value, in characters. Default 1 MB. */
  maxStringLength?: number;
  /** Deepest nesting of arrays and objects. Default 64. */
  maxDepth?: number;
  /** Most entries in one array. Default 20,000. */
  maxArrayLength?: number;
}
