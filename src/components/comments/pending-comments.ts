import { isServer } from 'lit';
import { parseComment } from '../../format/comments.js';
import type { Comment } from '../../format/types.js';
import { readStored, storage, writeStored } from './comment-storage.js';

/**
 * The reader's own comments awaiting moderation, kept in localStorage so that they are still shown
 * to their author after a reload: the comment API never lists a pending comment, so without this
 * the author would see theirs vanish, and might post it again.
 *
 * One key per endpoint and article, `news-widgets:comment-pending:{endpoint}#{article}`, holds the
 * comments as the server returned them (nothing else: no e-mail, no draft). A comment is forgotten
 * once the server lists it (it was published) and 14 days after it was posted (moderation is over
 * by then: a rejected comment must not stay on its author's screen for ever). Nobody else ever sees
 * them, by construction: they never leave the author's browser.
 *
 * What is read back is checked like an answer of the server (`parseComment`); anything else is
 * dropped, since another script of the origin could have written it. Storage that is missing,
 * full or forbidden is never an error: the comments then last for the page.
 */

/** The start of every key; the endpoint, `#` and the article follow. */
export const PENDING_KEY_PREFIX = 'news-widgets:comment-pending:';
/** Milliseconds a pending comment is kept, from its `createdAt`: 14 days. */
const PENDING_MAX_AGE = 14 * 24 * 60 * 60 * 1000;
/** The most kept per article, the newest: far more than anyone waits on, and storage stays small. */
export const MAX_PENDING_PER_ARTICLE = 20;

/** What storage could not keep (missing, full, forbidden), by key: it then lasts for the page. */
const pageCopies = new Map<string, Comment[]>();

/**
 * The key of an article's pending comments at an endpoint: the endpoint resolved against the page
 * (so `/api/comments` and its absolute URL are one) and without a fragment, so the first `#` ends
 * it. Undefined for an endpoint that is no URL: nothing can be posted there.
 */
export function pendingKey(endpoint: string, article: string): string | undefined {
  if (isServer) return undefined;
  try {
    const url = new URL(endpoint, document.baseURI);
    url.hash = '';
    return `${PENDING_KEY_PREFIX}${url.href}#${article}`;
  } catch {
    return undefined;
  }
}

/**
 * Remembers a comment the server holds for moderation (it answered 202). Expired entries of every
 * article are dropped on the way, so storage never holds more than 14 days of them.
 */
export function keepPendingComment(endpoint: string, article: string, comment: Comment, now = Date.now()): void {
  const key = pendingKey(endpoint, article);
  if (!key) return;
  sweep(now);
  const kept = read(key, now).comments.filter((stored) => stored.id !== comment.id);
  kept.push({ ...comment, status: 'pending' });
  save(key, kept.slice(-MAX_PENDING_PER_ARTICLE));
}

/**
 * The reader's comments on `article` still awaiting moderation, oldest first. Those whose id the
 * server now lists (`listed`: the ids of a page it sent) were published, and are forgotten; so are
 * expired ones and whatever fails the checks.
 */
export function settlePendingComments(endpoint: string, article: string, listed: Iterable<string>, now = Date.now()): Comment[] {
  const key = pendingKey(endpoint, article);
  if (!key) return [];
  const published = new Set(listed);
  const { comments, clean } = read(key, now);
  const waiting = comments.filter((comment) => !published.has(comment.id));
  // Nothing left: the key goes, also when what it held was no JSON at all.
  if (!clean || waiting.length !== comments.length || waiting.length === 0) save(key, waiting);
  return waiting;
}

/** The comments kept under `key` that pass the checks, and whether every entry did. */
function read(key: string, now: number): { comments: Comment[]; clean: boolean } {
  const raw = pageCopies.get(key) ?? readStored(key);
  if (raw === undefined) return { comments: [], clean: true };
  const entries: unknown[] = Array.isArray(raw) ? raw.slice(-MAX_PENDING_PER_ARTICLE) : [];
  const byId = new Map<string, Comment>();
  for (const entry of entries) {
    // parseComment would read a string as JSON text: an entry is an object, or nothing.
    if (typeof entry !== 'object' || entry === null) continue;
    const parsed = parseComment(entry);
    if (parsed.ok && parsed.value.status === 'pending' && fresh(parsed.value, now)) byId.set(parsed.value.id, parsed.value);
  }
  const comments = [...byId.values()];
  return { comments, clean: Array.isArray(raw) && comments.length === raw.length };
}

/**
 * Within 14 days of `now`. A time ahead of the clock (a clock set back, or a forged entry) counts
 * the same way, so that nothing outstays the limit by much.
 */
function fresh(comment: Comment, now: number): boolean {
  return Math.abs(now - Date.parse(comment.createdAt)) <= PENDING_MAX_AGE;
}

/** Keeps `comments` under `key` (none: the key goes), or for this page when storage cannot. */
function save(key: string, comments: Comment[]): void {
  if (writeStored(key, comments.length > 0 ? comments : undefined)) pageCopies.delete(key);
  else pageCopies.set(key, comments);
}

/** Drops the expired and unreadable entries of every article. */
function sweep(now: number): void {
  const store = storage();
  let keys: string[];
  try {
    keys = store ? Object.keys(store).filter((key) => key.startsWith(PENDING_KEY_PREFIX)) : [];
  } catch {
    return;
  }
  for (const key of keys) {
    const { comments, clean } = read(key, now);
    if (!clean || comments.length === 0) save(key, comments);
  }
}
