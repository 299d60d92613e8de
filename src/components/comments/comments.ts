import { ContextConsumer } from '@lit/context';
import { html, isServer, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ensureContextRoot, newsContext } from '../../data/context.js';
import { renderStatus } from '../../data/render-status.js';
import type { DataStatus, LoadError } from '../../data/types.js';
import { NewsCommentPostedEvent } from '../../events/news-comment-posted.js';
import type { Comment, CommentPage } from '../../format/types.js';
import { ClockController } from '../../i18n/clock-controller.js';
import { formatDate, formatRelativeTime } from '../../i18n/dates.js';
import { LocalizeController } from '../../i18n/localize.js';
import { LayoutController } from '../../layout/layout-controller.js';
import { statusStyles } from '../../styles/status.styles.js';
import { tokens } from '../../styles/tokens.js';
import { visuallyHiddenStyles } from '../../styles/visually-hidden.styles.js';
import { CommentDraftController } from './comment-drafts.js';
import { characterCount, renderCommentText } from './comment-text.js';
import { buildThreads, type CommentThread } from './comment-threads.js';
import { COMMENT_SORTS, CommentsController, type CommentSort, type CommentsSource } from './comments-controller.js';
import styles from './comments.styles.js';
import { NearViewportController } from './near-viewport-controller.js';
import type { PostOutcome } from './post-comment.js';

/**
 * Waiting to come near the viewport shows as loading: the line that will say "no comments yet" (or
 * make way for the list) holds its place from the first paint, so the page below does not move when
 * the comments arrive, even under a reader who jumps to the end.
 */
const WAITING: DataStatus = { state: 'loading', retry: () => {} };

/** When the comments load: as the element comes near the viewport (`lazy`), or at once (`eager`). */
export const COMMENTS_LOADING = ['lazy', 'eager'] as const;
export type CommentsLoading = (typeof COMMENTS_LOADING)[number];

/** The form's fields that can carry an error, in the order they appear. */
export const COMMENT_FIELDS = ['text', 'author', 'email'] as const;
export type CommentField = (typeof COMMENT_FIELDS)[number];

export { COMMENT_SORTS, type CommentSort };

/** The reference server's limits; names are short, so this one is not an attribute. */
const AUTHOR_MAX_LENGTH = 80;
const DEFAULT_MAX_LENGTH = 5000;
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The form under a comment: the thread it answers, and the comment whose button opened it. */
interface ReplyTarget {
  /** The top-level comment of the thread: the reply's `parent`. */
  thread: string;
  /** The comment whose reply button was pressed (a reply to a reply joins its thread). */
  comment: string;
  author: string;
}

type MessageTone = 'info' | 'success' | 'error';

