import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { DataController, newsContext, renderStatus, type LoadError } from '../../data/index.js';
import { SliceController } from '../../data/slice-controller.js';
import { NewsCardClickEvent } from '../../events/news-card-click.js';
import { NewsErrorEvent } from '../../events/news-error.js';
import { parseFeed } from '../../format/feed.js';
import type { Article, ArticleRef, Feed, ParseOptions, ParseResult } from '../../format/types.js';
import { ClockController } from '../../i18n/clock-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import { LayoutController } from '../../layout/layout-controller.js';
import { statusStyles } from '../../styles/status.styles.js';
import { tokens } from '../../styles/tokens.js';
import { quietLoadingStyles, visuallyHiddenStyles } from '../../styles/visually-hidden.styles.js';
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
  type CardOptions,
  type CardTimeStyle,
  type CardVariant,
} from '../card/card-template.js';
import { cardStyles } from '../card/card-template.styles.js';
import { CarouselController } from './carousel-controller.js';
import { PagingController } from './paging-controller.js';
import { RailSelection, type RailEntry } from './rail-selection.js';
import styles from './rail.styles.js';
import { articleKeys } from './shown-items.js';
import { withUtm, type UtmParameters } from './syndication.js';

/** How a rail lays out its cards: one under the other, in columns, or in one row that scrolls sideways. */
export const RAIL_LAYOUTS = ['list', 'grid', 'carousel'] as const;
export type RailLayout = (typeof RAIL_LAYOUTS)[number];

/** The card variant of each layout, unless `variant` says otherwise. */
const LAYOUT_VARIANTS: Record<RailLayout, CardVariant> = { list: 'horizontal', grid: 'vertical', carousel: 'vertical' };

interface CardSettings {
  lang: string;
  time: CardTimeStyle;
  /** For relative dates, the minute they were written in: the cards are rewritten when it passes. */
  minute?: number;
  options: CardOptions;
  utm: UtmParameters;
}

/**
 * Up to 1,000 cards render in one update (bench/rail.bench.mjs); more than that at once (a feed
 * of thousands, or such a page of "See more") 200 at a time, each slice in a task of its own
 * (bench/oversized.bench.mjs). Pages are rendered in guarded slices of this size.
 */
const CARD_SLICES = { whole: 1000, slice: 200 };

/** Skeleton cards shown while loading when there is no `limit` to tell how many will come. */
const DEFAULT_SKELETONS = 4;
const MAX_SKELETONS = 12;

/** The rail's input as a Feed: `.items` and `article.related` are lists of ArticleRefs. */
function parseRailInput(input: unknown, options: ParseOptions): ParseResult<Feed> {
  return parseFeed(Array.isArray(input) ? { items: input } : input, options);
}

