import { expect } from '@open-wc/testing';
import {
  keepPendingComment,
  MAX_PENDING_PER_ARTICLE,
  PENDING_KEY_PREFIX,
  pendingKey,
  settlePendingComments,
} from '../../../src/components/comments/pending-comments.js';
import type { Comment } from '../../../src/format/types.js';

const ENDPOINT = 'https://binh-luan.example/api/comments';

function held(id: string, fields: Partial<Comment> = {}): Comment {
  return { id, article: 'bai', parent: null, author: 'Bạn đọc', text: `Ý kiến ${id}`, createdAt: new Date().toISOString(), status: 'pending', ...fields };
}

function clear(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(PENDING_KEY_PREFIX)) localStorage.removeItem(key);
}

describe('pending comments', () => {
  beforeEach(clear);
  afterEach(clear);

  it('keys them by endpoint and article, the endpoint resolved against the page and without a fragment', () => {
    const relative = pendingKey('/api/comments', 'bai');
    expect(relative).to.equal(`${PENDING_KEY_PREFIX}${location.origin}/api/comments#bai`);
    expect(pendingKey(`${location.origin}/api/comments#x`, 'bai')).to.equal(relative);
    expect(pendingKey('/api/comments?site=a', 'bai')).not.to.equal(relative);
    expect(pendingKey('/api/comments', 'bai#2')).to.equal(`${relative}#2`);
    expect(pendingKey('http://[bad', 'bai')).to.equal(undefined);
  });

  it('keeps what the server returned, marked pending, once per id, and gives it back until the server lists it', () => {
    keepPendingComment(ENDPOINT, 'bai', held('a'));
    keepPendingComment(ENDPOINT, 'bai', held('b', { status: 'published' }));
    keepPendingComment(ENDPOINT, 'bai', held('a', { text: 'Sửa lại' }));
    expect(settlePendingComments(ENDPOINT, 'bai', []).map((comment) => [comment.id, comment.text, comment.status])).to.deep.equal([
      ['b', 'Ý kiến b', 'pending'],
      ['a', 'Sửa lại', 'pending'],
    ]);
    expect(settlePendingComments(ENDPOINT, 'khac', []), 'another article').to.deep.equal([]);
    expect(settlePendingComments('/api/comments', 'bai', []), 'another endpoint').to.deep.equal([]);

    expect(settlePendingComments(ENDPOINT, 'bai', ['b', 'z']).map((comment) => comment.id)).to.deep.equal(['a']);
    expect(settlePendingComments(ENDPOINT, 'bai', ['a'])).to.deep.equal([]);
    expect(localStorage.getItem(pendingKey(ENDPOINT, 'bai')!)).to.equal(null);
  });

  it(`keeps the newest ${MAX_PENDING_PER_ARTICLE} of an article`, () => {
    for (let index = 0; index < MAX_PENDING_PER_ARTICLE + 5; index += 1) keepPendingComment(ENDPOINT, 'bai', held(`c${index}`));
    const kept = settlePendingComments(ENDPOINT, 'bai', []);
    expect(kept).to.have.length(MAX_PENDING_PER_ARTICLE);
    expect(kept[0].id).to.equal('c5');
  });

  it('reads only the last entries of an overlong list someone else wrote', () => {
    const many = Array.from({ length: 1000 }, (_, index) => held(`c${index}`));
    localStorage.setItem(pendingKey(ENDPOINT, 'bai')!, JSON.stringify(many));
    const kept = settlePendingComments(ENDPOINT, 'bai', []);
    expect(kept.map((comment) => comment.id)).to.deep.equal(many.slice(-MAX_PENDING_PER_ARTICLE).map((comment) => comment.id));
    expect(JSON.parse(localStorage.getItem(pendingKey(ENDPOINT, 'bai')!)!)).to.have.length(MAX_PENDING_PER_ARTICLE);
  });

  it('does nothing for an endpoint that is no URL', () => {
    expect(() => keepPendingComment('http://[bad', 'bai', held('a'))).not.to.throw();
    expect(settlePendingComments('http://[bad', 'bai', [])).to.deep.equal([]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith(PENDING_KEY_PREFIX))).to.deep.equal([]);
  });
});
