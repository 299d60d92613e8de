// The comment API: GET and POST {endpoint}, and the CORS preflight partner portals need.
import { COMMENT_LIMITS, readCommentInput } from './comment-input.mjs';
import { commentMessage, pickLanguage } from './comment-messages.mjs';
import { COMMENT_SORTS } from './comments-store.mjs';
import { readJsonBody } from './read-json-body.mjs';
import { sendError, sendJson } from './responses.mjs';

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const MAX_CURSOR_LENGTH = 200;
const ALLOWED_METHODS = 'GET, HEAD, POST, OPTIONS';

/**
 * The element may sit on another origin (a partner portal): it posts JSON, which needs a
 * preflight, and reads Retry-After, which a cross-origin script sees only when exposed.
 * No credentials are involved, so `*` is enough.
 */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
};
const PREFLIGHT = {
  ...CORS,
  'Access-Control-Allow-Methods': ALLOWED_METHODS,
  'Access-Control-Allow-Headers': 'Content-Type, Accept-Language',
  'Access-Control-Max-Age': '600',
};

/**
 * @param {{
 *   store: ReturnType<typeof import('./comments-store.mjs').openCommentsStore>,
 *   hasArticle: (id: string) => Promise<boolean>,
 *   rateLimit: ReturnType<typeof import('./rate-limit.mjs').createRateLimit>,
 *   moderation: boolean,
 * }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => Promise<void>}
 */
export function createCommentRoutes({ store, hasArticle, rateLimit, moderation }) {
  /** Answers an error in the client's language. */
  function fail(req, res, status, code, { field, seconds, headers } = {}) {
    const message = commentMessage(pickLanguage(req.headers['accept-language']), code, field, seconds);
    sendError(res, status, code, message, field, { ...CORS, ...headers });
  }

  async function list(req, res, url) {
    const params = url.searchParams;
    const article = params.get('article');
    if (!article) return fail(req, res, 400, 'required', { field: 'article' });
    const sort = params.get('sort') ?? 'newest';
    if (!COMMENT_SORTS.includes(sort)) return fail(req, res, 400, 'invalid', { field: 'sort' });
    const limitParam = params.get('limit');
    const limit = limitParam === null ? DEFAULT_PAGE_SIZE : Number(limitParam);
    if (!Number.isSafeInteger(limit) || limit < 1) return fail(req, res, 400, 'invalid', { field: 'limit' });
    const cursor = params.get('cursor');
    if (cursor !== null && (cursor === '' || cursor.length > MAX_CURSOR_LENGTH)) return fail(req, res, 400, 'invalid', { field: 'cursor' });
    if (!(await hasArticle(article))) return fail(req, res, 404, 'not_found', { field: 'article' });

    let page;
    try {
      page = store.page({ article, sort, cursor, limit: Math.min(limit, MAX_PAGE_SIZE) });
    } catch (error) {
      if (error instanceof RangeError) return fail(req, res, 400, 'invalid', { field: 'cursor' });
      throw error;
    }
    sendJson(res, 200, page, CORS);
  }

  async function post(req, res) {
    const wait = rateLimit.take(req.socket.remoteAddress ?? 'unknown');
    if (wait > 0) return fail(req, res, 429, 'rate_limited', { seconds: wait, headers: { 'Retry-After': String(wait) } });

    const body = await readJsonBody(req, COMMENT_LIMITS.bodyBytes);
    if (!body.ok) {
      if (body.code === 'aborted') return void res.destroy();
      // Past the cap the rest of the body is never read: close the connection instead.
      const headers = body.status === 413 ? { Connection: 'close' } : undefined;
      return fail(req, res, body.status, body.code, { headers });
    }

    const input = readCommentInput(body.value);
    if (!input.ok) {
      // The honeypot's answer names no field and gives no hint.
      const field = input.code === 'rejected' ? undefined : input.field;
      return fail(req, res, 400, input.code, { field });
    }
    const { article, parent } = input.value;
    if (!(await hasArticle(article))) return fail(req, res, 404, 'not_found', { field: 'article' });

    let thread = null;
    if (parent) {
      const replyTo = store.get(parent);
      if (!replyTo || replyTo.article !== article || replyTo.status !== 'published') {
        return fail(req, res, 400, 'invalid_parent', { field: 'parent' });
      }
      // One level of replies: a reply to a reply joins the thread of the comment it answers.
      thread = replyTo.parent ?? replyTo.id;
    }

    const status = moderation ? 'pending' : 'published';
    // Committed and synced before the answer goes out (see openCommentsStore).
    const comment = store.add({ ...input.value, parent: thread, status });
    sendJson(res, moderation ? 202 : 201, { comment }, CORS);
  }

  return async function comments(req, res, url) {
    switch (req.method) {
      case 'OPTIONS':
        res.writeHead(204, PREFLIGHT);
        return void res.end();
      case 'GET':
      case 'HEAD':
        return list(req, res, url);
      case 'POST':
        return post(req, res);
      default:
        return fail(req, res, 405, 'method_not_allowed', { headers: { Allow: ALLOWED_METHODS } });
    }
  };
}
