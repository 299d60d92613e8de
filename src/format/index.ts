/**
 * The JSON article format, version 1: its types and the parsers that turn untrusted input (JSON
 * text, a parsed value, or for feeds RSS/Atom text) into them. Nothing here touches the page.
 */
export * from './types.js';
export { DEFAULT_LIMITS, resolveLimits, type Limits } from './limits.js';
export { DEFAULT_LANG, parseArticle } from './article.js';
export { parseArticleRef, toArticleRef } from './article-ref.js';
export { parseImage } from './image.js';
export { parseGallery, type GalleryValue } from './gallery.js';
export { parseFeed } from './feed.js';
export { parseComment, parseCommentPage } from './comments.js';
export { isAbsoluteWebUrl, normalizeUrl, resolveUrl, type UrlResult } from './urls.js';
export { htmlToText } from './html-text.js';
