/**
 * A complete HTML page for one article, rendered on the server: what the CLI writes and the demo
 * server's `/ssr/{id}` serves. Readable with JavaScript off; the bundle then hydrates it in place.
 */
import { html as serverHtml } from '@lit-labs/ssr';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article, Feed } from '../format/types.js';
import { inlineJson, jsonLd } from './inline-json.js';
import { railTemplate, renderToString, toArticle, toFeed, type ArticleRenderOptions, type RailRenderOptions } from './render.js';

/** One more rail on the page, after the article: a feed and how to show it. */
export interface PageRail extends Omit<RailRenderOptions, 'lang' | 'baseUrl'> {
  /** A Feed (or a list of ArticleRefs), as a value or JSON text. */
  feed: Feed | unknown;
}

export interface PageOptions extends ArticleRenderOptions {
  /** The URL of `news-widgets.js`; default `news-widgets.js`, beside the page. */
  script?: string;
  /** The page's `<title>`; default the headline. */
  title?: string;
  /** Stylesheets for the page around the elements; without any, a small built-in style centres the column. */
  stylesheets?: string[];
  /** Show the article's related headlines (`related`) in a rail under it; default true. */
  related?: boolean;
  /** More rails after the article ("Nên xem", "Tin khác"). */
  rails?: PageRail[];
  /**
   * The comment API endpoint: adds `<news-comments>` at the end of the page. Comments are live
   * data, rendered by the browser, not the server.
   */
  commentsEndpoint?: string;
}

// Only for pages without stylesheets of their own. The elements bring their own styles.
const PAGE_STYLE = serverHtml`<style>
      body { margin: 0; padding: 1rem; }
      .news-page { max-inline-size: 48rem; margin-inline: auto; }
      .news-page > news-provider > * + * { margin-block-start: 2rem; }
    </style>`;

/**
 * A whole page: `<news-provider>` holding the article (inline JSON), `<news-article>` fed by it,
 * the related headlines, the extra rails, and the script tag that loads the bundle. The page's
 * `lang` is the article's unless `lang` says otherwise. Throws InvalidDocumentError when the
 * article or a feed is not valid.
 */
export function renderPage(input: Article | unknown, options: PageOptions = {}): string {
  const article = toArticle(input, options);
  const lang = options.lang ?? article.lang;
  const { script = 'news-widgets.js', stylesheets = [], related = true, rails = [], commentsEndpoint } = options;
  const extraRails = rails.map(({ feed, ...rail }) => railTemplate(toFeed(feed, options), { ...rail, lang }));
  const body = html`<main class="news-page">
    <news-provider lang=${lang} comments-endpoint=${ifDefined(commentsEndpoint)} .article=${article}
      >${inlineJson(article)}
      <news-article lang=${lang} heading-level=${ifDefined(options.headingLevel)} time-zone=${ifDefined(options.timeZone)}
        >${jsonLd(article)}${related && article.related.length > 0 ? html`<news-rail lang=${lang}></news-rail>` : nothing}</news-article
      >
      ${extraRails}
      ${commentsEndpoint ? html`<news-comments lang=${lang}></news-comments>` : nothing}
    </news-provider>
  </main>`;
  return renderToString(serverHtml`<!doctype html>
<html lang=${lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${options.title ?? article.title}</title>
    ${article.summary ? serverHtml`<meta name="description" content=${article.summary} />` : nothing}
    ${stylesheets.length > 0 ? stylesheets.map((href) => serverHtml`<link rel="stylesheet" href=${href} />`) : PAGE_STYLE}
    <script type="module" src=${script}></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`);
}