/**
 * Reader comments on an article ("Ý kiến bạn đọc"): the list with one level of replies, newest or
 * oldest first, paged with "load more", and a form to post a comment or a reply, against any
 * backend that speaks the comment API. The endpoint and article come from the attributes, else
 * from the nearest `<news-provider>`.
 *
 * Nothing the reader types is lost: the text is saved per article in localStorage as they type,
 * and cleared only once the server has accepted the comment; name and e-mail are remembered for
 * next time. A comment held for moderation is shown, marked "Đang chờ duyệt", to its author only,
 * also after a reload: the element keeps it in that reader's localStorage (per endpoint and article,
 * only the comment as the server returned it) until the server lists it as published, and for 14
 * days at most. Nobody else sees it, by construction: it never leaves its author's browser, and the
 * server lists published comments only. Every outcome of a post is announced through a live region. Comment text is rendered as text, its line breaks
 * kept and its http(s) addresses made into `rel="nofollow ugc noopener"` links.
 *
 * The comments load when the element comes near the viewport (`loading="eager"` loads them at
 * once); meanwhile the element reserves its height (`--news-comments-min-height`) and shows the
 * loading line where the list will be, so an empty thread arriving moves nothing below it.
 *
 * @tagname news-comments
 * @summary Reader comments: the list, replies and a form to post.
 *
 * @csspart heading - The "Ý kiến bạn đọc" heading.
 * @csspart count - How many comments the article has.
 * @csspart sort - The menu that orders the comments.
 * @csspart list - The list of threads.
 * @csspart thread - One top-level comment with its replies.
 * @csspart replies - The list of replies in a thread.
 * @csspart comment - One comment (also `reply` for a reply, `pending` for one awaiting moderation).
 * @csspart reply - A comment that answers another.
 * @csspart pending - A comment awaiting moderation, shown to its author only, also after a reload.
 * @csspart author - A comment's author.
 * @csspart time - A comment's time (relative; the exact time is its tooltip and `datetime`).
 * @csspart pending-badge - The "Đang chờ duyệt" mark.
 * @csspart text - A comment's text.
 * @csspart link - A web address in a comment's text.
 * @csspart reply-button - A comment's "Trả lời" button.
 * @csspart form - The form to post a comment or a reply.
 * @csspart form-heading - The form's heading ("Trả lời …" when under a comment).
 * @csspart cancel-button - Moves the form back from under a comment.
 * @csspart label - A field's label.
 * @csspart textarea - The comment's text field.
 * @csspart counter - The live character count.
 * @csspart input - The name and e-mail fields.
 * @csspart field-error - The message beside a field that needs correcting.
 * @csspart submit-button - The "Gửi bình luận" button.
 * @csspart form-message - The outcome of the last post, under the form.
 * @csspart more-button - Loads the next page of comments.
 * @csspart more-error - Shown when the next page could not be loaded.
 * @csspart status - The loading placeholder, the error panel or the empty message.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error panel.
 * @csspart retry-button - The error panel's retry button.
 * @csspart error-details - The problems found in an invalid answer (development builds only).
 * @csspart empty - The message shown when there is no comment yet.
 *
 * @cssproperty [--news-comments-min-height=20rem] - Height reserved before the comments arrive.
 * @cssproperty [--news-comments-gap=var(--news-space-m)] - Space between comments.
 * @cssproperty [--news-comments-indent=var(--news-space-l)] - Indent of replies.
 * @cssproperty [--news-font-body=system-ui, sans-serif] - Font of the comments and the form.
 * @cssproperty [--news-font-heading=Georgia, serif] - Font of the heading.
 * @cssproperty [--news-color-text=#222222] - Text color (dark theme: #e8e8e8).
 * @cssproperty [--news-color-muted=#6b6b6b] - Times, counts and hints (dark theme: #a3a3a3).
 * @cssproperty [--news-color-accent=#9f224e] - The submit button and errors (dark theme: #f28ab0).
 * @cssproperty [--news-color-link=#0a5a9c] - Links and the reply buttons (dark theme: #8ab4f8).
 * @cssproperty [--news-color-surface=#ffffff] - Field backgrounds (dark theme: #161616).
 * @cssproperty [--news-color-border=#e2e2e2] - Separators and field borders (dark theme: #3a3a3a).
 * @cssproperty [--news-focus-ring=2px solid var(--news-color-link)] - Outline of the focused control.
 * @cssproperty [--news-space-s=0.5rem] - Small spacing.
 * @cssproperty [--news-space-m=1rem] - Medium spacing.
 * @cssproperty [--news-space-l=1.5rem] - Large spacing.
 * @cssproperty [--news-radius=4px] - Corner radius of fields and buttons.
 *
 * @fires news-load - A page of comments has loaded; `detail.value` is that page (`{ comments, next, total }`).
 * @fires news-error - A page of comments could not be loaded or read; `detail` is `{ kind, message, errors? }`.
 * @fires news-comment-posted - The server accepted a comment; `detail.comment` is it (`status` says published or pending).
 */
export class NewsComments extends LitElement {
  static override styles = [tokens, statusStyles, visuallyHiddenStyles, styles];

  /** The comment API endpoint, e.g. `/api/comments`; else the provider's `comments-endpoint`. */
  @property() endpoint?: string;