/**
 * A headed list of article cards — "Có thể bạn quan tâm", "Nên xem", "Tin khác" — as a list, a
 * grid or a carousel, with "Xem thêm" paging through the feed's `next` links.
 *
 * The articles come from `.items`, else `src` (our Feed, JSON Feed 1.1, RSS 2.0 or Atom 1.0; relative
 * links resolve against the feed's own URL), else an inline `<script type="application/json">` child
 * holding a Feed, else the nearest `<news-provider>`'s `article.related`. The heading is the
 * `heading` attribute, else the feed's title, else "Có thể bạn quan tâm" (`heading=""` shows none).
 *
 * No article shows twice on a page: the provider's own article and articles already shown by
 * another rail (the same id or the same URL, tracking parameters aside) are skipped; the first
 * rail to show an article keeps it. Items without a title or with a bad link are left out (and
 * listed in the console of development builds).
 *
 * On the mobile layout, and in a rail narrower than 24rem (a sidebar) on either layout, the cards
 * are compact: one column, a small thumbnail beside the headline, no summary (a carousel stays a
 * row to swipe, of cards without their summary). A server-rendered rail on a phone shows them so
 * from its first paint, before any script runs.
 *
 * While the first page loads, skeleton cards hold the place of the cards: as many as `limit`
 * (else four), of the cards' own size, so nothing moves when they arrive.
 *
 * More than a thousand cards at once (a feed of thousands) are shown 200 at a time, each slice
 * rendered in a task of its own, so that the page never freezes while they render; "See more"
 * shows once every card is there, and `updateComplete` resolves then.
 *
 * A rail that grows long (hundreds of cards after many pages) can let the browser skip the cards
 * out of view: `news-rail::part(card) { content-visibility: auto; contain-intrinsic-size: auto 10rem; }`.
 * It is not the default: it clips what paints outside a card (add `overflow-clip-margin: 6px` for
 * the focus ring), and for the usual handful of cards it saves nothing.
 *
 * @tagname news-rail
 * @summary A headed list of article cards with "See more" paging.
 *
 * @csspart base - The rail's box.
 * @csspart header - The row with the heading (and the carousel's buttons).
 * @csspart heading - The rail's heading.
 * @csspart list - The list of cards (in a carousel: the row that scrolls).
 * @csspart card - A card, which is also an item of the list. Its parts are those of `<news-card>`:
 * @csspart media - A card's thumbnail box, also its placeholder.
 * @csspart image - A card's thumbnail.
 * @csspart meta - A card's line with the section and the date.
 * @csspart section - A card's section label.
 * @csspart time - A card's date.
 * @csspart headline - A card's headline block.
 * @csspart title - A card's headline link.
 * @csspart summary - A card's summary.
 * @csspart skeleton - A card's stand-in while the rail loads.
 * @csspart previous-button - The carousel's button that scrolls back.
 * @csspart next-button - The carousel's button that scrolls on.
 * @csspart footer - The box with the "See more" button.
 * @csspart more-button - "Xem thêm" / "See more"; "Thử lại" / "Retry" after a failed page.
 * @csspart more-error - The message shown when a further page failed.
 * @csspart end - The message shown when paging has reached the last page.
 * @csspart status - The loading message, the error panel or the empty message.
 * @csspart loading - The loading message (for screen readers; the skeletons show it).
 * @csspart error - The error panel, when the first page failed.
 * @csspart retry-button - The error panel's retry button.
 * @csspart error-details - The problems found in an invalid feed (development builds only).
 * @csspart empty - The message shown when there is nothing to show.
 *
 * @cssproperty [--news-rail-gap=var(--news-space-m)] - Space between the cards, and around the list.
 * @cssproperty [--news-rail-column-width=14rem] - Narrowest column of the grid layout.
 * @cssproperty [--news-rail-card-width=16rem] - Width of a card in the carousel layout.
 * @cssproperty [--news-rail-heading-size=1.25rem] - Font size of the heading.
 * @cssproperty [--news-card-gap=var(--news-space-m)] - Space between a card's thumbnail and its text.
 * @cssproperty [--news-card-image-width=8rem] - Width of the thumbnails beside the headlines (6rem for compact cards), never more than a third of a card.
 * @cssproperty [--news-card-image-ratio=3 / 2] - Aspect ratio of the thumbnails.
 * @cssproperty [--news-card-placeholder] - Background of the thumbnail boxes.
 * @cssproperty [--news-card-title-lines=3] - Lines a headline is clamped to, and always takes (compact: 2).
 * @cssproperty [--news-card-title-size=1.0625rem] - Font size of the headlines.
 * @cssproperty [--news-card-summary-lines=3] - Lines a summary is clamped to, and always takes (compact cards show none).
 * @cssproperty [--news-rail-mobile-summary-lines=0] - Lines of summary the compact cards show, on the mobile layout and in a rail narrower than 24rem (none by default).
 * @cssproperty [--news-font-body=system-ui, sans-serif] - Font of the text.
 * @cssproperty [--news-font-heading=Georgia, serif] - Font of the headings.
 * @cssproperty [--news-color-text=#222222] - Color of the text.
 * @cssproperty [--news-color-muted=#6b6b6b] - Color of summaries, dates and messages.
 * @cssproperty [--news-color-accent=#9f224e] - Color of the heading's rule, section labels and the "See more" button.
 * @cssproperty [--news-color-link=#0a5a9c] - Color of a headline on hover and focus.
 * @cssproperty [--news-color-surface=#ffffff] - Background of the buttons.
 * @cssproperty [--news-color-border=#e2e2e2] - Lines between the cards of a list, button borders.
 * @cssproperty [--news-focus-ring=2px solid var(--news-color-link)] - Outline of the focused card or button.
 * @cssproperty [--news-space-s=0.5rem] - Small spacing.
 * @cssproperty [--news-space-m=1rem] - Medium spacing.
 * @cssproperty [--news-space-l=1.5rem] - Large spacing.
 * @cssproperty [--news-radius=4px] - Corner radius of thumbnails and buttons.
 *
 * @fires news-card-click - Before a card's link is followed; `detail` is `{ item, href }` (href with the UTM parameters). Cancel it to handle the click yourself.
 * @fires news-load - The first page has loaded; `detail.value` is the Feed.
 * @fires news-error - The first page, or a further page, could not be loaded or is not a feed; `detail` is `{ kind, message, errors? }`.
 */
