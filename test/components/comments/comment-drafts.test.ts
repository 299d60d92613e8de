import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { CommentDraftController, DRAFT_KEY_PREFIX, IDENTITY_KEY } from '../../../src/components/comments/comment-drafts.js';

class TestDraftHost extends LitElement {
  readonly drafts = new CommentDraftController(this);
}
customElements.define('test-draft-host', TestDraftHost);

describe('CommentDraftController', () => {
  let host: TestDraftHost;
  beforeEach(async () => {
    localStorage.clear();
    host = await fixture<TestDraftHost>(html`<test-draft-host></test-draft-host>`);
  });
  afterEach(() => localStorage.clear());

  it('writes once the reader pauses, or at once when flushed', async () => {
    host.drafts.open('bai-a');
    host.drafts.saveDraft({ text: 'Đang viết' });
    expect(localStorage.getItem(DRAFT_KEY_PREFIX + 'bai-a'), 'not on every keystroke').to.equal(null);
    host.drafts.flush();
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY_PREFIX + 'bai-a')!)).to.deep.equal({ text: 'Đang viết' });
  });

  it('saves the draft when the page is hidden or the element leaves it', () => {
    host.drafts.open('bai-a');
    host.drafts.saveDraft({ text: 'Sắp đóng tab' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(localStorage.getItem(DRAFT_KEY_PREFIX + 'bai-a')).to.contain('Sắp đóng tab');

    host.drafts.saveDraft({ text: 'Rời trang' });
    host.remove();
    expect(localStorage.getItem(DRAFT_KEY_PREFIX + 'bai-a')).to.contain('Rời trang');
  });

  it('keeps one draft per article, saving the open one before switching', () => {
    host.drafts.open('bai-a');
    host.drafts.saveDraft({ text: 'Cho bài A', parent: 'c1' });
    expect(host.drafts.open('bai-b')).to.equal(undefined);
    host.drafts.saveDraft({ text: 'Cho bài B' });
    expect(host.drafts.open('bai-a')).to.deep.equal({ text: 'Cho bài A', parent: 'c1' });
    expect(host.drafts.open('bai-b')).to.deep.equal({ text: 'Cho bài B' });
  });

  it('forgets a draft once it is sent, and an emptied draft', () => {
    host.drafts.open('bai-a');
    host.drafts.saveDraft({ text: 'Gửi rồi' });
    host.drafts.clearDraft();
    host.drafts.flush();
    expect(localStorage.getItem(DRAFT_KEY_PREFIX + 'bai-a')).to.equal(null);

    host.drafts.saveDraft({ text: 'x' });
    host.drafts.flush();
    host.drafts.saveDraft({ text: '   ' });
    host.drafts.flush();
    expect(localStorage.getItem(DRAFT_KEY_PREFIX + 'bai-a')).to.equal(null);
  });

  it('remembers the name and e-mail, and ignores what is not its own', () => {
    expect(host.drafts.identity()).to.deep.equal({ author: '', email: '' });
    host.drafts.saveIdentity({ author: 'Lan', email: 'lan@example.vn' });
    host.drafts.flush();
    expect(host.drafts.identity()).to.deep.equal({ author: 'Lan', email: 'lan@example.vn' });

    localStorage.setItem(IDENTITY_KEY, '{"author": 5, "email": null}');
    expect(host.drafts.identity()).to.deep.equal({ author: '', email: '' });
    localStorage.setItem(DRAFT_KEY_PREFIX + 'bai-c', 'not json');
    expect(host.drafts.open('bai-c')).to.equal(undefined);
    localStorage.setItem(DRAFT_KEY_PREFIX + 'bai-d', '{"text": ["x"]}');
    expect(host.drafts.open('bai-d')).to.equal(undefined);
  });

  it('keeps the last draft it could save when storage is full, and saves again once there is room', () => {
    host.drafts.open('bai-a');
    host.drafts.saveDraft({ text: 'Đã lưu' });
    host.drafts.flush();
    const { setItem } = Storage.prototype;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      host.drafts.saveDraft({ text: 'Không lưu được' });
      host.drafts.saveIdentity({ author: 'Lan', email: '' });
      expect(() => host.drafts.flush()).not.to.throw();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(host.drafts.open('bai-a'), 'the earlier draft is not lost').to.deep.equal({ text: 'Đã lưu' });
    host.drafts.saveDraft({ text: 'Lưu được rồi' });
    host.drafts.flush();
    expect(host.drafts.open('bai-a')).to.deep.equal({ text: 'Lưu được rồi' });
  });
});
