import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { readStored, writeStored } from './comment-storage.js';

/** Where a draft is kept: one per article. */
export const DRAFT_KEY_PREFIX = 'news-widgets:comment-draft:';
/** Where the reader's name and e-mail are kept, for every article. */
export const IDENTITY_KEY = 'news-widgets:comment-author';
/** Milliseconds of quiet typing before the draft is written. */
const SAVE_DELAY = 400;

/** What the reader was writing: the text, and the thread it answers. */
export interface CommentDraft {
  text: string;
  /** The id of the comment the form was under. */
  parent?: string;
}

/** The reader's name and e-mail, remembered so they need not type them again (WCAG 3.3.7). */
export interface CommentIdentity {
  author: string;
  email: string;
}

/**
 * Keeps what a reader types in localStorage, so nothing is lost to a failed post, a reload or a
 * crash: the draft of each article (`news-widgets:comment-draft:{article}`) and the reader's name
 * and e-mail (`news-widgets:comment-author`). Writes are debounced while the reader types and
 * flushed when the page is hidden or the element leaves it. Storage that is missing, full or
 * forbidden (private modes, sandboxed frames) makes every call a no-op, never an error.
 */
export class CommentDraftController implements ReactiveController {
  private article?: string;
  private pendingDraft?: { article: string; draft: CommentDraft };
  private pendingIdentity?: CommentIdentity;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.flush);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.flush);
  }

  /** Switches to the draft of `article` (the one before is saved first) and returns it, if any. */
  open(article: string): CommentDraft | undefined {
    this.flush();
    this.article = article;
    const value = readStored(DRAFT_KEY_PREFIX + article) as Partial<CommentDraft> | undefined;
    if (typeof value?.text !== 'string') return undefined;
    return typeof value.parent === 'string' ? { text: value.text, parent: value.parent } : { text: value.text };
  }

  /** The name and e-mail remembered from last time (empty strings when none). */
  identity(): CommentIdentity {
    const value = readStored(IDENTITY_KEY) as Partial<CommentIdentity> | undefined;
    return {
      author: typeof value?.author === 'string' ? value.author : '',
      email: typeof value?.email === 'string' ? value.email : '',
    };
  }

  /** Saves the open article's draft once the reader pauses. */
  saveDraft(draft: CommentDraft): void {
    if (!this.article) return;
    this.pendingDraft = { article: this.article, draft };
    this.schedule();
  }

  /** Saves the reader's name and e-mail once the reader pauses. */
  saveIdentity(identity: CommentIdentity): void {
    this.pendingIdentity = identity;
    this.schedule();
  }

  /** Forgets the open article's draft: the server has accepted the comment. */
  clearDraft(): void {
    if (this.pendingDraft?.article === this.article) this.pendingDraft = undefined;
    if (this.article) writeStored(DRAFT_KEY_PREFIX + this.article, undefined);
  }

  /** Writes whatever is waiting, now. */
  readonly flush = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    const { pendingDraft, pendingIdentity } = this;
    this.pendingDraft = undefined;
    this.pendingIdentity = undefined;
    if (pendingDraft) {
      const { article, draft } = pendingDraft;
      const empty = draft.text.trim() === '';
      writeStored(DRAFT_KEY_PREFIX + article, empty ? undefined : draft);
    }
    if (pendingIdentity) {
      const empty = !pendingIdentity.author.trim() && !pendingIdentity.email.trim();
      writeStored(IDENTITY_KEY, empty ? undefined : pendingIdentity);
    }
  };

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, SAVE_DELAY);
  }
}