export class NewsRail extends LitElement {
  static override styles = [tokens, statusStyles, cardStyles, visuallyHiddenStyles, quietLoadingStyles, styles];

  private readonly localize = new LocalizeController(this);
  private readonly data = new DataController<Feed>(this, {
    value: () => this.items,
    src: () => this.src,
    timeout: () => this.timeout,
    parse: parseRailInput,
    fromContext: (context) => context.article?.related,
    isEmpty: (feed) => feed.items.length === 0 && !feed.next,
  });
  /** The page's article, which the rail never shows, whatever feeds it. */
  private readonly page = new ContextConsumer(this, { context: newsContext, subscribe: true });
  private readonly paging = new PagingController(this, {
    onPage: (feed) => this.onPage(feed),
    onError: (error) => this.onPageError(error),
    timeout: () => this.timeout,
  });
  private readonly carousel = new CarouselController(this, {
    track: () => this.list,
    active: () => this.currentLayout === 'carousel',
    buttons: () => ({ previous: part(this, 'previous-button'), next: part(this, 'next-button') }),
  });
  private readonly selection = new RailSelection();
  private readonly slices = new SliceController(this, CARD_SLICES);
  /** "5 phút trước" is rewritten as the minutes pass. */
  private readonly clock = new ClockController(this, () => oneOf(CARD_TIME_STYLES, this.time, 'relative') === 'relative' && this.selection.entries.length > 0);

  /** The articles to show: ArticleRefs of the JSON format. Wins over `src`, inline JSON and the provider. */
  @property({ attribute: false }) items?: ArticleRef[];

  /** URL of the feed to load: our Feed, JSON Feed 1.1, RSS 2.0 or Atom 1.0. */
  @property() src?: string;

  /**
   * Milliseconds loading the feed, or a further page, may take (one retry included) before its
   * error shows (default 10000); read as each load starts.
   */
  @property({ type: Number }) timeout?: number;

  /** The heading; default the feed's title, else "Có thể bạn quan tâm". An empty heading shows none. */
  @property() heading?: string;

  /** The heading's level in the page's outline, for screen readers; the cards' headlines are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** `list`, `grid` (columns by the rail's width) or `carousel` (one row that scrolls sideways). */
  @property({ reflect: true }) layout: RailLayout = 'list';

  /** The cards' variant; default `horizontal` in a list, `vertical` in a grid or carousel. */
  @property() variant?: CardVariant;

  /** The most cards to show in all; "See more" never goes past it. */
  @property({ type: Number }) limit?: number;

  /** How the cards show their date: `relative` ("3 giờ trước", rewritten as the minutes pass), `absolute` or `none`. */
  @property() time: CardTimeStyle = 'relative';

  /** `utm_source` added to every link that has none. */
  @property({ attribute: 'utm-source' }) utmSource?: string;

  /** `utm_medium` added to every link that has none. */
  @property({ attribute: 'utm-medium' }) utmMedium?: string;

  /** `utm_campaign` added to every link that has none. */
  @property({ attribute: 'utm-campaign' }) utmCampaign?: string;

  /** The links' target, e.g. `_blank` for a partner portal; the links then have `rel="noopener"`. */
  @property() target?: string;

  /** What the live region last announced: how many cards "See more" added, or why it failed. */
  @state() private announcement = '';

  @query('#list') private list?: HTMLElement;

  /** The first page the paging follows on from. */
  private feed?: Feed;
  /** The inputs the current selection was made from; a change of any of them makes a new one. */
  private selected?: { feed?: Feed; limit: number; article?: Article };
  /** What the cards are rendered with, worked out once per update rather than once per card. */
  private cards!: CardSettings;
  private cardKey = '';
  /** After the next render, focus the card at this index: the first one "See more" added. */
  private focusIndex?: number;
  /** After the next render, focus the end message: the last page added nothing. */
  private focusEnd = false;

  constructor() {
    super();
    // Sets data-layout="mobile|desktop" on the host, which the styles follow.
    new LayoutController(this);
    this.addEventListener('click', this.onClick);
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    hideBrokenImages(root);
    return root;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Off the page, the rail shows nothing: its articles are free for the other rails.
    this.selection.clear();
    this.selected = undefined;
  }

  private get currentLayout(): RailLayout {
    return oneOf(RAIL_LAYOUTS, this.layout, 'list');
  }

  private get currentLimit(): number {
    const limit = this.limit;
    return limit !== undefined && Number.isInteger(limit) && limit > 0 ? limit : Infinity;
  }

