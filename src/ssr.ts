/**
 * news-widgets/ssr, the Node entry: renders the elements to HTML with declarative shadow DOM
 * (`<template shadowrootmode="open">`), with the data embedded so the browser hydrates them
 * without fetching again. Pages load `news-widgets.js` (which carries Lit's hydrate support).
 *
 * @example
 * ```js
 * import { renderArticle, renderRail, renderPage } from 'news-widgets/ssr';
 * const fragment = renderArticle(article, { lang: 'vi' });
 * const page = renderPage(article, { rails: [{ feed, heading: 'Nên xem' }], script: '/news-widgets.js' });
 * ```
 */
export {
  CLIENT_ONLY_TAGS,
  InvalidDocumentError,
  railTemplate,
  renderArticle,
  renderCard,
  renderRail,
  renderToString,
  toArticle,
  toFeed,
  type ArticleRenderOptions,
  type CardRenderOptions,
  type RailRenderOptions,
  type RenderOptions,
} from './ssr/render.js';
export { renderPage, type PageOptions, type PageRail } from './ssr/page.js';
export { inlineJson, jsonLd, scriptJson } from './ssr/inline-json.js';
export { formatProblem } from './data/problems.js';
export { parseArticle, parseArticleRef, parseFeed, type Article, type ArticleRef, type Feed, type Problem } from './format/index.js';
// For templates given to renderToString.
export { html } from 'lit';
