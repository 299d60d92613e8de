import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadDocument, type LoadResult } from '../../data/load-document.js';
import { warnSkipped } from '../../data/problems.js';
import type { DataState, DataStatus, LoadError } from '../../data/types.js';
import { NewsErrorEvent } from '../../events/news-error.js';
import { NewsLoadEvent } from '../../events/news-load.js';
import { parseCommentPage } from '../../format/comments.js';
import type { Comment, CommentPage } from '../../format/types.js';
import { keepPendingComment, settlePendingComments } from './pending-comments.js';
import { postComment, type CommentSubmission, type PostOutcome } from './post-comment.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The orders the comment API knows. */
export const COMMENT_SORTS = ['newest', 'oldest'] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];

/** Where "load more" stands: nothing asked (`idle`), a page on its way (`loading`), or it failed (`error`). */
export const MORE_STATES = ['idle', 'loading', 'error'] as const;
export type MoreState = (typeof MORE_STATES)[number];

/** Which comments to show: an article's, from an endpoint, in an order, so many at a time. */
export interface CommentsSource {
  endpoint: string;
  article: string;
  sort: CommentSort;
  pageSize: number;
}

export interface CommentsControllerOptions {
  /** The comments to load, or undefined while something is missing (no endpoint or article yet). */
  source(): CommentsSource | undefined;
  /** False until the comments should load (lazy loading): the first page waits for it. */
  active(): boolean;
  /** Called with each page that arrives, before the host re-renders; `first` for the first page. */
  onPage?(page: CommentPage, first: boolean): void;
  /** Called when a page could not be loaded or read, before the host re-renders. */
  onError?(error: LoadError, first: boolean): void;
  /**
   * Reads the element's `timeout`: milliseconds a page may take to load (its retry included), and a
   * post to be answered. Read as each request starts. Default 10 s for a page, 15 s for a post.
   */
  timeout?(): number | undefined;
}

/** A page of comments is small; this is far above any honest answer. */
const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/**
 * Loads an article's comments from the comment API a page at a time and posts new ones. Pages are
 * fetched like every document of the kit (timeout, one retry, size cap, no cookies) and checked by
 * `parseCommentPage`; the comments are kept by id, so a comment that comes twice (posted here, then
 * listed by a later page) is shown once. The reader's own comments awaiting moderation are kept in
 * localStorage (see pending-comments.ts) and join the list again with its first page, until the
 * server lists them. `state` and `retry()` drive the shared status UI. The host fires `news-load`
 * after each page is rendered and `news-error` when a page fails.
 */
export class CommentsController implements ReactiveController, DataStatus {
  state: DataState = 'idle';
  error?: LoadError;
  /** Every comment loaded or posted here, by id, in the order they came. */
  comments = new Map<string, Comment>();
  /** How many published comments the article has, by the server's last count and what was posted since. */
  total = 0;
  /** The cursor of the next page, or null after the last one. */
  next: string | null = null;
  more: MoreState = 'idle';
  /** Why the last further page failed, in the `error` state of `more`. */
  moreError?: LoadError;

  private key?: string;
  private source?: CommentsSource;
  private loading?: AbortController;
  /** Events for outcomes, fired after the host has rendered them. */
  private pendingEvents: Event[] = [];

  constructor(
    private readonly host: Host,
    private readonly options: CommentsControllerOptions,
  ) {
    host.addController(this);
  }

  /** Loads the first page again: the error panel's retry button. */
  retry(): void {
    this.key = undefined;
    this.host.requestUpdate();
  }

  /** Loads the page after the last one; ignored while a page is on its way or after the last. */
  loadMore(): void {
    const source = this.source;
    if (!source || !this.next || this.loading || isServer) return;
    this.more = 'loading';
    this.moreError = undefined;
    this.host.requestUpdate();
    void this.load(source, this.next);
  }