  private get cardOptions(): CardOptions {
    return {
      variant: oneOf(CARD_VARIANTS, this.variant, LAYOUT_VARIANTS[this.currentLayout]),
      headingLevel: Math.min(headingLevelOf(this.headingLevel, 2) + 1, 6),
      target: this.target,
      role: 'listitem',
    };
  }

  /** The page "See more" loads next: the `next` of the last page, while the limit is not reached. */
  private get nextUrl(): string | undefined {
    const last = this.paging.pages.at(-1) ?? this.data.value;
    if (!last?.next || this.selection.entries.length >= this.currentLimit) return undefined;
    return last.next;
  }

  override willUpdate(): void {
    const feed = this.data.value;
    const limit = this.currentLimit;
    const context = this.page.value;
    const article = context?.state === 'ready' ? context.article : undefined;
    if (feed !== this.feed) {
      // Another feed: the pages of the last one no longer follow on.
      this.feed = feed;
      this.paging.reset();
      this.announcement = '';
    }
    const selected = this.selected;
    if (!selected || feed !== selected.feed || limit !== selected.limit || article !== selected.article) {
      this.selected = { feed, limit, article };
      this.selection.reset(article ? articleKeys(article) : []);
      if (feed) {
        this.selection.add(feed.items, limit);
        for (const page of this.paging.pages) this.selection.add(page.items, limit);
      }
    }
    const time = oneOf(CARD_TIME_STYLES, this.time, 'relative');
    const cards: CardSettings = {
      lang: this.localize.lang,
      time,
      minute: time === 'relative' ? this.clock.minute : undefined,
      options: this.cardOptions,
      utm: { utm_source: this.utmSource, utm_medium: this.utmMedium, utm_campaign: this.utmCampaign },
    };
    const cardKey = JSON.stringify(cards);
    if (cardKey !== this.cardKey) {
      this.cardKey = cardKey;
      this.cards = cards;
      for (const entry of this.selection.entries) entry.template = undefined;
    }
  }

  /** Resolves once every card of a long feed is shown too, not only its first slice. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.slices.afterSlices(await super.getUpdateComplete());
  }

  override updated(): void {
    if (this.focusIndex !== undefined) {
      this.list?.children[this.focusIndex]?.querySelector('a')?.focus();
    } else if (this.focusEnd) {
      this.renderRoot.querySelector<HTMLElement>('.end')?.focus();
    }
    this.focusIndex = undefined;
    this.focusEnd = false;
  }

  private onPage(feed: Feed): void {
    const before = this.selection.entries.length;
    const added = this.selection.add(feed.items, this.currentLimit);
    this.announcement = this.localize.term('railAdded', added);
    if (added > 0) this.focusIndex = before;
    // The button goes away with the last page: the focus must not go with it.
    else this.focusEnd = !this.nextUrl;
  }

  private onPageError(error: LoadError): void {
    this.announcement = this.localize.term(pageErrorTerm(error));
    const failed = new NewsErrorEvent(error);
    this.dispatchEvent(failed);
  }

  private readonly onMore = () => {
    const next = this.nextUrl;
    if (!next || this.paging.state === 'loading') return;
    // Cleared first, so that the same count said twice is still announced twice.
    this.announcement = '';
    void this.paging.load(next);
  };

  private readonly onClick = (event: MouseEvent) => {
    const link = cardLinkOf(event);
    const item = link && this.list?.contains(link) ? this.entryOf(link)?.item : undefined;
    if (!link || !item) return;
    const cardClick = new NewsCardClickEvent(item, link.href);
    this.dispatchEvent(cardClick);
    if (cardClick.defaultPrevented) event.preventDefault();
  };

  private entryOf(link: HTMLAnchorElement): RailEntry | undefined {
    const card = link.closest('.card');
    const index = card ? Array.prototype.indexOf.call(this.list!.children, card) : -1;
    return this.selection.entries[index];
  }

  /** The page's rail is still loading: its own feed, or the provider's article it will show. */
  private get waiting(): boolean {
    const state = this.data.state;
    if (state === 'loading') return true;
    const provider = this.page.value?.state;
    return state === 'idle' && (provider === 'idle' || provider === 'loading');
  }

