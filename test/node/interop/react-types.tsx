// Type-checked by interop.test.ts (after the build): what types/react.d.ts gives a React app.
import type {} from '../../../types/react.js';
import type { Article } from '../../../dist/esm/index.js';

declare const article: Article;

export const fine = (
  <news-provider src="/api/articles/a" comments-endpoint="/api/comments" onnews-load={(event) => event.detail.value}>
    <news-article article={article} className="lead" onnews-error={(event) => event.detail.kind}></news-article>
    <news-mobile-toggle mode="mobile" onnews-layout-change={(event) => event.detail.mode}></news-mobile-toggle>
  </news-provider>
);
// @ts-expect-error: `article` takes an Article
export const notAnArticle = <news-article article={42}></news-article>;
// @ts-expect-error: no such element
export const noSuchTag = <news-nothing></news-nothing>;
// @ts-expect-error: the event handler gets a NewsLayoutChangeEvent, whose detail has no `href`
export const wrongEvent = <news-mobile-toggle onnews-layout-change={(event) => event.detail.href}></news-mobile-toggle>;
