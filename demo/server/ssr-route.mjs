// GET /ssr/{id}: the demo article rendered on the server with news-widgets/ssr — readable with
// JavaScript off, then hydrated in place by /dist/news-widgets.js — with the "Nên xem" and
// "Tin khác" rails (their "Xem thêm" pages come from /api/feeds) and the comments.
import { refuseUnlessRead, sendError } from './responses.mjs';

/** The Node entry of the build (`npm start` builds first); loaded on the first request. */
const SSR_MODULE = new URL('../../dist/esm/ssr.js', import.meta.url);

/**
 * The handler of `/ssr/{id}`, reading articles and feeds from the demo data.
 * @param {ReturnType<typeof import('./demo-data.mjs').createDemoData>} data
 */
export function createSsrRoute(data) {
  let ssr;
  return async function ssrRoute(req, res, id) {
    if (refuseUnlessRead(req, res)) return;
    const article = await data.article(id);
    if (!article) return sendError(res, 404, 'not_found', 'No such article.');
    ssr ??= import(SSR_MODULE.href);
    const { renderPage } = await ssr;
    const [nenXem, tinKhac] = await Promise.all([
      data.feedPage('nen-xem', null, '/api/feeds/nen-xem'),
      data.feedPage('tin-khac', null, '/api/feeds/tin-khac'),
    ]);
    const rails = [
      nenXem && { feed: nenXem, heading: 'Nên xem', limit: 7 },
      tinKhac && { feed: tinKhac, heading: 'Tin khác', layout: 'grid' },
    ].filter(Boolean);
    const html = renderPage(article, {
      script: '/dist/news-widgets.js',
      title: `${article.title} — Tin Thủ đô`,
      rails,
      commentsEndpoint: '/api/comments',
    });
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(html),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : html);
  };
}
