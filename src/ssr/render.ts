/**
 * Server rendering with @lit-labs/ssr: the elements' shadow trees as declarative shadow DOM
 * (`<template shadowrootmode="open">`), their data embedded as inline JSON for the browser.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// Every tag, registered in the server's element registry (@lit-labs/ssr's DOM shim).
import '../define.js';
import type { CardTimeStyle, CardVariant } from '../components/card/card-template.js';
import type { RailLayout } from '../components/rail/rail.js';
import { forgetShownItems } from '../components/rail/shown-items.js';
import { formatProblem } from '../data/problems.js';
import { parseArticle } from '../format/article.js';
import { parseArticleRef } from '../format/article-ref.js';
import { parseFeed } from '../format/feed.js';
import type { Article, ArticleRef, Feed, ParseResult, Problem } from '../format/types.js';
import { inlineJson, jsonLd } from './inline-json.js';

/**
 * Tags left to the browser: what they show depends on the reader's screen, storage or a live API,
 * which the server cannot know. They are written as plain tags and render once the bundle runs.
 */
export const CLIENT_ONLY_TAGS: readonly string[] = ['news-mobile-toggle', 'news-comments'];

// Our elements run their connectedCallback on the server, so that context reaches consumers
// (provider → article, rails) as it does in the browser.
LitElementRenderer.renderOptions.push((element) => {
  const tag = element.localName;
  if (!tag?.startsWith('news-')) return undefined;
  return CLIENT_ONLY_TAGS.includes(tag) ? { disableSsr: true } : { connectedCallback: true };
});

/** Thrown by the render helpers for input the parser refuses; `errors` are the parser's. */
export class InvalidDocumentError extends Error {
  constructor(readonly errors: Problem[]) {
    super(`The document is not valid:\n${errors.map(formatProblem).join('\n')}`);
    this.name = 'InvalidDocumentError';
  }
}

/**
 * Renders a Lit template (or any value Lit renders) to an HTML string, with every element of
 * ours in it rendered as declarative shadow DOM. One call renders one page: rails in it skip the
 * articles an earlier rail shows, as in the browser, so render a page's rails in one call.
 * Rendering is synchronous; a value that only resolves later (an async directive) throws.
 *
 * @example
 * ```ts
 * renderToString(html`<news-provider .article=${article}>${inlineJson(article)}
 *   <news-article lang="vi"></news-article></news-provider>`);
 * ```
 */
export function renderToString(value: unknown): string {
  forgetShownItems();
  try {
    return collectResultSync(render(value));
  } finally {
    forgetShownItems();
  }
}

/** What every helper takes. */
export interface RenderOptions {
  /**
   * The page's language, written as the element's `lang`: the server cannot see the page's
   * `<html lang>`, and the browser must show the same strings. Default: an article's own
   * language, else Vietnamese.
   */
  lang?: string;
  /** The URL the document came from, against which its relative URLs resolve. */
  baseUrl?: string;
}

export interface ArticleRenderOptions extends RenderOptions {
  /** `heading-level`: the headline's level, 1 to 6 (default 1). */
  headingLevel?: number;
  /** `time-zone`: an IANA time zone for the dates, instead of the article's own offset. */
  timeZone?: string;
}

export interface CardRenderOptions extends RenderOptions {
  variant?: CardVariant;
  /** `relative`, `absolute` or `none`. A relative date is the server's "now". */
  time?: CardTimeStyle;
  target?: string;
  headingLevel?: number;
}

export interface RailRenderOptions extends RenderOptions {
  /** The heading; default the feed's title, else "Có thể bạn quan tâm". */
  heading?: string;
  headingLevel?: number;
  layout?: RailLayout;
  variant?: CardVariant;
  limit?: number;
  time?: CardTimeStyle;
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  target?: string;
}

/** The value of a parse, or an InvalidDocumentError with its errors. */
export function valueOf<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new InvalidDocumentError(result.errors);
  return result.value;
}

/** Checks an Article (a value or JSON text) as `<news-article>` would. Throws InvalidDocumentError. */
export function toArticle(input: unknown, { baseUrl }: RenderOptions = {}): Article {
  return valueOf(parseArticle(input, { baseUrl }));
}

/** Checks a Feed (a value, JSON text, or a list of ArticleRefs) as `<news-rail>` would. */
export function toFeed(input: unknown, { baseUrl }: RenderOptions = {}): Feed {
  return valueOf(parseFeed(Array.isArray(input) ? { items: input } : input, { baseUrl }));
}

/**
 * `<news-article>` with the whole article in the HTML, readable without JavaScript: headline,
 * summary, every block, captions, byline. Carries the article as inline JSON (the browser picks
 * it up without a fetch) and its schema.org JSON-LD. Throws InvalidDocumentError for input the
 * parser refuses.
 */
export function renderArticle(input: Article | unknown, options: ArticleRenderOptions = {}): string {
  const article = toArticle(input, options);
  return renderToString(html`<news-article
    lang=${options.lang ?? article.lang}
    heading-level=${ifDefined(options.headingLevel)}
    time-zone=${ifDefined(options.timeZone)}
    .article=${article}
    >${inlineJson(article)}${jsonLd(article)}</news-article
  >`);
}

/** `<news-card>` for one ArticleRef (or an Article with a `url`), its headline a working link. */
export function renderCard(input: ArticleRef | unknown, options: CardRenderOptions = {}): string {
  const item = valueOf(parseArticleRef(input, { baseUrl: options.baseUrl }));
  return renderToString(html`<news-card
    lang=${options.lang ?? 'vi'}
    variant=${ifDefined(options.variant)}
    time=${ifDefined(options.time)}
    target=${ifDefined(options.target)}
    heading-level=${ifDefined(options.headingLevel)}
    .article=${item}
    >${inlineJson(item)}</news-card
  >`);
}

/** `<news-rail>` for a Feed (or a list of ArticleRefs), every headline a working link. */
export function renderRail(input: Feed | ArticleRef[] | unknown, options: RailRenderOptions = {}): string {
  return renderToString(railTemplate(toFeed(input, options), options));
}

/** A rail's template, for pages that render several things in one call. */
export function railTemplate(feed: Feed, options: RailRenderOptions = {}) {
  // The whole Feed goes to `.items`, which takes a Feed as well as a list (its title is the
  // default heading, its `next` the "Xem thêm" page): the browser reads the same Feed inline.
  return html`<news-rail
    lang=${options.lang ?? 'vi'}
    heading=${ifDefined(options.heading)}
    heading-level=${ifDefined(options.headingLevel)}
    layout=${ifDefined(options.layout)}
    variant=${ifDefined(options.variant)}
    limit=${ifDefined(options.limit)}
    time=${ifDefined(options.time)}
    utm-source=${ifDefined(options.utmSource)}
    utm-medium=${ifDefined(options.utmMedium)}
    utm-campaign=${ifDefined(options.utmCampaign)}
    target=${ifDefined(options.target)}
    .items=${feed as unknown as ArticleRef[]}
    >${inlineJson(feed)}</news-rail
  >`;
}