  /** The article whose comments to show; else the id of the provider's article. */
  @property({ attribute: 'article-id' }) articleId?: string;

  /** `newest` or `oldest` first; the reader can switch it. */
  @property() sort: CommentSort = 'newest';

  /** `lazy` (default): load the comments as the element comes near the viewport; `eager`: at once. */
  @property() loading: CommentsLoading = 'lazy';

  /** How many comments a page brings (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /** The longest comment, in characters, as the server allows it. */
  @property({ type: Number, attribute: 'max-length' }) maxLength = DEFAULT_MAX_LENGTH;

  /**
   * Milliseconds a page of comments may take to load, its one retry included (default 10000), and a
   * post to be answered (default 15000); read as each request starts.
   */
  @property({ type: Number }) timeout?: number;

  @state() private text = '';
  @state() private author = '';
  @state() private email = '';
  @state() private replyTo?: ReplyTarget;
  @state() private sending = false;
  @state() private fieldErrors: Partial<Record<CommentField, string>> = {};
  @state() private message = '';
  @state() private messageTone: MessageTone = 'info';
  /** What the live region says: every outcome, so screen readers hear it wherever focus is. */
  @state() private announcement = '';

  private readonly localize = new LocalizeController(this);
  private readonly context = new ContextConsumer(this, { context: newsContext, subscribe: true });
  private readonly viewport = new NearViewportController(this);
  private readonly drafts = new CommentDraftController(this);
  private readonly list = new CommentsController(this, {
    source: () => this.source(),
    active: () => this.loading === 'eager' || this.viewport.near,
    onPage: (page, first) => this.onPage(page, first),
    onError: (error, first) => {
      if (!first) this.announce(this.localize.term(moreErrorTerm(error)));
    },
    timeout: () => this.timeout,
  });
  /** The article whose draft is in the box. */
  private draftArticle?: string;
  /** A restored draft's thread, until that comment has loaded. */
  private draftParent?: string;
  /** The reader has changed the order: the menu stays, even while the list reloads. */
  private sorted = false;
  /** The ids shown when "load more" was pressed, to find and focus the first new comment. */
  private shownBeforeMore?: Set<string>;
  private identityRead = false;