  /**
   * Posts a comment to the current endpoint. An accepted one joins the list at once (a pending one
   * too: it is only in this reader's list, never counted in the total, and kept for the next loads).
   */
  async post(submission: Omit<CommentSubmission, 'article'>, lang: string): Promise<PostOutcome> {
    const source = this.source;
    if (!source) return { kind: 'network', message: 'No comment endpoint or article.' };
    const outcome = await postComment(source.endpoint, { ...submission, article: source.article }, { lang, timeout: this.options.timeout?.() });
    // Kept even when the element has moved on: its author will find it on that article again.
    if (outcome.kind === 'pending' && outcome.comment) keepPendingComment(source.endpoint, source.article, outcome.comment);
    // The element may show another article by now: the comment belongs to the old list.
    if ((outcome.kind === 'published' || outcome.kind === 'pending') && outcome.comment && this.source === source) {
      this.comments = new Map(this.comments).set(outcome.comment.id, outcome.comment);
      if (outcome.kind === 'published') this.total += 1;
      this.host.requestUpdate();
    }
    return outcome;
  }

  hostUpdate(): void {
    this.sync();
  }

  hostUpdated(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const event of events) this.host.dispatchEvent(event);
  }

  hostConnected(): void {
    // Back on the page: an update re-reads the source, and reloads a load that was cut off.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.loading) return;
    this.abort();
    // Cut off: load again if the element comes back.
    if (this.state === 'loading') this.key = undefined;
    if (this.more === 'loading') this.more = 'idle';
  }

  private sync(): void {
    const source = this.options.source();
    const key = source && JSON.stringify([source.endpoint, source.article, source.sort, source.pageSize]);
    if (key === this.key) return;
    if (source && !this.options.active()) return;
    this.abort();
    this.key = key;
    this.source = source;
    this.comments = new Map();
    this.total = 0;
    this.next = null;
    this.more = 'idle';
    this.moreError = undefined;
    this.error = undefined;
    if (!source || isServer) {
      this.state = source ? 'loading' : 'idle';
      return;
    }
    this.state = 'loading';
    void this.load(source, null);
  }

  private async load(source: CommentsSource, cursor: string | null): Promise<void> {
    const loading = new AbortController();
    this.loading = loading;
    let result: LoadResult<CommentPage>;
    try {
      const limits = { maxTextLength: MAX_PAGE_BYTES };
      result = await loadDocument(pageUrl(source, cursor), parseCommentPage, { signal: loading.signal, timeout: this.options.timeout?.(), limits });
    } catch (failure) {
      // Only pageUrl throws: an endpoint that is no http(s) URL.
      result = { ok: false, error: { kind: 'network', message: (failure as Error).message } };
    }
    // A newer load or a disconnect has replaced this one: its outcome must never show.
    if (this.loading !== loading || 'aborted' in result) return;
    this.loading = undefined;
    // Asked first, so that the host's callbacks can wait for the render that shows the outcome.
    this.host.requestUpdate();
    if (result.ok) {
      warnSkipped(this.host, result.url, result.warnings);
      this.accept(result.value, source, cursor === null);
    } else {
      this.fail(result.error, cursor === null);
    }
  }

  private accept(page: CommentPage, source: CommentsSource, first: boolean): void {
    const comments = new Map(this.comments);
    for (const comment of page.comments) {
      // One this reader posted keeps its place; the server's copy is the one to show.
      comments.set(comment.id, comment);
    }
    // Those the page lists were published: forgotten. The others wait, and show again with the first page.
    const waiting = settlePendingComments(source.endpoint, source.article, page.comments.map((comment) => comment.id));
    if (first) for (const comment of waiting) comments.set(comment.id, comment);
    this.comments = comments;
    this.total = page.total;
    this.next = page.next;
    if (first) this.state = 'ready';
    else this.more = 'idle';
    this.pendingEvents.push(new NewsLoadEvent(page));
    this.options.onPage?.(page, first);
  }

  private fail(error: LoadError, first: boolean): void {
    if (first) {
      this.state = 'error';
      this.error = error;
    } else {
      this.more = 'error';
      this.moreError = error;
    }
    this.pendingEvents.push(new NewsErrorEvent(error));
    this.options.onError?.(error, first);
  }

  private abort(): void {
    this.loading?.abort();
    this.loading = undefined;
  }
}

/** `{endpoint}?article=…&sort=…&limit=…[&cursor=…]`, keeping any query the endpoint already has. */
function pageUrl({ endpoint, article, sort, pageSize }: CommentsSource, cursor: string | null): string {
  const url = new URL(endpoint, document.baseURI);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`${endpoint} is not an http(s) URL.`);
  url.searchParams.set('article', article);
  url.searchParams.set('sort', sort);
  url.searchParams.set('limit', String(pageSize));
  if (cursor) url.searchParams.set('cursor', cursor);
  return url.href;
}
