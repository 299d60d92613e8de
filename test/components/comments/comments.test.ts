// <news-comments> against the real reference comment service (started for the test run on another
// origin), and against stubbed answers for the faults a real server rarely gives on demand.
import { expect, fixture, fixtureSync, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/comments/news-comments.js';
import type { NewsComments } from '../../../src/components/comments/comments.js';
import { pendingKey } from '../../../src/components/comments/pending-comments.js';
import '../../../src/components/provider/news-provider.js';
import type { NewsCommentPostedEvent } from '../../../src/events/news-comment-posted.js';
import type { NewsErrorEvent } from '../../../src/events/news-error.js';
import type { NewsLoadEvent } from '../../../src/events/news-load.js';
import type { Comment, CommentPage } from '../../../src/format/types.js';
import { deferred, jsonResponse, stubFetch, type FetchStub } from '../../helpers/fetch-stub.js';
import { SAMPLE_ARTICLE } from '../../helpers/sample-article.js';
import { watchUncaught } from '../../helpers/uncaught.js';
import { COMMENT_ENDPOINT, MODERATED_COMMENT_ENDPOINT, newArticle, realFetch, seed } from './comment-server.js';

const DRAFT_PREFIX = 'news-widgets:comment-draft:';
const IDENTITY_KEY = 'news-widgets:comment-author';

// ---------- helpers ----------

function part(el: NewsComments, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function parts(el: NewsComments, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

function field(el: NewsComments, name: 'text' | 'author' | 'email' | 'website'): HTMLInputElement {
  return el.shadowRoot!.querySelector(`#${name}`)!;
}

/** The text of every comment shown, in order (replies after their thread). */
function shownTexts(el: NewsComments): string[] {
  return parts(el, 'comment').map((comment) => comment.querySelector('[part="text"]')!.textContent!);
}

/**
 * Whether a node is there. Tests assert on this, never on the node itself: a failing assertion that
 * holds an element makes the test runner serialize it, with all of Lit's internals.
 */
function shown(node: Element | null): boolean {
  return node !== null;
}

/** What the live region says now. */
function announced(el: NewsComments): string {
  return el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!.textContent!.trim();
}

function formMessage(el: NewsComments): string {
  return part(el, 'form-message')!.textContent!.trim();
}

/** Sets a field as typing would (an input event), for tests that are not about the keyboard. */
function fill(el: NewsComments, name: 'text' | 'author' | 'email' | 'website', value: string): void {
  const input = field(el, name);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Fills in the form and presses the submit button. */
async function send(el: NewsComments, text: string, author = 'Nguyễn Văn An'): Promise<void> {
  await el.updateComplete;
  fill(el, 'author', author);
  fill(el, 'text', text);
  await el.updateComplete;
  part(el, 'submit-button')!.click();
}

/** A comments element for `article` that loads at once; resolves when its first page is shown. */
async function loaded(article: string, attributes: { endpoint?: string; sort?: string; pageSize?: number } = {}): Promise<NewsComments> {
  const el = fixtureSync<NewsComments>(html`<news-comments
    loading="eager"
    endpoint=${attributes.endpoint ?? COMMENT_ENDPOINT}
    article-id=${article}
    sort=${attributes.sort ?? 'newest'}
    page-size=${attributes.pageSize ?? 20}
  ></news-comments>`);
  await oneEvent(el, 'news-load');
  await el.updateComplete;
  return el;
}

function comment(fields: Partial<Comment> = {}): Comment {
  return {
    id: 'c1',
    article: 'bai',
    parent: null,
    author: 'Bạn đọc',
    text: 'Bài viết hay.',
    createdAt: new Date().toISOString(),
    status: 'published',
    ...fields,
  };
}

function page(comments: Comment[], next: string | null = null): CommentPage {
  return { comments, next, total: comments.length };
}

/** Lets a GET through to the real server and answers every POST with `post`. */
function stubPosts(post: (request: Request) => Response | Promise<Response>): FetchStub {
  return stubFetch((request) => (request.method === 'POST' ? post(request) : realFetch(request)));
}

function clearStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('news-widgets:comment')) localStorage.removeItem(key);
}

describe('<news-comments>', () => {
  let stub: FetchStub | undefined;
  beforeEach(clearStorage);
  afterEach(() => {
    stub?.restore();
    stub = undefined;
    clearStorage();
  });

  describe('accessibility', () => {
    it('is accessible with comments, a reply and the form', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'Ý kiến thứ nhất' }, { text: 'Ý kiến thứ hai, có http://example.vn/bai' }, { text: 'Đồng ý', replyTo: 0 }]);
      const el = await loaded(article);
      await expect(el).to.be.accessible();
    });

    it('is accessible with errors in the form and a comment awaiting moderation', async () => {
      const article = await newArticle();
      const el = await loaded(article, { endpoint: MODERATED_COMMENT_ENDPOINT });
      await send(el, 'Chờ duyệt');
      await oneEvent(el, 'news-comment-posted');
      part(el, 'submit-button')!.click();
      await waitUntil(() => part(el, 'field-error'));
      expect(part(el, 'pending'), 'the comment awaiting moderation is shown').not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is accessible with its error panel', async () => {
      stub = stubFetch(() => new Response('', { status: 404 }));
      const el = fixtureSync<NewsComments>(html`<news-comments loading="eager" endpoint="/api/comments" article-id="bai"></news-comments>`);
      await oneEvent(el, 'news-error');
      await expect(el).to.be.accessible();
    });

    it('reaches every control with Tab, the honeypot never', async () => {
      const el = await loaded(await newArticle());
      field(el, 'text').focus();
      const reached: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        reached.push(el.shadowRoot!.activeElement!.id || el.shadowRoot!.activeElement!.getAttribute('part')!);
        await sendKeys({ press: 'Tab' });
      }
      expect(reached).to.deep.equal(['text', 'author', 'email', 'submit-button']);
      expect(field(el, 'website').tabIndex).to.equal(-1);
      expect(shown(field(el, 'website').closest('[aria-hidden="true"]'))).to.equal(true);
    });
  });

  describe('properties', () => {
    it('lists the comments newest first, with author, time and the total', async () => {
      const article = await newArticle();
      const [first] = await seed(article, [
        { author: 'Trần Bình', text: 'Cũ nhất' },
        { text: 'Ở giữa' },
        { text: 'Mới nhất' },
      ]);
      const el = await loaded(article);
      expect(shownTexts(el)).to.deep.equal(['Mới nhất', 'Ở giữa', 'Cũ nhất']);
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Ý kiến bạn đọc');
      expect(part(el, 'count')!.textContent!.trim()).to.equal('3 bình luận');
      const last = parts(el, 'comment')[2];
      expect(last.querySelector('[part="author"]')!.textContent!.trim()).to.equal('Trần Bình');
      const time = last.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(first.createdAt);
      expect(time.textContent!.trim()).to.match(/giây|phút|bây giờ/);
      expect(time.title).to.match(/\d{1,2}\/\d{1,2}\/\d{4}/);
    });

    it('lists oldest first with sort="oldest", and the menu switches the order', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'một' }, { text: 'hai' }, { text: 'ba' }]);
      const el = await loaded(article, { sort: 'oldest' });
      expect(shownTexts(el)).to.deep.equal(['một', 'hai', 'ba']);

      const menu = part(el, 'sort') as HTMLSelectElement;
      expect(menu.value).to.equal('oldest');
      menu.value = 'newest';
      menu.dispatchEvent(new Event('change'));
      await oneEvent(el, 'news-load');
      await el.updateComplete;
      expect(shownTexts(el)).to.deep.equal(['ba', 'hai', 'một']);
      expect(el.sort).to.equal('newest');
    });

    it('shows replies under their thread, oldest first, a reply to a reply too', async () => {
      const article = await newArticle();
      await seed(article, [
        { text: 'Gốc A' },
        { text: 'Gốc B' },
        { text: 'Trả lời A 1', replyTo: 0 },
        { text: 'Trả lời của trả lời', replyTo: 2 },
      ]);
      const el = await loaded(article);
      const threads = parts(el, 'thread');
      expect(threads).to.have.length(2);
      const threadA = threads[1];
      expect([...threadA.querySelectorAll('[part~="reply"] [part="text"]')].map((node) => node.textContent)).to.deep.equal([
        'Trả lời A 1',
        'Trả lời của trả lời',
      ]);
      expect(shown(threads[0].querySelector('[part~="reply"]'))).to.equal(false);
    });

    it('pages with "load more" to the end, announcing and focusing what it added', async () => {
      const article = await newArticle();
      await seed(article, ['1', '2', '3', '4', '5'].map((text) => ({ text })));
      const el = await loaded(article, { pageSize: 2 });
      expect(shownTexts(el)).to.deep.equal(['5', '4']);
      expect(part(el, 'count')!.textContent).to.contain('5');

      part(el, 'more-button')!.click();
      await oneEvent(el, 'news-load');
      await waitUntil(() => announced(el) === 'Đã tải thêm 2 bình luận');
      expect(shownTexts(el)).to.deep.equal(['5', '4', '3', '2']);
      expect(el.shadowRoot!.activeElement!.querySelector('[part="text"]')!.textContent).to.equal('3');

      part(el, 'more-button')!.click();
      await oneEvent(el, 'news-load');
      await el.updateComplete;
      expect(shownTexts(el)).to.deep.equal(['5', '4', '3', '2', '1']);
      expect(shown(part(el, 'more-button')), 'no more pages').to.equal(false);
    });

    it('takes the endpoint and the article from a <news-provider>', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'Qua provider' }]);
      const provider = fixtureSync(html`<news-provider .article=${{ ...SAMPLE_ARTICLE, id: article }} comments-endpoint=${COMMENT_ENDPOINT}>
        <news-comments loading="eager"></news-comments>
      </news-provider>`);
      const el = provider.querySelector('news-comments')!;
      await oneEvent(el, 'news-load');
      await el.updateComplete;
      expect(shownTexts(el)).to.deep.equal(['Qua provider']);
    });

    it('loads lazily, near the viewport, with its height reserved meanwhile', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'Ở cuối trang' }]);
      stub = stubFetch((request) => realFetch(request));
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div class="spacer"></div>
        <news-comments endpoint=${COMMENT_ENDPOINT} article-id=${article}></news-comments>
      </div>`);
      (wrapper.firstElementChild as HTMLElement).style.blockSize = '400vh';
      const el = wrapper.querySelector('news-comments')!;
      await nextFrame();
      await nextFrame();
      expect(stub.requests, 'nothing fetched while far away').to.have.length(0);
      expect(el.getBoundingClientRect().height).to.be.at.least(320);

      const load = oneEvent(el, 'news-load');
      el.scrollIntoView();
      await load;
      await el.updateComplete;
      expect(shownTexts(el)).to.deep.equal(['Ở cuối trang']);
      window.scrollTo(0, 0);
    });

    it('holds the place of its list while waiting: an empty thread arriving moves nothing below it', async () => {
      const article = await newArticle();
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div class="spacer"></div>
        <news-comments endpoint=${COMMENT_ENDPOINT} article-id=${article}></news-comments>
        <p>Tin khác</p>
      </div>`);
      (wrapper.firstElementChild as HTMLElement).style.blockSize = '400vh';
      const el = wrapper.querySelector('news-comments')!;
      const below = wrapper.lastElementChild!;
      const offset = () => below.getBoundingClientRect().top - el.getBoundingClientRect().top;
      await el.updateComplete;
      expect(part(el, 'loading')!.textContent!.trim(), 'its place says what is coming').to.equal('Đang tải…');
      const waiting = offset();

      const load = oneEvent(el, 'news-load');
      el.scrollIntoView();
      await load;
      await el.updateComplete;
      expect(part(el, 'empty')!.textContent!.trim()).to.equal('Chưa có bình luận nào. Hãy là người đầu tiên chia sẻ ý kiến.');
      expect(offset()).to.equal(waiting);
      window.scrollTo(0, 0);
    });

    it('with loading="eager", loads at once even far below', async () => {
      const article = await newArticle();
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <div class="spacer"></div>
        <news-comments loading="eager" endpoint=${COMMENT_ENDPOINT} article-id=${article}></news-comments>
      </div>`);
      (wrapper.firstElementChild as HTMLElement).style.blockSize = '400vh';
      const { detail } = (await oneEvent(wrapper.querySelector('news-comments')!, 'news-load')) as NewsLoadEvent<CommentPage>;
      expect(detail.value.total).to.equal(0);
    });

    it('says so when there is no comment yet', async () => {
      const el = await loaded(await newArticle());
      expect(part(el, 'empty')!.textContent!.trim()).to.equal('Chưa có bình luận nào. Hãy là người đầu tiên chia sẻ ý kiến.');
      expect(shown(part(el, 'list'))).to.equal(false);
    });

    it('renders comment text as text: markup stays visible, line breaks are kept, only http(s) addresses link', async () => {
      const article = await newArticle();
      const text = '<img src=x onerror="window.pwned=1"><b>đậm</b>\nDòng hai\n\n\n\n\nXem http://example.vn/a?b=1. Không: javascript:alert(1)';
      await seed(article, [{ text, author: '<i>Kẻ xấu</i>\u202E' }]);
      const el = await loaded(article);
      const body = part(el, 'text')!;
      expect(shown(body.querySelector('img, b, script')), 'no element from the text').to.equal(false);
      expect(body.textContent).to.equal('<img src=x onerror="window.pwned=1"><b>đậm</b>\nDòng hai\n\nXem http://example.vn/a?b=1. Không: javascript:alert(1)');
      expect(getComputedStyle(body).whiteSpace).to.equal('pre-line');
      const links = body.querySelectorAll('a');
      expect(links).to.have.length(1);
      expect(links[0].href).to.equal('http://example.vn/a?b=1');
      expect(links[0].rel).to.equal('nofollow ugc noopener');
      expect(part(el, 'author')!.querySelector('bdi')!.textContent).to.equal('<i>Kẻ xấu</i>\u202E');
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
    });

    it('counts the characters live and refuses a text past max-length', async () => {
      const article = await newArticle();
      const el = fixtureSync<NewsComments>(html`<news-comments loading="eager" endpoint=${COMMENT_ENDPOINT} article-id=${article} max-length="10"></news-comments>`);
      await oneEvent(el, 'news-load');
      expect(part(el, 'counter')!.textContent!.trim()).to.equal('0/10 ký tự');
      field(el, 'text').focus();
      await sendKeys({ type: 'Xin chào' });
      await el.updateComplete;
      expect(part(el, 'counter')!.textContent!.trim()).to.equal('8/10 ký tự');
      await sendKeys({ type: ' bạn 😀' });
      await waitUntil(() => announced(el) === 'Ý kiến dài quá 1 ký tự.', 'crossing the limit is announced once');
      expect(part(el, 'counter')!.textContent!.trim()).to.equal('14/10 ký tự');
      expect(part(el, 'counter')!.classList.contains('over')).to.equal(true);

      stub = stubFetch((request) => realFetch(request));
      fill(el, 'author', 'An');
      part(el, 'submit-button')!.click();
      await waitUntil(() => part(el, 'field-error'));
      expect(part(el, 'field-error')!.textContent).to.equal('Ý kiến dài quá 4 ký tự.');
      expect(stub.requests.filter((request) => request.method === 'POST')).to.have.length(0);
    });

    it('follows the page language', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'One' }]);
      const wrapper = fixtureSync(html`<div lang="en">
        <news-comments loading="eager" endpoint=${COMMENT_ENDPOINT} article-id=${article}></news-comments>
      </div>`);
      const el = wrapper.querySelector('news-comments')!;
      await oneEvent(el, 'news-load');
      await el.updateComplete;
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Reader comments');
      expect(part(el, 'count')!.textContent!.trim()).to.equal('1 comment');
      expect(part(el, 'submit-button')!.textContent!.trim()).to.equal('Post comment');
      expect(part(el, 'reply-button')!.textContent!.trim()).to.equal('Reply');
    });
  });

  describe('posting', () => {
    it('shows a published comment at once and counts it', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'Có sẵn' }]);
      const el = await loaded(article);
      await send(el, 'Ý kiến mới\ncó hai dòng');
      const { detail } = (await oneEvent(el, 'news-comment-posted')) as NewsCommentPostedEvent;
      await el.updateComplete;
      expect(detail.comment).to.include({ article, author: 'Nguyễn Văn An', text: 'Ý kiến mới\ncó hai dòng', status: 'published' });
      expect(shownTexts(el)).to.deep.equal(['Ý kiến mới\ncó hai dòng', 'Có sẵn']);
      expect(part(el, 'count')!.textContent!.trim()).to.equal('2 bình luận');
      expect(field(el, 'text').value).to.equal('');
      expect(formMessage(el)).to.equal('Đã đăng bình luận của bạn.');
      await waitUntil(() => announced(el) === 'Đã đăng bình luận của bạn.');
      expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal(detail.comment.id);

      // The server has it: a new element lists it once.
      const again = await loaded(article);
      expect(shownTexts(again)).to.deep.equal(['Ý kiến mới\ncó hai dòng', 'Có sẵn']);
    });

    it('shows a comment held for moderation to its author only, marked as pending', async () => {
      const article = await newArticle();
      const el = await loaded(article, { endpoint: MODERATED_COMMENT_ENDPOINT });
      await send(el, 'Cần duyệt');
      const { detail } = (await oneEvent(el, 'news-comment-posted')) as NewsCommentPostedEvent;
      await el.updateComplete;
      expect(detail.comment.status).to.equal('pending');
      const pendingComment = part(el, 'pending')!;
      expect(pendingComment.querySelector('[part="pending-badge"]')!.textContent!.trim()).to.equal('Đang chờ duyệt');
      expect(shown(pendingComment.querySelector('[part="reply-button"]')), 'no reply to a pending comment').to.equal(false);
      expect(part(el, 'count')!.textContent!.trim()).to.equal('0 bình luận');
      await waitUntil(() => announced(el) === 'Đã gửi bình luận. Bình luận sẽ hiển thị sau khi được duyệt.');

      // Another reader's browser: the server lists published comments only, and their storage is their own.
      clearStorage();
      const someoneElse = await loaded(article, { endpoint: MODERATED_COMMENT_ENDPOINT });
      expect(shownTexts(someoneElse)).to.deep.equal([]);
    });

    it('replies under a comment: the form moves there and the reply joins the thread', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'Gốc', author: 'Lê Cường' }, { text: 'Khác' }]);
      const el = await loaded(article);
      const root = parts(el, 'thread')[1];
      (root.querySelector('[part="reply-button"]') as HTMLElement).click();
      await el.updateComplete;
      expect(shown(root.querySelector('[part="form"]')), 'the form is under the comment').to.equal(true);
      expect(part(el, 'form-heading')!.textContent!.trim()).to.equal('Trả lời Lê Cường');
      expect(el.shadowRoot!.activeElement!.id).to.equal('text');

      await send(el, 'Đồng ý với bạn');
      const { detail } = (await oneEvent(el, 'news-comment-posted')) as NewsCommentPostedEvent;
      await el.updateComplete;
      expect(detail.comment.parent).to.equal(root.querySelector('[part~="comment"]')!.getAttribute('data-id'));
      expect(root.querySelector('[part~="reply"] [part="text"]')!.textContent).to.equal('Đồng ý với bạn');
      expect(shown(root.querySelector('[part="form"]')), 'the form is back in its place').to.equal(false);
      expect(part(el, 'form-heading')!.textContent!.trim()).to.equal('Viết bình luận');
    });

    it('keeps the button from posting twice while sending', async () => {
      const answer = deferred<Response>();
      stub = stubPosts(() => answer.promise);
      const el = await loaded(await newArticle());
      await send(el, 'Một lần thôi');
      await el.updateComplete;
      const button = part(el, 'submit-button')!;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Đang gửi…');
      button.click();
      button.click();
      await el.updateComplete;
      expect(stub.requests.filter((request) => request.method === 'POST')).to.have.length(1);

      answer.resolve(jsonResponse({ comment: comment({ text: 'Một lần thôi' }) }, { status: 201 }));
      await oneEvent(el, 'news-comment-posted');
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('false');
    });

    it('checks the form before sending: required name and text, a plausible e-mail', async () => {
      stub = stubFetch((request) => realFetch(request));
      const el = await loaded(await newArticle());
      fill(el, 'email', 'khong-phai-email');
      part(el, 'submit-button')!.click();
      await waitUntil(() => parts(el, 'field-error').length === 3);
      expect(parts(el, 'field-error').map((error) => error.textContent)).to.deep.equal([
        'Vui lòng nhập ý kiến của bạn.',
        'Vui lòng nhập họ tên.',
        'Địa chỉ e-mail không hợp lệ.',
      ]);
      expect(field(el, 'author').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'author').getAttribute('aria-describedby')).to.equal('author-error');
      expect(el.shadowRoot!.activeElement!.id, 'focus on the first field to fix').to.equal('text');
      await waitUntil(() => announced(el) === 'Vui lòng kiểm tra lại các ô được đánh dấu.');
      expect(stub.requests.filter((request) => request.method === 'POST')).to.have.length(0);
    });

    it('shows the server\'s message beside the field it names', async () => {
      stub = stubPosts(() => jsonResponse({ error: { code: 'too_long', message: 'Tên quá dài theo máy chủ.', field: 'author' } }, { status: 400 }));
      const el = await loaded(await newArticle());
      await send(el, 'Nội dung');
      await waitUntil(() => part(el, 'field-error'));
      expect(part(el, 'field-error')!.textContent).to.equal('Tên quá dài theo máy chủ.');
      expect(part(el, 'field-error')!.id).to.equal('author-error');
      expect(el.shadowRoot!.activeElement!.id).to.equal('author');
      expect(field(el, 'text').value, 'the text is kept').to.equal('Nội dung');
      await waitUntil(() => announced(el) === 'Tên quá dài theo máy chủ.');
    });

    it('sends the honeypot as filled in, and the real server refuses it without detail', async () => {
      const article = await newArticle();
      const el = await loaded(article);
      field(el, 'website').value = 'http://spam.example';
      await send(el, 'Quảng cáo');
      await waitUntil(() => formMessage(el) === 'Không thể nhận bình luận này.');
      expect(shown(part(el, 'field-error'))).to.equal(false);
      expect(field(el, 'text').value).to.equal('Quảng cáo');
    });

    it('asks the server for its messages in the page language', async () => {
      stub = stubPosts((request) => jsonResponse({ error: { code: 'x', message: request.headers.get('accept-language') } }, { status: 400 }));
      const wrapper = fixtureSync(html`<div lang="en-GB"><news-comments loading="eager" endpoint=${COMMENT_ENDPOINT} article-id=${await newArticle()}></news-comments></div>`);
      const el = wrapper.querySelector('news-comments')!;
      await oneEvent(el, 'news-load');
      await send(el, 'Hello');
      await waitUntil(() => formMessage(el) === 'en-GB');
    });
  });

  describe('drafts', () => {
    it('saves the text per article as the reader types, and brings it back', async () => {
      const article = await newArticle();
      const el = await loaded(article);
      field(el, 'text').focus();
      await sendKeys({ type: 'Đang viết dở' });
      await waitUntil(() => localStorage.getItem(DRAFT_PREFIX + article) !== null);
      el.remove();

      const again = await loaded(article);
      expect(field(again, 'text').value).to.equal('Đang viết dở');
      expect(formMessage(again)).to.equal('Đã khôi phục bản nháp bạn đang viết.');
      const other = await loaded(await newArticle());
      expect(field(other, 'text').value, 'another article has its own draft').to.equal('');
    });

    it('remembers the name and e-mail for next time', async () => {
      const el = await loaded(await newArticle());
      await send(el, 'Lần đầu', 'Phạm Dung');
      fill(el, 'email', 'dung@example.vn');
      await oneEvent(el, 'news-comment-posted');
      await waitUntil(() => localStorage.getItem(IDENTITY_KEY)?.includes('dung@example.vn'));

      const next = await loaded(await newArticle());
      expect([field(next, 'author').value, field(next, 'email').value]).to.deep.equal(['Phạm Dung', 'dung@example.vn']);
    });

    it('keeps the draft when the server cannot be reached, and clears it once the server accepts it', async () => {
      const article = await newArticle();
      stub = stubPosts(() => Promise.reject(new TypeError('Failed to fetch')));
      const el = await loaded(article);
      await send(el, 'Không mất chữ');
      await waitUntil(() => formMessage(el) === 'Không kết nối được máy chủ. Nội dung của bạn vẫn được giữ; hãy thử gửi lại.');
      expect(field(el, 'text').value).to.equal('Không mất chữ');
      expect(JSON.parse(localStorage.getItem(DRAFT_PREFIX + article)!).text).to.equal('Không mất chữ');
      await waitUntil(() => announced(el) === formMessage(el));

      stub.restore();
      stub = undefined;
      part(el, 'submit-button')!.click();
      await oneEvent(el, 'news-comment-posted');
      expect(localStorage.getItem(DRAFT_PREFIX + article)).to.equal(null);
    });

    it('brings a reply back under its comment', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'Gốc' }]);
      const el = await loaded(article);
      (part(el, 'reply-button') as HTMLElement).click();
      await el.updateComplete;
      fill(el, 'text', 'Trả lời dở');
      await waitUntil(() => localStorage.getItem(DRAFT_PREFIX + article)?.includes('parent'));
      el.remove();

      const again = await loaded(article);
      await again.updateComplete;
      expect(shown(part(again, 'thread')!.querySelector('[part="form"]'))).to.equal(true);
      expect(field(again, 'text').value).to.equal('Trả lời dở');
    });

    it('puts a reply draft back in the main form when its comment is gone', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'Còn đây' }]);
      localStorage.setItem(DRAFT_PREFIX + article, JSON.stringify({ text: 'Trả lời bình luận đã xóa', parent: 'c_da_xoa' }));
      const el = await loaded(article);
      await el.updateComplete;
      expect(shown(part(el, 'thread')!.querySelector('[part="form"]'))).to.equal(false);
      expect(part(el, 'form-heading')!.textContent!.trim()).to.equal('Viết bình luận');
      expect(field(el, 'text').value).to.equal('Trả lời bình luận đã xóa');
    });

    it('works when localStorage throws', async () => {
      const { getItem, setItem, removeItem } = Storage.prototype;
      const boom = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.getItem = boom;
      Storage.prototype.setItem = boom;
      Storage.prototype.removeItem = boom;
      try {
        const el = await loaded(await newArticle());
        await send(el, 'Vẫn gửi được');
        const { detail } = (await oneEvent(el, 'news-comment-posted')) as NewsCommentPostedEvent;
        expect(detail.comment.text).to.equal('Vẫn gửi được');
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem, removeItem });
      }
    });
  });

  describe('awaiting moderation', () => {
    const uncaught = watchUncaught();
    const DAY = 24 * 60 * 60 * 1000;
    afterEach(() => expect(uncaught, 'nothing escapes into the page').to.deep.equal([]));

    /** What the storage keeps for `article` at `endpoint`: the comments, or null. */
    function kept(endpoint: string, article: string): Comment[] | null {
      const text = localStorage.getItem(pendingKey(endpoint, article)!);
      return text === null ? null : (JSON.parse(text) as Comment[]);
    }

    /** Answers every post with 202, after storing it on the publishing server: a moderator approved it at once. */
    function approveAtOnce(): FetchStub {
      return stubPosts(async (request) => {
        const response = await realFetch(new Request(request.url, { method: 'POST', headers: request.headers, body: await request.text() }));
        return jsonResponse(await response.json(), { status: 202 });
      });
    }

    /** Posts `text` from a fresh element, then takes the element away (the reader leaves or reloads). */
    async function postAndLeave(article: string, text: string, endpoint: string): Promise<Comment> {
      const el = await loaded(article, { endpoint });
      await send(el, text);
      const { detail } = (await oneEvent(el, 'news-comment-posted')) as NewsCommentPostedEvent;
      el.remove();
      return detail.comment;
    }

    it('shows the author their pending comment again after a reload, marked, without its e-mail in storage', async () => {
      const article = await newArticle();
      const el = await loaded(article, { endpoint: MODERATED_COMMENT_ENDPOINT });
      fill(el, 'email', 'an@example.vn');
      await send(el, 'Vẫn còn đây\nsau khi tải lại');
      const { detail } = (await oneEvent(el, 'news-comment-posted')) as NewsCommentPostedEvent;
      expect(kept(MODERATED_COMMENT_ENDPOINT, article)).to.deep.equal([detail.comment]);
      expect(localStorage.getItem(pendingKey(MODERATED_COMMENT_ENDPOINT, article)!)).not.to.contain('an@example.vn');
      el.remove();

      const again = await loaded(article, { endpoint: MODERATED_COMMENT_ENDPOINT });
      expect(shownTexts(again)).to.deep.equal(['Vẫn còn đây\nsau khi tải lại']);
      const pending = part(again, 'pending')!;
      expect(pending.getAttribute('data-id')).to.equal(detail.comment.id);
      expect(pending.querySelector('[part="pending-badge"]')!.textContent!.trim()).to.equal('Đang chờ duyệt');
      expect(pending.querySelector('[part="author"]')!.textContent!.trim()).to.equal('Nguyễn Văn An');
      expect(shown(pending.querySelector('[part="reply-button"]')), 'no reply to a pending comment').to.equal(false);
      expect(part(again, 'count')!.textContent!.trim(), 'never counted').to.equal('0 bình luận');
      expect(shown(part(again, 'empty')), 'not "no comment yet"').to.equal(false);
    });

    it('a second element picks it up on its next load; a change of order keeps it, once', async () => {
      const article = await newArticle();
      const first = await loaded(article, { endpoint: MODERATED_COMMENT_ENDPOINT });
      const second = await loaded(article, { endpoint: MODERATED_COMMENT_ENDPOINT });
      await send(first, 'Hai khung, một bình luận');
      await oneEvent(first, 'news-comment-posted');
      expect(shownTexts(second), 'no live sync').to.deep.equal([]);

      for (const el of [second, first]) {
        el.sort = 'oldest';
        await oneEvent(el, 'news-load');
        await el.updateComplete;
        expect(shownTexts(el)).to.deep.equal(['Hai khung, một bình luận']);
        expect(parts(el, 'pending')).to.have.length(1);
      }
    });

    it('shows a pending reply again under its comment', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'Gốc', author: 'Lê Cường' }, { text: 'Khác' }]);
      stub = stubPosts(async (request) => {
        const { parent, author, text } = (await request.json()) as Comment;
        const held = { id: `cho-duyet-${article}`, article, parent, author, text, createdAt: new Date().toISOString(), status: 'pending' };
        return jsonResponse({ comment: held }, { status: 202 });
      });
      const el = await loaded(article);
      (parts(el, 'thread')[1].querySelector('[part="reply-button"]') as HTMLElement).click();
      await el.updateComplete;
      await send(el, 'Trả lời chờ duyệt');
      await oneEvent(el, 'news-comment-posted');
      el.remove();

      const again = await loaded(article);
      expect(shownTexts(again)).to.deep.equal(['Khác', 'Gốc', 'Trả lời chờ duyệt']);
      const reply = parts(again, 'thread')[1].querySelector('[part~="reply"]')!;
      expect(reply.getAttribute('part')).to.equal('comment reply pending');
      expect(reply.querySelector('[part="pending-badge"]')!.textContent!.trim()).to.equal('Đang chờ duyệt');
    });

    it('once the server lists it, shows the server\'s copy once, unmarked, and forgets it', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'Có sẵn' }]);
      stub = approveAtOnce();
      const comment = await postAndLeave(article, 'Đã được duyệt', COMMENT_ENDPOINT);
      expect(comment.status).to.equal('pending');
      expect(kept(COMMENT_ENDPOINT, article)).to.have.length(1);

      const again = await loaded(article);
      expect(shownTexts(again)).to.deep.equal(['Đã được duyệt', 'Có sẵn']);
      expect(shown(part(again, 'pending'))).to.equal(false);
      expect(part(again, 'count')!.textContent!.trim()).to.equal('2 bình luận');
      expect(kept(COMMENT_ENDPOINT, article)).to.equal(null);
    });

    it('when the server lists it on a later page, the pending copy gives way to it there', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'Cũ nhất' }]);
      stub = approveAtOnce();
      await postAndLeave(article, 'Duyệt rồi', COMMENT_ENDPOINT);

      const again = await loaded(article, { sort: 'oldest', pageSize: 1 });
      expect(shownTexts(again), 'the first page and the kept comment').to.deep.equal(['Cũ nhất', 'Duyệt rồi']);
      expect(shown(part(again, 'pending'))).to.equal(true);
      expect(kept(COMMENT_ENDPOINT, article)).to.have.length(1);

      part(again, 'more-button')!.click();
      await oneEvent(again, 'news-load');
      await again.updateComplete;
      expect(shownTexts(again)).to.deep.equal(['Cũ nhất', 'Duyệt rồi']);
      expect(shown(part(again, 'pending'))).to.equal(false);
      expect(kept(COMMENT_ENDPOINT, article)).to.equal(null);

      // And in the other order, from the first page.
      const newest = await loaded(article);
      expect(shownTexts(newest)).to.deep.equal(['Duyệt rồi', 'Cũ nhất']);
    });

    it('drops a comment kept for more than 14 days, there and under every other article', async () => {
      const article = await newArticle();
      const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();
      const held = (id: string, text: string, createdAt: string, about = article): Comment => ({
        id,
        article: about,
        parent: null,
        author: 'Bạn đọc',
        text,
        createdAt,
        status: 'pending',
      });
      localStorage.setItem(
        pendingKey(MODERATED_COMMENT_ENDPOINT, article)!,
        JSON.stringify([held('qua-han', 'Quá hạn', at(15)), held('con-han', 'Còn hạn', at(13))]),
      );
      const elsewhere = pendingKey(MODERATED_COMMENT_ENDPOINT, 'bai-khac')!;
      localStorage.setItem(elsewhere, JSON.stringify([held('cu', 'Bài khác, quá hạn', at(20), 'bai-khac')]));

      const el = await loaded(article, { endpoint: MODERATED_COMMENT_ENDPOINT });
      expect(shownTexts(el)).to.deep.equal(['Còn hạn']);
      expect(kept(MODERATED_COMMENT_ENDPOINT, article)!.map((comment) => comment.id)).to.deep.equal(['con-han']);

      // Posting another sweeps the expired ones of articles not opened since.
      await send(el, 'Vừa gửi');
      await oneEvent(el, 'news-comment-posted');
      expect(localStorage.getItem(elsewhere)).to.equal(null);
      expect(kept(MODERATED_COMMENT_ENDPOINT, article)!.map((comment) => comment.text)).to.deep.equal(['Còn hạn', 'Vừa gửi']);
    });

    for (const [failure, methods] of [
      ['throws', ['getItem', 'setItem', 'removeItem']],
      ['is full', ['setItem']],
    ] as const) {
      it(`posts, and keeps the pending comment for the page, when localStorage ${failure}`, async () => {
        const saved = { getItem: Storage.prototype.getItem, setItem: Storage.prototype.setItem, removeItem: Storage.prototype.removeItem };
        const boom = () => {
          throw new DOMException('refused', failure === 'is full' ? 'QuotaExceededError' : 'SecurityError');
        };
        for (const method of methods) Storage.prototype[method] = boom;
        try {
          const article = await newArticle();
          const el = await loaded(article, { endpoint: MODERATED_COMMENT_ENDPOINT });
          await send(el, 'Không lưu được');
          await oneEvent(el, 'news-comment-posted');
          await el.updateComplete;
          expect(part(el, 'pending')!.querySelector('[part="pending-badge"]')!.textContent!.trim()).to.equal('Đang chờ duyệt');
          expect(formMessage(el)).to.equal('Đã gửi bình luận. Bình luận sẽ hiển thị sau khi được duyệt.');
          el.remove();

          const again = await loaded(article, { endpoint: MODERATED_COMMENT_ENDPOINT });
          expect(shownTexts(again), 'an element created later on the page').to.deep.equal(['Không lưu được']);
          expect(shown(part(again, 'pending'))).to.equal(true);
        } finally {
          Object.assign(Storage.prototype, saved);
        }
      });
    }

    it('shows nothing harmful from a tampered storage, and never throws', async () => {
      const article = await newArticle();
      const key = pendingKey(MODERATED_COMMENT_ENDPOINT, article)!;
      const good: Comment = {
        id: 'x"><img src=x onerror="window.pwned=1">',
        article,
        parent: null,
        author: '<script>window.pwned=1</script>',
        text: '<img src=x onerror="window.pwned=1"> javascript:alert(1)',
        createdAt: new Date().toISOString(),
        status: 'pending',
      };
      const tampered = [
        'không phải JSON {',
        '"<img src=x onerror=window.pwned=1>"',
        '{"id": "c1", "text": "không phải danh sách"}',
        JSON.stringify([
          null,
          5,
          ['mảng'],
          JSON.stringify({ ...good, id: 'chuoi-json' }),
          { ...good, id: 'thieu-chu', text: undefined },
          { ...good, id: 'chu-la-mang', text: ['<b>x</b>'] },
          { ...good, id: 'ngay-sai', createdAt: 'hôm qua' },
          { ...good, id: 'da-dang', status: 'published' },
          { ...good, id: 'tuong-lai', createdAt: new Date(Date.now() + 30 * DAY).toISOString() },
          good,
        ]),
      ];
      for (const value of tampered) {
        localStorage.setItem(key, value);
        const el = await loaded(article, { endpoint: MODERATED_COMMENT_ENDPOINT });
        expect(shown(part(el, 'error')), value).to.equal(false);
        const onlyGood = value === tampered[3];
        expect(shownTexts(el), value).to.deep.equal(onlyGood ? [good.text] : []);
        expect(shown(el.shadowRoot!.querySelector('.comments img, .comments script, .comments b')), 'no element from storage').to.equal(false);
        expect(kept(MODERATED_COMMENT_ENDPOINT, article), 'what fails the checks is dropped').to.deep.equal(onlyGood ? [good] : null);
        if (onlyGood) {
          expect(part(el, 'author')!.textContent!.trim()).to.equal('<script>window.pwned=1</script>');
          expect(part(el, 'pending')!.getAttribute('data-id')).to.equal(good.id);
          expect(shown(part(el, 'link')), 'javascript: is no link').to.equal(false);
        }
        el.remove();
      }
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
    });
  });

  describe('events', () => {
    it('fires news-load with each page', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'a' }, { text: 'b' }, { text: 'c' }]);
      const el = fixtureSync<NewsComments>(html`<news-comments loading="eager" endpoint=${COMMENT_ENDPOINT} article-id=${article} page-size="2"></news-comments>`);
      const first = (await oneEvent(el, 'news-load')) as NewsLoadEvent<CommentPage>;
      expect(first.detail.value.comments.map((c) => c.text)).to.deep.equal(['c', 'b']);
      expect(first.detail.value.total).to.equal(3);
      await el.updateComplete;
      part(el, 'more-button')!.click();
      const second = (await oneEvent(el, 'news-load')) as NewsLoadEvent<CommentPage>;
      expect(second.detail.value).to.deep.include({ next: null });
      expect(second.detail.value.comments.map((c) => c.text)).to.deep.equal(['a']);
    });

    it('fires news-error when the comments cannot be loaded', async () => {
      stub = stubFetch(() => jsonResponse({ error: { code: 'not_found' } }, { status: 404 }));
      const el = fixtureSync<NewsComments>(html`<news-comments loading="eager" endpoint="/api/comments" article-id="khong-co"></news-comments>`);
      const { detail } = (await oneEvent(el, 'news-error')) as NewsErrorEvent;
      expect(detail.kind).to.equal('http');
    });

    it('fires news-comment-posted, bubbling out of the page\'s shadow trees', async () => {
      const article = await newArticle();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('news-comments');
      Object.assign(el, { loading: 'eager', endpoint: COMMENT_ENDPOINT, articleId: article });
      root.append(el);
      await oneEvent(el, 'news-load');
      await send(el, 'Từ trong shadow');
      const event = (await oneEvent(host, 'news-comment-posted')) as NewsCommentPostedEvent;
      expect(event.detail.comment.text).to.equal('Từ trong shadow');
    });
  });

  describe('keyboard', () => {
    it('writes and posts a comment with the keyboard alone', async () => {
      const el = await loaded(await newArticle());
      field(el, 'text').focus();
      await sendKeys({ type: 'Gõ bằng bàn phím' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Võ Thị Hà' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      const posted = oneEvent(el, 'news-comment-posted');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await posted) as NewsCommentPostedEvent;
      expect(detail.comment).to.include({ author: 'Võ Thị Hà', text: 'Gõ bằng bàn phím' });
    });

    it('opens the reply form with the keyboard, and Escape brings focus back to the reply button', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'Gốc', author: 'Đỗ Minh' }]);
      const el = await loaded(article);
      const button = part(el, 'reply-button')!;
      expect(button.getAttribute('aria-label')).to.equal('Trả lời Đỗ Minh');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement!.id).to.equal('text');
      await sendKeys({ type: 'Giữ chữ' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === part(el, 'reply-button'), 'focus is on the reply button').to.equal(true);
      expect(shown(part(el, 'thread')!.querySelector('[part="form"]'))).to.equal(false);
      expect(field(el, 'text').value, 'the text stays in the box').to.equal('Giữ chữ');
    });
  });

  describe('errors', () => {
    it('shows the error panel when the server is down, and its retry loads the comments', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'Đã có' }]);
      let down = true;
      stub = stubFetch((request) => (down ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(request)));
      const el = fixtureSync<NewsComments>(html`<news-comments loading="eager" endpoint=${COMMENT_ENDPOINT} article-id=${article}></news-comments>`);
      const { detail } = (await oneEvent(el, 'news-error')) as NewsErrorEvent;
      expect(detail.kind).to.equal('network');
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('Không tải được nội dung.');
      expect(shown(part(el, 'form')), 'the reader can still write').to.equal(true);

      down = false;
      part(el, 'retry-button')!.click();
      await oneEvent(el, 'news-load');
      await el.updateComplete;
      expect(shownTexts(el)).to.deep.equal(['Đã có']);
    });

    it('shows the loading placeholder while the server is slow, then the comments', async () => {
      const answer = deferred<Response>();
      stub = stubFetch(() => answer.promise);
      const el = fixtureSync<NewsComments>(html`<news-comments loading="eager" endpoint="/api/comments" article-id="bai"></news-comments>`);
      await waitUntil(() => part(el, 'loading'));
      expect(part(el, 'loading')!.textContent!.trim()).to.equal('Đang tải…');
      answer.resolve(jsonResponse(page([comment({ text: 'Cuối cùng cũng đến' })])));
      await oneEvent(el, 'news-load');
      await el.updateComplete;
      expect(shown(part(el, 'loading'))).to.equal(false);
      expect(shownTexts(el)).to.deep.equal(['Cuối cùng cũng đến']);
    });

    it('loads again when it comes back to the page after leaving it mid-load', async () => {
      const article = await newArticle();
      await seed(article, [{ text: 'Lần hai' }]);
      const first = deferred<Response>();
      let calls = 0;
      stub = stubFetch((request) => (++calls === 1 ? first.promise : realFetch(request)));
      const el = fixtureSync<NewsComments>(html`<news-comments loading="eager" endpoint=${COMMENT_ENDPOINT} article-id=${article}></news-comments>`);
      const parent = el.parentElement!;
      await waitUntil(() => calls === 1);
      el.remove();
      expect(stub.requests[0].signal.aborted, 'the load in flight is cut off').to.equal(true);
      first.resolve(jsonResponse(page([comment({ text: 'Không bao giờ hiện' })])));
      parent.append(el);
      await oneEvent(el, 'news-load');
      await el.updateComplete;
      expect(shownTexts(el)).to.deep.equal(['Lần hai']);
    });

    it('shows an error panel for an answer that is not a page of comments', async () => {
      stub = stubFetch(() => jsonResponse({ items: [] }));
      const el = fixtureSync<NewsComments>(html`<news-comments loading="eager" endpoint="/api/comments" article-id="bai"></news-comments>`);
      const { detail } = (await oneEvent(el, 'news-error')) as NewsErrorEvent;
      expect(detail.kind).to.equal('parse');
      await el.updateComplete;
      expect(shown(part(el, 'retry-button'))).to.equal(true);
    });

    it('keeps what is shown when a further page fails, and retries it', async () => {
      let failNext = true;
      stub = stubFetch((request) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        if (!cursor) return jsonResponse(page([comment({ id: 'a', text: 'Trang một' })], 'p2'));
        if (failNext) return new Response('', { status: 503 });
        return jsonResponse(page([comment({ id: 'b', text: 'Trang hai', createdAt: '2020-01-01T00:00:00Z' })]));
      });
      const el = fixtureSync<NewsComments>(html`<news-comments loading="eager" endpoint="/api/comments" article-id="bai"></news-comments>`);
      await oneEvent(el, 'news-load');
      await el.updateComplete;
      part(el, 'more-button')!.click();
      await oneEvent(el, 'news-error');
      await el.updateComplete;
      expect(part(el, 'more-error')!.textContent).to.equal('Không tải được thêm bình luận.');
      expect(part(el, 'more-button')!.textContent!.trim()).to.equal('Thử lại');
      expect(shownTexts(el)).to.deep.equal(['Trang một']);
      await waitUntil(() => announced(el) === 'Không tải được thêm bình luận.');

      failNext = false;
      part(el, 'more-button')!.click();
      await oneEvent(el, 'news-load');
      await el.updateComplete;
      expect(shownTexts(el)).to.deep.equal(['Trang một', 'Trang hai']);
      expect(shown(part(el, 'more-error'))).to.equal(false);
    });

    for (const [name, respond, message] of [
      ['413', () => jsonResponse({ error: { code: 'too_large' } }, { status: 413 }), 'Bình luận quá dài để gửi. Hãy rút gọn rồi gửi lại; nội dung của bạn vẫn được giữ.'],
      [
        '429 with Retry-After',
        () => jsonResponse({ error: { code: 'rate_limited' } }, { status: 429, headers: { 'Retry-After': '30' } }),
        'Bạn gửi hơi nhanh. Hãy thử lại sau 30 giây; nội dung của bạn vẫn được giữ.',
      ],
      ['429 without Retry-After', () => new Response('', { status: 429 }), 'Bạn gửi hơi nhanh. Hãy thử lại sau ít phút; nội dung của bạn vẫn được giữ.'],
      ['500', () => new Response('oops', { status: 500 }), 'Máy chủ đang gặp sự cố. Nội dung của bạn vẫn được giữ; hãy thử lại sau.'],
      ['404 for an unknown article', () => jsonResponse({ error: { code: 'not_found', message: 'Không tìm thấy bài viết.', field: 'article' } }, { status: 404 }), 'Không tìm thấy bài viết.'],
    ] as const) {
      it(`says what happened on a ${name}, keeping the text and the draft`, async () => {
        stub = stubPosts(respond);
        const article = await newArticle();
        const el = await loaded(article);
        await send(el, 'Giữ lại nhé');
        await waitUntil(() => formMessage(el) === message, `message: ${formMessage(el)}`);
        expect(part(el, 'form-message')!.classList.contains('error')).to.equal(true);
        expect(field(el, 'text').value).to.equal('Giữ lại nhé');
        expect(JSON.parse(localStorage.getItem(DRAFT_PREFIX + article)!).text).to.equal('Giữ lại nhé');
        await waitUntil(() => announced(el) === message);
        expect(part(el, 'submit-button')!.getAttribute('aria-disabled')).to.equal('false');
      });
    }

    it('treats an accepted post whose answer cannot be read as accepted, and reloads the list', async () => {
      const article = await newArticle();
      stub = stubPosts(async (request) => {
        // The server stores it (a real post), but the answer is mangled on the way.
        await realFetch(new Request(request.url, { method: 'POST', headers: request.headers, body: await request.text() }));
        return new Response('{"comment": ', { status: 201 });
      });
      const el = await loaded(article);
      await send(el, 'Đã lưu');
      await oneEvent(el, 'news-load');
      await el.updateComplete;
      expect(shownTexts(el)).to.deep.equal(['Đã lưu']);
      expect(localStorage.getItem(DRAFT_PREFIX + article)).to.equal(null);
      expect(formMessage(el)).to.equal('Đã đăng bình luận của bạn.');
    });

    it('shows nothing to post to without an endpoint or article, and never throws', async () => {
      const el = await fixture<NewsComments>(html`<news-comments loading="eager"></news-comments>`);
      expect(shown(part(el, 'form'))).to.equal(false);
      expect(shown(part(el, 'heading'))).to.equal(true);
      el.endpoint = 'javascript:alert(1)';
      el.articleId = 'bai';
      const { detail } = (await oneEvent(el, 'news-error')) as NewsErrorEvent;
      expect(detail.kind).to.equal('network');
    });
  });
});
