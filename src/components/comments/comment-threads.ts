import type { Comment } from '../../format/types.js';
import type { CommentSort } from './comments-controller.js';

/** A top-level comment and its replies, oldest reply first, as a conversation reads. */
export interface CommentThread {
  comment: Comment;
  replies: Comment[];
}

/**
 * Groups comments into threads of one level: a reply joins the thread of its top-level comment,
 * even when it answers another reply (as the reference server stores it; other backends may keep
 * deeper chains). Threads are ordered by `sort`, comments of the same instant in the order they
 * came. A reply whose thread has not been loaded yet (a later page holds it) waits unseen while
 * `complete` is false; once every page is in, it is shown as a thread of its own.
 */
export function buildThreads(comments: Iterable<Comment>, sort: CommentSort, complete: boolean): CommentThread[] {
  const byId = new Map<string, Comment>();
  for (const comment of comments) byId.set(comment.id, comment);

  const threads = new Map<string, CommentThread>();
  const replies: Comment[] = [];
  for (const comment of byId.values()) {
    if (comment.parent === null || comment.parent === comment.id) threads.set(comment.id, { comment, replies: [] });
    else replies.push(comment);
  }
  for (const reply of replies) {
    const root = threadRoot(reply, byId);
    const thread = root && threads.get(root);
    if (thread) thread.replies.push(reply);
    else if (complete) threads.set(reply.id, { comment: reply, replies: [] });
  }

  const arrival = new Map([...byId.keys()].map((id, index) => [id, index]));
  const direction = sort === 'newest' ? -1 : 1;
  const ordered = [...threads.values()];
  // Comments of the same instant keep the order they came in, which is the list's order.
  ordered.sort((a, b) => direction * (time(a.comment) - time(b.comment)) || arrival.get(a.comment.id)! - arrival.get(b.comment.id)!);
  // Replies read oldest first; in a newest-first list, those of the same instant came latest first.
  const replyOrder = (a: Comment, b: Comment) => time(a) - time(b) || direction * (arrival.get(a.id)! - arrival.get(b.id)!);
  for (const thread of ordered) thread.replies.sort(replyOrder);
  return ordered;
}

/** The id of the top-level comment above `reply`, or undefined when a link in the chain is missing. */
function threadRoot(reply: Comment, byId: Map<string, Comment>): string | undefined {
  const seen = new Set<string>();
  let current: Comment | undefined = reply;
  while (current && current.parent !== null) {
    // A cycle (a → b → a) from a confused backend ends the walk.
    if (seen.has(current.id)) return undefined;
    seen.add(current.id);
    current = byId.get(current.parent);
  }
  return current?.id;
}

function time(comment: Comment): number {
  const value = Date.parse(comment.createdAt);
  return Number.isNaN(value) ? 0 : value;
}
