import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { addFixture, json } from '../.storybook/fixtures.js';
import type { Comment } from '../src/format/types.js';

const ARTICLE = 'ha-noi-ket-hop-dien-va-diem';
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const THREAD: Comment[] = [
  { id: 'c3', article: ARTICLE, parent: null, author: 'Minh Anh', text: 'Mong Hà Nội sớm ban hành nghị quyết chuyên đề về công tác dân vận.', createdAt: minutesAgo(12), status: 'published' },
  { id: 'c4', article: ARTICLE, parent: 'c3', author: 'Quốc Bảo', text: 'Đồng ý. “Dân vận khéo” cần đi vào thực chất.\nXem thêm: https://example.com/dan-van', createdAt: minutesAgo(5), status: 'published' },
  { id: 'c1', article: ARTICLE, parent: null, author: 'Thu Hà', text: 'Bài viết rất đầy đủ số liệu.', createdAt: minutesAgo(180), status: 'published' },
];

/** An in-memory comment API: GET lists `comments`; POST answers with `postStatus`. */
function commentApi(path: string, comments: Comment[], postStatus: 201 | 202 | 429 = 201) {
  addFixture(path, async (request) => {
    if (request.method === 'GET') return json({ comments, next: null, total: comments.length });
    if (postStatus === 429) {
      return json({ error: { code: 'rate_limited', message: 'Bạn gửi quá nhanh.' } }, 429, { 'Retry-After': '30' });
    }
    const body = await request.json();
    const comment: Comment = {
      id: `c${Date.now()}`,
      article: body.article,
      parent: body.parent ?? null,
      author: body.author,
      text: body.text,
      createdAt: new Date().toISOString(),
      status: postStatus === 202 ? 'pending' : 'published',
    };
    return json({ comment }, postStatus);
  });
  return path;
}

const threaded = commentApi('/fixtures/comments/threaded', THREAD);
const empty = commentApi('/fixtures/comments/empty', []);
const moderated = commentApi('/fixtures/comments/moderated', THREAD.slice(2), 202);
const rateLimited = commentApi('/fixtures/comments/rate-limited', THREAD.slice(2), 429);

/**
 * Reader comments ("Ý kiến bạn đọc"): the list with one level of replies and a form whose draft
 * is never lost. These stories use an in-memory API; any backend that speaks the comment API works.
 */
const meta: Meta = {
  title: 'Elements/Comments',
  component: 'news-comments',
  args: { endpoint: threaded, 'article-id': ARTICLE, sort: 'newest', loading: 'eager' },
  render: (args) =>
    html`<news-comments endpoint=${args.endpoint} article-id=${args['article-id']} sort=${args.sort} loading=${args.loading}></news-comments>`,
};
export default meta;
type Story = StoryObj;

/** A thread with a reply, newest first. */
export const ThreadedReplies: Story = {};

/** No comment yet: the form invites the first one. */
export const EmptyThread: Story = { args: { endpoint: empty } };

/** New comments wait for moderation: after posting, the author sees theirs marked "Đang chờ duyệt". */
export const PendingModeration: Story = { args: { endpoint: moderated } };

/** Posting too fast: the server answers 429 and the reader's text stays in the box. */
export const RateLimited: Story = { args: { endpoint: rateLimited } };

/** While the comments are on their way. */
export const Loading: Story = { args: { endpoint: '/fixtures/never' } };

/** The comment service fails: the error panel and its retry button. */
export const ServerError: Story = { args: { endpoint: '/fixtures/status/500' } };

/** In English, oldest first. */
export const English: Story = {
  render: () => html`<div lang="en"><news-comments endpoint=${threaded} article-id=${ARTICLE} sort="oldest" loading="eager"></news-comments></div>`,
};