  constructor() {
    super();
    new LayoutController(this);
    // Each comment's "5 phút trước" is rewritten as the minutes pass (the list is rendered afresh).
    new ClockController(this, () => this.list.comments.size > 0);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) ensureContextRoot();
    if (!this.identityRead) {
      this.identityRead = true;
      const { author, email } = this.drafts.identity();
      this.author ||= author;
      this.email ||= email;
    }
  }

  override willUpdate(): void {
    this.localize.fallbackLang = this.context.value?.lang;
    const article = this.articleInEffect();
    if (article !== this.draftArticle) this.openDraft(article);
    if (this.draftParent) this.restoreReply(this.draftParent);
  }

  // ---------- the source ----------

  private articleInEffect(): string | undefined {
    if (this.articleId) return this.articleId;
    const context = this.context.value;
    return context?.state === 'ready' ? context.article?.id : undefined;
  }

  private source(): CommentsSource | undefined {
    const endpoint = this.endpoint || this.context.value?.commentsEndpoint;
    const article = this.articleInEffect();
    if (!endpoint || !article) return undefined;
    const sort = COMMENT_SORTS.includes(this.sort) ? this.sort : 'newest';
    const size = Number.isInteger(this.pageSize) ? Math.min(Math.max(this.pageSize, 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
    return { endpoint, article, sort, pageSize: size };
  }

  private get maxCharacters(): number {
    return Number.isInteger(this.maxLength) && this.maxLength > 0 ? this.maxLength : DEFAULT_MAX_LENGTH;
  }

  // ---------- drafts ----------

  /** Puts the draft of `article` in the box (the draft of the article before is saved first). */
  private openDraft(article: string | undefined): void {
    this.draftArticle = article;
    const draft = article ? this.drafts.open(article) : undefined;
    this.text = draft?.text ?? '';
    this.draftParent = draft?.parent;
    this.replyTo = undefined;
    this.fieldErrors = {};
    this.setMessage(draft?.text ? this.localize.term('commentDraftRestored') : '', 'info');
  }

  /** Moves the form back under the comment a restored draft answered, once that comment is loaded. */
  private restoreReply(id: string): void {
    const comment = this.list.comments.get(id);
    if (comment) {
      this.draftParent = undefined;
      this.replyTo = { thread: comment.parent ?? comment.id, comment: comment.id, author: comment.author };
    } else if (this.list.state === 'error' || (this.list.state === 'ready' && !this.list.next)) {
      // Gone, or never to come: the draft becomes a comment of its own.
      this.draftParent = undefined;
    }
  }

  private saveDraft(): void {
    this.drafts.saveDraft({ text: this.text, parent: this.replyTo?.thread ?? this.draftParent });
  }

  // ---------- messages ----------

  private setMessage(text: string, tone: MessageTone): void {
    this.message = text;
    this.messageTone = tone;
  }

  /** Says `text` in the live region: cleared first, so the same words twice are announced twice. */
  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  /** Shows `text` under the form and announces it. */
  private tell(text: string, tone: MessageTone): void {
    this.setMessage(text, tone);
    this.announce(text);
  }

  // ---------- the list ----------

  private onPage(page: CommentPage, first: boolean): void {
    const before = this.shownBeforeMore;
    this.shownBeforeMore = undefined;
    if (first || !before) return;
    const added = page.comments.filter((comment) => !before.has(comment.id)).length;
    this.announce(this.localize.term('commentsAdded', added));
    void this.updateComplete.then(() => {
      const fresh = [...this.renderRoot.querySelectorAll<HTMLElement>('.comment[data-id]')].find((el) => !before.has(el.dataset.id!));
      fresh?.focus();
    });
  }

  private loadMore(): void {
    this.shownBeforeMore = new Set(this.list.comments.keys());
    this.list.loadMore();
  }

  private onSortChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as CommentSort;
    if (!COMMENT_SORTS.includes(value)) return;
    this.sorted = true;
    this.sort = value;
  }

  // ---------- replying ----------

  private async startReply(comment: Comment, thread: CommentThread): Promise<void> {
    this.replyTo = { thread: thread.comment.id, comment: comment.id, author: comment.author };
    this.draftParent = undefined;
    this.saveDraft();
    await this.updateComplete;
    this.field('text')?.focus();
  }

  private async cancelReply(): Promise<void> {
    const from = this.replyTo?.comment;
    this.replyTo = undefined;
    this.saveDraft();
    await this.updateComplete;
    if (from) this.renderRoot.querySelector<HTMLElement>(`.comment[data-id="${CSS.escape(from)}"] .reply-button`)?.focus();
  }

  // ---------- the form ----------

  private field(name: CommentField): HTMLInputElement | HTMLTextAreaElement | null {
    return this.renderRoot.querySelector(`#${name}`);
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const name = target.name as CommentField;
    const wasOver = characterCount(this.text.trim()) > this.maxCharacters;
    this[name] = target.value;
    if (this.fieldErrors[name]) this.fieldErrors = { ...this.fieldErrors, [name]: undefined };
    if (name === 'text') {
      this.saveDraft();
      const over = characterCount(this.text.trim()) - this.maxCharacters;
      // Crossing the limit is announced; every keystroke's count is not.
      if (over > 0 !== wasOver) this.announce(over > 0 ? this.localize.term('commentTextTooLong', over) : '');
    } else {
      this.drafts.saveIdentity({ author: this.author, email: this.email });
    }
  }

  private onTextKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.replyTo) {
      event.preventDefault();
      void this.cancelReply();
    }
  }

  private validate(): Partial<Record<CommentField, string>> {
    const errors: Partial<Record<CommentField, string>> = {};
    const length = characterCount(this.text.trim());
    if (length === 0) errors.text = this.localize.term('commentTextRequired');
    else if (length > this.maxCharacters) errors.text = this.localize.term('commentTextTooLong', length - this.maxCharacters);
    const author = this.author.trim();
    if (!author) errors.author = this.localize.term('commentNameRequired');
    else if (characterCount(author) > AUTHOR_MAX_LENGTH) errors.author = this.localize.term('commentNameTooLong', AUTHOR_MAX_LENGTH);
    const email = this.email.trim();
    if (email && !EMAIL.test(email)) errors.email = this.localize.term('commentEmailInvalid');
    return errors;
  }

  private async showFieldErrors(errors: Partial<Record<CommentField, string>>, announcement: string): Promise<void> {
    this.fieldErrors = errors;
    this.tell(announcement, 'error');
    await this.updateComplete;
    const first = COMMENT_FIELDS.find((name) => errors[name]);
    if (first) this.field(first)?.focus();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // Held down while sending: one comment, one post.
    if (this.sending) return;
    this.drafts.saveIdentity({ author: this.author, email: this.email });
    this.saveDraft();
    this.drafts.flush();

    const errors = this.validate();
    if (Object.keys(errors).length > 0) return this.showFieldErrors(errors, this.localize.term('commentCheckFields'));
    this.fieldErrors = {};

    // Read from the field itself: a robot fills it in without any input event.
    const website = this.renderRoot.querySelector<HTMLInputElement>('#website')?.value ?? '';
    const replyTo = this.replyTo;
    this.sending = true;
    this.tell(this.localize.term('commentSending'), 'info');
    let outcome: PostOutcome;
    try {
      outcome = await this.list.post(
        { parent: replyTo?.thread ?? null, author: this.author.trim(), email: this.email.trim(), text: this.text.trim(), website },
        this.localize.lang,
      );
    } finally {
      this.sending = false;
    }
    await this.settlePost(outcome, replyTo);
  }

  private async settlePost(outcome: PostOutcome, replyTo: ReplyTarget | undefined): Promise<void> {
    switch (outcome.kind) {
      case 'published':
      case 'pending': {
        this.drafts.clearDraft();
        this.text = '';
        this.draftParent = undefined;
        if (this.replyTo === replyTo) this.replyTo = undefined;
        this.tell(this.localize.term(outcome.kind === 'published' ? 'commentPosted' : 'commentHeld'), 'success');
        if (!outcome.comment) return this.list.retry();
        await this.updateComplete;
        // Fired once the element shows the outcome: the comment listed, the box emptied.
        const posted = new NewsCommentPostedEvent(outcome.comment);
        this.dispatchEvent(posted);
        // The comment, now in the list, takes the focus the form had (the form may have moved).
        const shown = this.renderRoot.querySelector<HTMLElement>(`.comment[data-id="${CSS.escape(outcome.comment.id)}"]`);
        shown?.focus();
        shown?.scrollIntoView?.({ block: 'nearest' });
        return;
      }
      case 'invalid': {
        const field = COMMENT_FIELDS.find((name) => name === outcome.field);
        if (field) {
          const message = outcome.message ?? this.validate()[field] ?? this.localize.term('commentRejected');
          return this.showFieldErrors({ [field]: message }, message);
        }
        return this.tell(outcome.message ?? this.localize.term('commentRejected'), 'error');
      }
      case 'too-large':
        return this.tell(this.localize.term('commentTooLarge'), 'error');
      case 'rate-limited':
        return this.tell(this.localize.term('commentRateLimited', outcome.retryAfter ?? 0), 'error');
      case 'server':
        return this.tell(this.localize.term('commentServerError'), 'error');
      case 'network':
        return this.tell(this.localize.term('commentNetworkError'), 'error');
      case 'timeout':
        return this.tell(this.localize.term('commentTimeout'), 'error');
    }
  }

  // ---------- rendering ----------

  override render() {
    const source = this.source();
    const threads = buildThreads(this.list.comments.values(), source?.sort ?? 'newest', !this.list.next);
    const listed = this.list.state === 'ready';
    return html`<section class="comments" aria-labelledby="heading">
      <header class="head">
        <h2 id="heading" part="heading" class="heading">${this.localize.term('commentsHeading')}</h2>
        ${listed ? html`<span part="count" class="count">${this.localize.term('commentsCount', this.list.total)}</span>` : nothing}
      </header>
      ${source && !this.replyTo ? this.renderForm() : nothing}
      ${source && ((listed && this.list.total > 1) || this.sorted) ? this.renderSort(source.sort) : nothing}
      ${renderStatus(source && this.list.state === 'idle' ? WAITING : this.list, this.localize)}
      ${listed && threads.length === 0
        ? html`<p part="status empty" class="status empty">${this.localize.term('commentsEmpty')}</p>`
        : nothing}
      ${threads.length > 0
        ? html`<ol part="list" class="threads">
            ${repeat(threads, (thread) => thread.comment.id, (thread) => this.renderThread(thread))}
          </ol>`
        : nothing}
      ${this.renderMore()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderSort(sort: CommentSort): TemplateResult {
    return html`<div class="toolbar">
      <label for="sort" class="sort-label">${this.localize.term('commentsSort')}</label>
      <select id="sort" part="sort" class="sort" @change=${this.onSortChange}>
        ${COMMENT_SORTS.map(
          (value) =>
            html`<option value=${value} ?selected=${value === sort}>
              ${this.localize.term(value === 'newest' ? 'commentsNewest' : 'commentsOldest')}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private renderThread(thread: CommentThread): TemplateResult {
    return html`<li part="thread" class="thread">
      ${this.renderComment(thread.comment, thread)}
      ${thread.replies.length > 0
        ? html`<ol part="replies" class="replies">
            ${repeat(thread.replies, (reply) => reply.id, (reply) => html`<li>${this.renderComment(reply, thread)}</li>`)}
          </ol>`
        : nothing}
      ${this.replyTo?.thread === thread.comment.id ? this.renderForm() : nothing}
    </li>`;
  }

  private renderComment(comment: Comment, thread: CommentThread): TemplateResult {
    const lang = this.localize.lang;
    const isReply = comment !== thread.comment;
    const pending = comment.status === 'pending';
    const parts = ['comment', isReply ? 'reply' : '', pending ? 'pending' : ''].filter(Boolean).join(' ');
    return html`<article part=${parts} class="comment ${pending ? 'pending' : ''}" data-id=${comment.id} tabindex="-1">
      <header class="meta">
        <span part="author" class="author"><bdi>${comment.author}</bdi></span>
        <time part="time" class="time" datetime=${comment.createdAt} title=${formatDate(comment.createdAt, lang, { time: true, timeZone: readerTimeZone() })}
          >${formatRelativeTime(comment.createdAt, lang, Date.now(), { timeZone: readerTimeZone() })}</time
        >
        ${pending ? html`<span part="pending-badge" class="badge">${this.localize.term('pendingModeration')}</span>` : nothing}
      </header>
      <p part="text" class="text" dir="auto">${renderCommentText(comment.text)}</p>
      ${pending
        ? nothing
        : html`<button
            part="reply-button"
            class="reply-button"
            type="button"
            aria-label=${this.localize.term('commentReplyTo', comment.author)}
            aria-expanded=${this.replyTo?.comment === comment.id ? 'true' : 'false'}
            @click=${() => this.startReply(comment, thread)}
          >
            ${this.localize.term('reply')}
          </button>`}
    </article>`;
  }

  private renderForm(): TemplateResult {
    const errors = this.fieldErrors;
    const length = characterCount(this.text.trim());
    const max = this.maxCharacters;
    const describedBy = (name: CommentField, ...ids: string[]) => [...ids, errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<form part="form" class="form" novalidate aria-labelledby="form-heading" @submit=${this.onSubmit}>
      <div class="form-head">
        <h3 id="form-heading" part="form-heading" class="form-heading">
          ${this.replyTo ? this.localize.term('commentReplyTo', this.replyTo.author) : this.localize.term('commentFormHeading')}
        </h3>
        ${this.replyTo
          ? html`<button part="cancel-button" class="cancel" type="button" @click=${this.cancelReply}>
              ${this.localize.term('commentCancelReply')}
            </button>`
          : nothing}
      </div>
      <div class="field">
        <label part="label" for="text">${this.localize.term('commentTextLabel')}</label>
        <textarea
          id="text"
          name="text"
          part="textarea"
          rows="4"
          required
          aria-invalid=${errors.text ? 'true' : 'false'}
          aria-describedby=${describedBy('text', 'text-count')}
          ?readonly=${this.sending}
          .value=${live(this.text)}
          @input=${this.onInput}
          @keydown=${this.onTextKeydown}
        ></textarea>
        <p id="text-count" part="counter" class="counter ${length > max ? 'over' : ''}">
          ${this.localize.term('commentCharacters', length, max)}
        </p>
        ${this.renderFieldError('text')}
      </div>
      <div class="identity">
        <div class="field">
          <label part="label" for="author">${this.localize.term('commentNameLabel')}</label>
          <input
            id="author"
            name="author"
            part="input"
            autocomplete="name"
            required
            aria-invalid=${errors.author ? 'true' : 'false'}
            aria-describedby=${describedBy('author')}
            .value=${live(this.author)}
            @input=${this.onInput}
          />
          ${this.renderFieldError('author')}
        </div>
        <div class="field">
          <label part="label" for="email">${this.localize.term('commentEmailLabel')}</label>
          <input
            id="email"
            name="email"
            part="input"
            type="email"
            autocomplete="email"
            aria-invalid=${errors.email ? 'true' : 'false'}
            aria-describedby=${describedBy('email', 'email-hint')}
            .value=${live(this.email)}
            @input=${this.onInput}
          />
          <p id="email-hint" class="hint">${this.localize.term('commentEmailHint')}</p>
          ${this.renderFieldError('email')}
        </div>
      </div>
      <div class="honeypot visually-hidden" aria-hidden="true">
        <label for="website">${this.localize.term('commentHoneypot')}</label>
        <input id="website" name="website" tabindex="-1" autocomplete="off" />
      </div>
      <div class="actions">
        <button part="submit-button" class="submit" type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.localize.term(this.sending ? 'commentSending' : 'postComment')}
        </button>
        <p part="form-message" class="form-message ${this.messageTone}">${this.message}</p>
      </div>
    </form>`;
  }

  private renderFieldError(name: CommentField) {
    const error = this.fieldErrors[name];
    return error ? html`<p id="${name}-error" part="field-error" class="field-error">${error}</p>` : nothing;
  }

  private renderMore() {
    if (this.list.state !== 'ready' || !this.list.next) return nothing;
    const loading = this.list.more === 'loading';
    return html`<div class="more">
      ${this.list.more === 'error'
        ? html`<p part="more-error" class="more-error">${this.localize.term(moreErrorTerm(this.list.moreError))}</p>`
        : nothing}
      <button part="more-button" class="more-button" type="button" aria-disabled=${loading ? 'true' : 'false'} @click=${this.loadMore}>
        ${this.localize.term(loading ? 'loading' : this.list.more === 'error' ? 'retry' : 'commentsMore')}
      </button>
    </div>`;
  }
}

/** What the reader is told when a further page failed: that it took too long, or that it could not load. */
function moreErrorTerm(error: LoadError | undefined) {
  return error?.kind === 'timeout' ? 'commentsMoreTimeout' : 'commentsMoreError';
}

let timeZone: string | undefined;

/** The reader's own time zone: a comment's exact time is shown as the reader's clock reads it. */
function readerTimeZone(): string | undefined {
  try {
    timeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    timeZone = undefined;
  }
  return timeZone;
}