  override render() {
    const layout = this.currentLayout;
    const waiting = this.waiting;
    const feed = this.data.value;
    const heading = this.heading ?? feed?.title ?? (waiting ? undefined : this.localize.term('relatedHeading'));
    const entries = this.selection.entries;
    const shown = feed ? this.slices.count(feed, entries.length) : 0;
    // Every article was already shown elsewhere: as empty as an empty feed.
    const emptied = this.data.state === 'ready' && entries.length === 0 && !this.nextUrl;
    return html`<section part="base" class="rail layout-${layout}" aria-labelledby=${heading ? 'heading' : nothing}>
      <div part="header" class="header">
        ${this.renderHeading(heading, waiting)} ${layout === 'carousel' && entries.length > 0 ? this.renderArrows() : nothing}
      </div>
      ${renderStatus(this.data, this.localize)}
      ${emptied ? renderStatus({ state: 'empty', retry: () => undefined }, this.localize) : nothing}
      ${waiting ? this.renderSkeletons() : nothing}
      ${feed && entries.length > 0 ? this.renderList(shown) : nothing}
      ${feed && shown === entries.length ? this.renderFooter() : nothing}
      <p class="live visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderHeading(heading: string | undefined, waiting: boolean) {
    if (heading === undefined && waiting) {
      return html`<div part="heading" class="rail-heading skeleton-bar" aria-hidden="true"></div>`;
    }
    if (!heading) return nothing;
    const level = headingLevelOf(this.headingLevel, 2);
    return html`<div part="heading" class="rail-heading" id="heading" role="heading" aria-level=${level}>${heading}</div>`;
  }

  // The carousel controller keeps their aria-disabled in step with the scrolling.
  private renderArrows() {
    return html`<div class="arrows">
      <button part="previous-button" class="arrow previous" type="button" aria-controls="list"
        aria-label=${this.localize.term('railPrevious')} @click=${() => this.carousel.scroll(-1)}>${chevron}</button>
      <button part="next-button" class="arrow next" type="button" aria-controls="list"
        aria-label=${this.localize.term('railNext')} @click=${() => this.carousel.scroll(1)}>${chevron}</button>
    </div>`;
  }

  private renderSkeletons() {
    const limit = this.currentLimit;
    const count = Math.min(Number.isFinite(limit) ? limit : DEFAULT_SKELETONS, MAX_SKELETONS);
    const { variant } = this.cards.options;
    const skeleton = renderCardSkeleton(variant);
    return html`<div part="list" class="list skeletons ${variant}" aria-hidden="true">
      ${Array.from({ length: count }, () => skeleton)}
    </div>`;
  }

  /**
   * The first `shown` cards, page by page and each page in slices, each slice guarded: an update
   * that changes no card (the footer, the live region), "See more" adding a page and the next
   * slice of a long feed go over none of the cards already shown, which for a rail of a thousand
   * cards is most of the time an append would take (bench/).
   */
  private renderList(shown: number) {
    const { pages } = this.selection;
    const { cardKey } = this;
    return html`<div part="list" class="list ${this.cards.options.variant}" id="list" role="list">
      ${guard([pages, pages.length, shown, cardKey], () => {
        let first = 0;
        return pages.map((page) => {
          const count = Math.min(Math.max(shown - first, 0), page.length);
          first += page.length;
          return this.renderPage(page, count, cardKey);
        });
      })}
    </div>`;
  }

  /** The first `count` cards of a page, in guarded slices. */
  private renderPage(page: RailEntry[], count: number, cardKey: string) {
    return this.slices.renderSlices(page, count, [cardKey], (entries) =>
      repeat(entries, (entry) => entry.key, (entry) => (entry.template ??= this.renderEntry(entry))),
    );
  }

  private renderEntry({ item }: RailEntry): TemplateResult {
    const { lang, time, utm, options } = this.cards;
    const view = cardView(item, { lang, time, href: withUtm(item.url, utm) });
    return renderCard(view, options);
  }

  private renderFooter() {
    const { state } = this.paging;
    if (this.nextUrl) {
      const label = state === 'loading' ? 'loading' : state === 'error' ? 'retry' : 'seeMore';
      return html`<div part="footer" class="footer">
        <button part="more-button" class="more" type="button" aria-disabled=${ifDefined(state === 'loading' ? 'true' : undefined)}
          @click=${this.onMore}>${this.localize.term(label)}</button>
        ${state === 'error' ? html`<p part="more-error" class="more-error">${this.localize.term(pageErrorTerm(this.paging.error))}</p>` : nothing}
      </div>`;
    }
    if (this.paging.pages.length === 0) return nothing;
    return html`<p part="end" class="end" tabindex="-1">${this.localize.term('railEnd')}</p>`;
  }
}

/** What the reader is told when a further page failed: that it took too long, or that it could not load. */
function pageErrorTerm(error: LoadError | undefined) {
  return error?.kind === 'timeout' ? 'railPageTimeout' : 'railPageError';
}

function part(rail: NewsRail, name: string): HTMLElement | null {
  return rail.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
}

const chevron = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
  <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;
