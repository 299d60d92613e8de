// The reference server: the demo pages, the built bundle, and the reference API.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createCommentRoutes } from './comments-routes.mjs';
import { openCommentsStore } from './comments-store.mjs';
import { createDemoData } from './demo-data.mjs';
import { createRateLimit } from './rate-limit.mjs';
import { refuseUnlessRead, sendError, sendJson } from './responses.mjs';
import { createSsrRoute } from './ssr-route.mjs';
import { resolveInside, sendFile } from './static-files.mjs';

const DEMO_DIR = fileURLToPath(new URL('..', import.meta.url));
const DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));
/** Where comments are kept unless `NEWS_WIDGETS_DB` (or the `dbFile` option) says otherwise. */
export const DEFAULT_DB = fileURLToPath(new URL('../.data/news.db', import.meta.url));
/** Folders of demo/ that are code or state, not pages. */
const PRIVATE = /^\/(server|\.data)(\/|$)|\/\./;

/**
 * Creates the server (not yet listening). It opens the comment database at once (creating it on
 * first start) and closes it when the server closes.
 * @param {{
 *   dataDir?: string,
 *   dbFile?: string,
 *   rateLimit?: number,
 *   moderation?: boolean,
 *   log?: (line: string) => void,
 * }} [options] `dbFile`: the SQLite file (':memory:' for none); `rateLimit`: comment posts per
 *   minute per client address, 0 for no limit (default 10); `moderation`: new comments are pending.
 */
export function createApp({
  dataDir = fileURLToPath(new URL('../data', import.meta.url)),
  dbFile = DEFAULT_DB,
  rateLimit = 10,
  moderation = false,
  log = console.log,
} = {}) {
  const data = createDemoData(dataDir);
  const store = openCommentsStore(dbFile);
  const comments = createCommentRoutes({
    store,
    hasArticle: (id) => data.hasArticle(id),
    rateLimit: createRateLimit(rateLimit),
    moderation,
  });

  const ssr = createSsrRoute(data);

  async function route(req, res, url) {
    const { pathname } = url;
    const article = pathname.match(/^\/api\/articles\/([^/]+)$/);
    if (article) {
      if (refuseUnlessRead(req, res)) return;
      const value = await data.article(article[1]);
      return value ? sendJson(res, 200, value) : sendError(res, 404, 'not_found', 'No such article.');
    }
    const feed = pathname.match(/^\/api\/feeds\/([^/]+)$/);
    if (feed) {
      if (refuseUnlessRead(req, res)) return;
      const value = await data.feedPage(feed[1], url.searchParams.get('cursor'), pathname);
      return value ? sendJson(res, 200, value) : sendError(res, 404, 'not_found', 'No such feed or page.');
    }
    if (pathname === '/api/comments') return comments(req, res, url);
    const ssrPage = pathname.match(/^\/ssr\/([^/]+)$/);
    if (ssrPage) return ssr(req, res, ssrPage[1]);
    if (pathname.startsWith('/api/')) return sendError(res, 404, 'not_found', 'No such endpoint.');

    if (refuseUnlessRead(req, res)) return;
    const [root, rest] = pathname.startsWith('/dist/') ? [DIST_DIR, pathname.slice(5)] : [DEMO_DIR, pathname];
    const file = PRIVATE.test(rest) ? undefined : resolveInside(root, rest);
    if (!file || !(await sendFile(req, res, file))) sendError(res, 404, 'not_found', 'Not found.');
  }

  const server = createServer(async (req, res) => {
    const started = performance.now();
    res.on('finish', () => {
      log(`${req.method} ${req.url} ${res.statusCode} ${(performance.now() - started).toFixed(1)}ms`);
    });
    try {
      await route(req, res, new URL(req.url ?? '/', 'http://localhost'));
    } catch (error) {
      // Nothing a request carries may bring the server down: answer 500 and go on.
      log(`error: ${error?.stack ?? error}`);
      if (!res.headersSent) sendError(res, 500, 'internal', 'Something went wrong on the server.');
      else res.destroy();
    }
  });
  // A request body trickling in for ever would hold a connection open: cut it off.
  server.requestTimeout = 30_000;
  server.on('close', () => store.close());
  return server;
}
