import { expect } from '@open-wc/testing';
import { parseComment, parseCommentPage } from '../../src/format/index.js';
import { errorPaths, expectOk, warningPaths } from './expect-result.js';

const COMMENT = {
  id: 'c1',
  article: 'ha-noi-dan-van',
  parent: null,
  author: 'Bạn đọc',
  text: 'Bài viết rất hay <script>alert(1)</script>',
  createdAt: '2025-03-31T08:00:00+07:00',
  status: 'published',
};

describe('parseComment', () => {
  it('reads a comment, keeping its text exactly as sent', () => {
    expect(expectOk(parseComment(JSON.stringify({ ...COMMENT, email: 'a@b.example' }))).value).to.deep.equal(COMMENT);
  });

  it('reads a reply, and a missing parent as null', () => {
    expect(expectOk(parseComment({ ...COMMENT, parent: 'c0', status: 'pending' })).value.parent).to.equal('c0');
    const withoutParent: Partial<typeof COMMENT> = { ...COMMENT };
    delete withoutParent.parent;
    expect(expectOk(parseComment(withoutParent)).value.parent).to.equal(null);
  });

  it('reports every missing or wrong field', () => {
    expect(errorPaths(parseComment({ parent: 1, status: 'deleted', createdAt: 'hôm qua' }))).to.deep.equal([
      'id',
      'article',
      'parent',
      'author',
      'text',
      'createdAt',
      'status',
    ]);
  });
});

describe('parseCommentPage', () => {
  it('reads a page with its cursor and total', () => {
    const { value } = expectOk(parseCommentPage({ comments: [COMMENT], next: 'cursor-2', total: 12 }));
    expect(value).to.deep.equal({ comments: [COMMENT], next: 'cursor-2', total: 12 });
  });

  it('has next: null on the last page and counts the comments when there is no total', () => {
    expect(expectOk(parseCommentPage({ comments: [COMMENT, COMMENT] })).value).to.deep.equal({ comments: [COMMENT, COMMENT], next: null, total: 2 });
  });

  it('leaves out a bad comment with a warning', () => {
    const result = parseCommentPage({ comments: [COMMENT, { ...COMMENT, text: '' }], next: null, total: 2 });
    expect(expectOk(result).value.comments).to.deep.equal([COMMENT]);
    expect(warningPaths(result)).to.deep.equal(['comments[1].text']);
  });

  it('reports a malformed page', () => {
    expect(errorPaths(parseCommentPage({ comments: 'none', next: 5, total: -1 }))).to.deep.equal(['comments', 'next', 'total']);
    expect(errorPaths(parseCommentPage('{"error":{"code":"x"}}'))).to.deep.equal(['comments']);
  });
});
