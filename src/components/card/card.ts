import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, renderStatus } from '../../data/index.js';
import { NewsCardClickEvent } from '../../events/news-card-click.js';
import { parseArticleRef } from '../../format/index.js';
import type { ArticleRef } from '../../format/types.js';
import { ClockController } from '../../i18n/clock-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import { LayoutController } from '../../layout/layout-controller.js';
import { statusStyles } from '../../styles/status.styles.js';
import { tokens } from '../../styles/tokens.js';
import { quietLoadingStyles } from '../../styles/visually-hidden.styles.js';
import {
  CARD_TIME_STYLES,
  CARD_VARIANTS,
  cardLinkOf,
  cardView,
  headingLevelOf,
  hideBrokenImages,
  oneOf,
  renderCard,
  renderCardSkeleton,
  type CardTimeStyle,
  type CardVariant,
} from './card-template.js';
import { cardStyles } from './card-template.styles.js';
import styles from './card.styles.js';

/**
 * One article as a card: its section, headline, summary, date and thumbnail. The headline is the
 * card's only link, and a click anywhere on the card follows it. A missing or broken thumbnail
 * leaves a placeholder of the same size. The article comes from `.article`, else `src`, else an
 * inline `<script type="application/json">` child (an ArticleRef, or an Article with a `url`).
 *
 * @tagname news-card
 * @summary Headline, summary and thumbnail of an article, linking to it.
 *
 * @csspart card - The card's box.
 * @csspart media - The thumbnail's box, which is also the placeholder when there is no image.
 * @csspart image - The thumbnail.
 * @csspart meta - The line with the section and the date.
 * @csspart section - The section label.
 * @csspart time - The date.
 * @csspart headline - The headline's block.
 * @csspart title - The headline link.
 * @csspart summary - The summary.
 * @csspart skeleton - The card's stand-in while the article loads.
 * @csspart status - The loading message or the error panel.
 * @csspart loading - The loading message (for screen readers; the skeleton shows it).
 * @csspart error - The error panel.
 * @csspart retry-button - The error panel's retry button.
 * @csspart error-details - The problems found in an invalid article (development builds only).
 *
 * @cssproperty [--news-card-gap=var(--news-space-m)] - Space between the thumbnail and the text.
 * @cssproperty [--news-card-image-width=8rem] - Width of the thumbnail in the horizontal variant.
 * @cssproperty [--news-card-image-ratio=3 / 2] - Aspect ratio of the thumbnail.
 * @cssproperty [--news-card-placeholder] - Background of the thumbnail's box (a mix of the border and surface colors).
 * @cssproperty [--news-card-title-lines=3] - Lines the headline is clamped to, and always takes (compact: 2).
 * @cssproperty [--news-card-title-size=1.0625rem] - Font size of the headline (vertical: 1.125rem, compact: 1rem).
 * @cssproperty [--news-card-summary-lines=3] - Lines the summary is clamped to, and always takes.
 * @cssproperty [--news-font-body=system-ui, sans-serif] - Font of the text.
 * @cssproperty [--news-font-heading=Georgia, serif] - Font of the headline.
 * @cssproperty [--news-color-text=#222222] - Color of the headline.
 * @cssproperty [--news-color-muted=#6b6b6b] - Color of the summary and the date.
 * @cssproperty [--news-color-accent=#9f224e] - Color of the section label.
 * @cssproperty [--news-color-link=#0a5a9c] - Color of the headline on hover and focus.
 * @cssproperty [--news-focus-ring=2px solid var(--news-color-link)] - Outline of the focused card.
 * @cssproperty [--news-radius=4px] - Corner radius of the thumbnail and the focus ring.
 *
 * @fires news-card-click - Before the link is followed; `detail` is `{ item, href }`. Cancel it to handle the click yourself.
 * @fires news-load - The article has loaded; `detail.value` is the ArticleRef.
 * @fires news-error - The article could not be loaded or is not valid; `detail` is `{ kind, message, errors? }`.
 */
export class NewsCard extends LitElement {
  static override styles = [tokens, statusStyles, cardStyles, quietLoadingStyles, styles];

  private readonly localize = new LocalizeController(this);
  private readonly data = new DataController<ArticleRef>(this, {
    value: () => this.article,
    src: () => this.src,
    timeout: () => this.timeout,
    parse: parseArticleRef,
  });

  /** The article to show: an ArticleRef, or an Article with a `url`. Wins over `src` and inline JSON. */
  @property({ attribute: false }) article?: ArticleRef;

  /** URL of the ArticleRef (JSON) to load, used when `.article` is not set. */
  @property() src?: string;

  /** Milliseconds loading `src` may take, its one retry included, before the error shows (default 10000); read as each load starts. */
  @property({ type: Number }) timeout?: number;

  /** `horizontal` (thumbnail beside the text), `vertical` (thumbnail above) or `compact` (headline only). */
  @property({ reflect: true }) variant: CardVariant = 'horizontal';

  /** How the date shows: `relative` ("3 giờ trước", rewritten as the minutes pass), `absolute` ("15/7/2020") or `none`. */
  @property() time: CardTimeStyle = 'relative';

  /** The link's target, e.g. `_blank`; the link then has `rel="noopener"`. */
  @property() target?: string;

  /** The headline's level in the page's outline, for screen readers. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  constructor() {
    super();
    // Sets data-layout="mobile|desktop" on the host, which the styles follow.
    new LayoutController(this);
    // "5 phút trước" is rewritten as the minutes pass.
    new ClockController(this, () => this.timeStyle === 'relative' && this.data.value?.publishedAt !== undefined);
    this.addEventListener('click', this.onClick);
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    hideBrokenImages(root);
    return root;
  }

  private get timeStyle(): CardTimeStyle {
    return oneOf(CARD_TIME_STYLES, this.time, 'relative');
  }

  private get currentVariant(): CardVariant {
    return oneOf(CARD_VARIANTS, this.variant, 'horizontal');
  }

  private readonly onClick = (event: MouseEvent) => {
    const link = cardLinkOf(event);
    const item = this.data.value;
    if (!link || !item) return;
    const cardClick = new NewsCardClickEvent(item, link.href);
    this.dispatchEvent(cardClick);
    if (cardClick.defaultPrevented) event.preventDefault();
  };

  override render() {
    const item = this.data.value;
    const variant = this.currentVariant;
    if (!item) {
      const loading = this.data.state === 'loading';
      return html`${renderStatus(this.data, this.localize)}
        <div class=${variant}>${loading ? renderCardSkeleton(variant) : nothing}</div>`;
    }
    const view = cardView(item, { lang: this.localize.lang, time: this.timeStyle });
    const options = { variant, headingLevel: headingLevelOf(this.headingLevel, 3), target: this.target, role: 'article' } as const;
    return html`<div class=${variant}>${renderCard(view, options)}</div>`;
  }
}
