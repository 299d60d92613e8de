// The real reference comment service, started for the test run by scripts/wtr-comment-server.mjs
// on another origin than the test page (so every request goes through CORS, as on a partner site).
import type { Comment } from '../../../src/format/types.js';

interface CommentServerModule {
  /** The comment endpoint of a server that publishes at once (201). */
  COMMENT_ENDPOINT: string;
  /** The comment endpoint of a server that holds comments for moderation (202). */
  MODERATED_COMMENT_ENDPOINT: string;
  /** POST here for `{ id }`: a fresh article both servers know, with no comment yet. */
  NEW_ARTICLE_URL: string;
}

// A path the test server's plugin answers; a variable, so the type checker does not look for a file.
const MODULE: string = '/__comment-server.js';
const server = (await import(/* @vite-ignore */ MODULE)) as CommentServerModule;

export const { COMMENT_ENDPOINT, MODERATED_COMMENT_ENDPOINT } = server;

/** The page's own fetch, kept before any test stubs it, so seeding always reaches the server. */
export const realFetch = window.fetch.bind(window);

/** A fresh article id the comment servers know, with no comment yet. */
export async function newArticle(): Promise<string> {
  const response = await realFetch(server.NEW_ARTICLE_URL, { method: 'POST' });
  return ((await response.json()) as { id: string }).id;
}

/**
 * Posts comments to `article` one after another (so their order is their time order) and returns
 * them as stored. `replyTo` is the index of an earlier comment of the list.
 */
export async function seed(
  article: string,
  comments: { author?: string; text: string; replyTo?: number }[],
  endpoint = COMMENT_ENDPOINT,
): Promise<Comment[]> {
  const stored: Comment[] = [];
  for (const { author = 'Bạn đọc', text, replyTo } of comments) {
    const response = await realFetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ article, author, text, parent: replyTo === undefined ? null : stored[replyTo].id }),
    });
    if (!response.ok) throw new Error(`seeding answered ${response.status}: ${await response.text()}`);
    stored.push((await response.json()).comment);
  }
  return stored;
}
