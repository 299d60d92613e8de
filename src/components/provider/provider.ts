import { ContextProvider } from '@lit/context';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, newsContext, renderStatus, type NewsContext } from '../../data/index.js';
import { parseArticle } from '../../format/index.js';
import type { Article } from '../../format/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { LayoutController } from '../../layout/layout-controller.js';
import { statusStyles } from '../../styles/status.styles.js';
import { tokens } from '../../styles/tokens.js';
import { quietLoadingStyles } from '../../styles/visually-hidden.styles.js';
import styles from './provider.styles.js';

/**
 * Loads one article and shares it, its language and the comment endpoint with the news elements
 * inside it, which then need no data of their own. The article comes from `.article`, else `src`,
 * else an inline `<script type="application/json">` child. While it loads, or if it fails, the
 * provider says so to screen readers (the loading message is visually hidden) or shows the error
 * panel (with a retry button) above its content.
 *
 * @tagname news-provider
 * @summary Shares one article with the elements inside it.
 *
 * @slot - The content; news elements in it use the provider's article.
 *
 * @csspart status - The loading message or the error panel.
 * @csspart loading - The loading message (for screen readers; nothing is shown).
 * @csspart error - The error panel.
 * @csspart retry-button - The error panel's retry button.
 * @csspart error-details - The problems found in an invalid article (development builds only).
 *
 * @cssproperty [--news-font-body=system-ui, sans-serif] - Font of the status messages.
 * @cssproperty [--news-color-text=#222222] - Text color (dark theme: #e8e8e8).
 * @cssproperty [--news-color-muted=#6b6b6b] - Color of the loading message (dark theme: #a3a3a3).
 * @cssproperty [--news-color-accent=#9f224e] - Error panel edge and retry button (dark theme: #f28ab0).
 * @cssproperty [--news-color-surface=#ffffff] - Error panel background (dark theme: #161616).
 * @cssproperty [--news-color-border=#e2e2e2] - Error panel border (dark theme: #3a3a3a).
 * @cssproperty [--news-focus-ring=2px solid var(--news-color-link)] - Outline of the focused retry button.
 * @cssproperty [--news-space-s=0.5rem] - Small spacing.
 * @cssproperty [--news-space-m=1rem] - Padding of the status messages.
 * @cssproperty [--news-space-l=1.5rem] - Large spacing.
 * @cssproperty [--news-radius=4px] - Corner radius of the error panel and its button.
 * @cssproperty [--news-color-scheme=light dark] - `light` or `dark` to ignore the reader's preference.
 *
 * @fires news-load - The article has loaded; `detail.value` is the parsed Article.
 * @fires news-error - The article could not be loaded or is not valid; `detail` is `{ kind, message, errors? }`.
 */
export class NewsProvider extends LitElement {
  static override styles = [tokens, statusStyles, quietLoadingStyles, styles];

  private readonly localize = new LocalizeController(this);
  private readonly data = new DataController<Article>(this, {
    value: () => this.article,
    src: () => this.src,
    timeout: () => this.timeout,
    parse: parseArticle,
  });
  private readonly context = new ContextProvider(this, { context: newsContext, initialValue: { state: 'idle' } });

  /** The article to share, as a value in the JSON article format. Wins over `src` and inline JSON. */
  @property({ attribute: false }) article?: Article;

  /** URL of the article to load (JSON article format), used when `.article` is not set. */
  @property() src?: string;

  /** Milliseconds loading `src` may take, its one retry included, before the error shows (default 10000); read as each load starts. */
  @property({ type: Number }) timeout?: number;

  /** The comment API endpoint for the `news-comments` elements inside. */
  @property({ attribute: 'comments-endpoint' }) commentsEndpoint?: string;

  constructor() {
    super();
    // Sets data-layout="mobile|desktop" on the host, which the styles follow.
    new LayoutController(this);
  }

  override willUpdate(): void {
    const article = this.data.value;
    this.localize.fallbackLang = article?.lang;
    this.provide({
      article,
      // The localize controller re-renders this element when its lang attribute changes.
      lang: this.getAttribute('lang') || article?.lang,
      commentsEndpoint: this.commentsEndpoint,
      baseUrl: this.data.baseUrl,
      state: this.data.state,
    });
  }

  /** Hands consumers a new context only when something in it changed, so they never parse twice. */
  private provide(next: NewsContext): void {
    const current = this.context.value;
    const keys = Object.keys(next) as (keyof NewsContext)[];
    if (keys.some((key) => next[key] !== current[key])) this.context.setValue(next);
  }

  override render() {
    return html`${renderStatus(this.data, this.localize)}<slot></slot>`;
  }
}
