/**
 * The data a server-rendered element carries for the browser: its value as an inline
 * `<script type="application/json">` child (read by the element's data controller when it
 * connects, so the browser fetches nothing again) and an article's schema.org JSON-LD.
 */
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { newsArticleData } from '../components/article/json-ld.js';
import type { Article } from '../format/types.js';

/**
 * `value` as JSON that is safe as the text of a `<script>`: every `<` is written `\u003c`, so no
 * `</script>` or `<!--` in the data can end the script or change how the HTML parser reads it.
 * JSON.parse gives back the same value.
 */
export function scriptJson(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/</g, '\\u003c');
}

// A script's text can only be written raw: Lit does not bind inside <script>, and the server
// renderer escapes bound text as HTML (`&quot;`), which a script does not decode. scriptJson
// makes the text inert, so this is the one raw string in the server's output.
function script(type: string, value: unknown) {
  return unsafeHTML(`<script type="${type}">${scriptJson(value)}</script>`);
}

/**
 * An inline `<script type="application/json">` holding `value`: put it inside an element so the
 * browser gets its data without fetching, e.g.
 * `` html`<news-article .article=${article}>${inlineJson(article)}</news-article>` ``.
 */
export function inlineJson(value: unknown) {
  return script('application/json', value);
}

/** The article's schema.org NewsArticle as `<script type="application/ld+json">`, for crawlers. */
export function jsonLd(article: Article) {
  return script('application/ld+json', newsArticleData(article));
}
