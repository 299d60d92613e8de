import { expect } from '@open-wc/testing';
import { buildThreads } from '../../../src/components/comments/comment-threads.js';
import type { Comment } from '../../../src/format/types.js';

let minute = 0;
/** A comment one minute after the one before. */
function c(id: string, parent: string | null = null, createdAt?: string): Comment {
  minute += 1;
  const time = createdAt ?? `2025-03-31T08:${String(minute).padStart(2, '0')}:00+07:00`;
  return { id, article: 'bai', parent, author: 'An', text: id, createdAt: time, status: 'published' };
}

function shape(threads: ReturnType<typeof buildThreads>): string[] {
  return threads.map((thread) => [thread.comment.id, ...thread.replies.map((reply) => reply.id)].join(' > '));
}

describe('buildThreads', () => {
  beforeEach(() => (minute = 0));

  it('orders threads newest or oldest first, and replies always oldest first', () => {
    const comments = [c('a'), c('b'), c('a1', 'a'), c('c'), c('a2', 'a')];
    expect(shape(buildThreads(comments, 'newest', true))).to.deep.equal(['c', 'b', 'a > a1 > a2']);
    expect(shape(buildThreads(comments, 'oldest', true))).to.deep.equal(['a > a1 > a2', 'b', 'c']);
  });

  it('puts a reply to a reply in the thread of its top-level comment', () => {
    expect(shape(buildThreads([c('a'), c('a1', 'a'), c('a1x', 'a1')], 'newest', true))).to.deep.equal(['a > a1 > a1x']);
  });

  it('holds back a reply whose thread is on a page not loaded yet, and shows it alone at the end', () => {
    const comments = [c('orphan', 'later'), c('b')];
    expect(shape(buildThreads(comments, 'newest', false))).to.deep.equal(['b']);
    expect(shape(buildThreads(comments, 'newest', true))).to.deep.equal(['b', 'orphan']);
  });

  it('keeps the order comments came in when they share an instant', () => {
    const same = '2025-03-31T08:00:00Z';
    // A newest-first server sends the latest first.
    const newestFirst = [c('b', null, same), c('a', null, same), c('r2', 'a', same), c('r1', 'a', same)];
    expect(shape(buildThreads(newestFirst, 'newest', true))).to.deep.equal(['b', 'a > r1 > r2']);
    const oldestFirst = [c('a', null, same), c('r1', 'a', same), c('r2', 'a', same), c('b', null, same)];
    expect(shape(buildThreads(oldestFirst, 'oldest', true))).to.deep.equal(['a > r1 > r2', 'b']);
  });

  it('survives a confused backend: cycles and a comment that answers itself', () => {
    const comments = [c('x', 'y'), c('y', 'x'), c('self', 'self')];
    expect(shape(buildThreads(comments, 'oldest', true))).to.deep.equal(['x', 'y', 'self']);
  });

  it('shows each comment once, the last copy winning', () => {
    const first = c('a');
    expect(buildThreads([first, { ...first, text: 'sửa' }], 'newest', true).map((thread) => thread.comment.text)).to.deep.equal(['sửa']);
  });
});
