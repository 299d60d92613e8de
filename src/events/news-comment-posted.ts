import type { Comment } from '../format/types.js';

/**
 * Fired by `<news-comments>` when the server has accepted a reader's comment: published at once
 * (`comment.status` is `published`, HTTP 201) or held for moderation (`pending`, HTTP 202).
 */
export class NewsCommentPostedEvent extends Event {
  readonly detail: { comment: Comment };

  constructor(comment: Comment) {
    super('news-comment-posted', { bubbles: true, composed: true });
    this.detail = { comment };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-comment-posted': NewsCommentPostedEvent;
  }
}
