import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DataController, renderStatus } from '../../data/index.js';
import { SliceController } from '../../data/slice-controller.js';
import { parseArticle } from '../../format/article.js';
import type { Article, Author, Block, Image, RelatedBlock } from '../../format/types.js';
import { formatDate } from '../../i18n/dates.js';
import { LocalizeController } from '../../i18n/localize.js';
import { LayoutController } from '../../layout/layout-controller.js';
import { sanitizedHtml } from '../../sanitize/sanitized-html.js';
import { statusStyles } from '../../styles/status.styles.js';
import { tokens } from '../../styles/tokens.js';
import styles from './article.styles.js';
import { writeJsonLd } from './json-ld.js';

/** Parts of a nested `<news-figure>` that can be styled from outside the article. */
const FIGURE_PARTS = 'figure, image, caption: figure-caption, credit: figure-credit';

/**
 * A body of up to 200 blocks renders in one update; a longer one (the parser allows 20,000)
 * 100 blocks at a time, each slice in a task of its own (bench/oversized.bench.mjs).
 */
const BODY_SLICES = { whole: 200, slice: 100 };

/** A heading level brought within 1 to 6. */
function clampLevel(level: number): number {
  return Math.min(Math.max(Math.round(level) || 1, 1), 6);
}

/** `<h1>`…`<h6>` with the given part. */
function heading(level: number, part: string, text: string) {
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} class=${part}>${text}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part}>${text}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part}>${text}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part}>${text}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part}>${text}</h5>`;
    default:
      return html`<h6 part=${part} class=${part}>${text}</h6>`;
  }
}

/** The names as the language lists them ("A, B và C"); a language tag Intl refuses gets Vietnamese. */
function listParts(names: string[], lang: string): { type: string; value: string }[] {
  try {
    return new Intl.ListFormat(lang).formatToParts(names);
  } catch {
    return new Intl.ListFormat('vi').formatToParts(names);
  }
}

/**
 * A lead image that also stands as a figure in the body (as CMS exports often have it) is shown
 * there, at its place in the text, and not twice.
 */
function showsInBody(article: Article, image: Image): boolean {
  return article.body.some((block) => block.type === 'figure' && block.image.src === image.src);
}

/**
 * A whole news article from the JSON article format: section and dates, the headline, the summary
 * (sapo), the lead photo, then every block of the body in order — paragraphs, headings, figures
 * (`<news-figure>`), galleries (`<news-gallery>`), quotes, lists, the inline related headlines,
 * sanitized HTML — the authors, and the tags. Register `news-figure` and `news-gallery` too (the
 * `news-article.js` module does).
 *
 * The article comes from `.article`, else `src` (fetched), else an inline
 * `<script type="application/json">` child, else the nearest `<news-provider>`. Dates are shown in
 * the page's language, in the article's own UTC offset unless `time-zone` names a zone; the
 * `<time datetime>` keeps the document's value. HTML in the article (`paragraph.html`, `html`
 * blocks) is sanitized: inline formatting and http(s) links stay, nothing can run.
 *
 * A very long body (more than 200 blocks) is shown 100 blocks at a time, each slice rendered in
 * a task of its own, so that the page never freezes while it renders; `updateComplete` resolves
 * once every block is shown.
 *
 * For search engines, the article is also written as schema.org NewsArticle JSON-LD, a
 * `<script type="application/ld+json">` child of the element (in the light DOM). Under Trusted
 * Types it is made by the `news-widgets` policy.
 *
 * @tagname news-article
 * @summary A whole news article, with its photos, galleries and related headlines.
 *
 * @slot - After the body and tags: a place for a rail or the comments.
 *
 * @csspart article - The `<article>`.
 * @csspart header - Section, dates, headline and summary.
 * @csspart meta - The line with the section and the dates.
 * @csspart section - The section name.
 * @csspart published - The `<time>` of publication.
 * @csspart updated - The `<time>` of the last update.
 * @csspart headline - The headline (`<h1>` unless `heading-level` says otherwise).
 * @csspart summary - The summary (sapo).
 * @csspart lead-figure - The lead photo (a `<news-figure>`).
 * @csspart body - The body blocks.
 * @csspart paragraph - A paragraph.
 * @csspart heading - A heading inside the body.
 * @csspart figure - A photo in the body (a `<news-figure>`); also the `<figure>` inside it and inside the lead photo, whose parts are exported.
 * @csspart image - The `<img>` of the lead photo and of a photo in the body (exported from `<news-figure>`).
 * @csspart figure-caption - The caption of the lead photo or a photo in the body (exported from `<news-figure>`).
 * @csspart figure-credit - The credit of the lead photo or a photo in the body (exported from `<news-figure>`).
 * @csspart gallery - A gallery (a `<news-gallery>`).
 * @csspart quote - A quotation (`<figure>` with `<blockquote>`).
 * @csspart cite - Who is quoted.
 * @csspart list - A list.
 * @csspart related - The related headlines inside the body.
 * @csspart related-link - One related headline link.
 * @csspart html - A block of sanitized HTML.
 * @csspart byline - The authors.
 * @csspart author - One author (a link when the author has a URL).
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart status - The loading placeholder, the error panel or the empty state.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error panel.
 * @csspart retry-button - The error panel's retry button.
 * @csspart error-details - The problems found in an invalid article (development builds only).
 * @csspart empty - The message shown when the provider around it has no article.
 *
 * @cssproperty [--news-article-measure=40em] - Width of the reading column (about 70 characters a line).
 * @cssproperty [--news-article-font-size=1.125rem] - Font size of the body text.
 * @cssproperty [--news-article-bleed=0px] - On the mobile layout and in a container narrower than 30rem, how far photos and galleries reach past the article's edges (set it to the page's side padding for full-bleed photos).
 * @cssproperty [--news-font-body] - Font of the body text.
 * @cssproperty [--news-font-heading] - Font of the headline and headings.
 * @cssproperty [--news-color-text] - Text color.
 * @cssproperty [--news-color-muted] - Dates and captions.
 * @cssproperty [--news-color-accent] - Section name, quote and related-headline rules.
 * @cssproperty [--news-color-link] - Links.
 * @cssproperty [--news-color-border] - Tags' borders.
 * @cssproperty [--news-focus-ring] - Outline of focused links.
 * @cssproperty [--news-space-s] - Small spacing.
 * @cssproperty [--news-space-m] - Space between blocks.
 * @cssproperty [--news-space-l] - Space around figures and galleries.
 *
 * @fires news-load - The article has loaded; `detail.value` is the parsed Article.
 * @fires news-error - The article could not be loaded or is not valid; `detail` is `{ kind, message, errors? }`.
 */
export class NewsArticle extends LitElement {
  static override styles = [tokens, statusStyles, styles];

  private readonly localize = new LocalizeController(this);
  private readonly data = new DataController<Article>(this, {
    value: () => this.article,
    src: () => this.src,
    timeout: () => this.timeout,
    parse: parseArticle,
    fromContext: (context) => context.article,
  });
  private readonly slices = new SliceController(this, BODY_SLICES);

  /** The article, a value in the JSON article format. Wins over `src`, inline JSON and a provider. */
  @property({ attribute: false }) article?: Article;

  /** URL of the article to load (JSON article format), used when `.article` is not set. */
  @property() src?: string;

  /** Milliseconds loading `src` may take, its one retry included, before the error shows (default 10000); read as each load starts. */
  @property({ type: Number }) timeout?: number;

  /** Level of the headline, 1 to 6 (default 1: the page's `<h1>`); body headings follow below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  /** An IANA time zone ("Asia/Ho_Chi_Minh") for the dates, instead of the article's own UTC offset. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  private jsonLd?: HTMLScriptElement;
  private jsonLdArticle?: Article;

  constructor() {
    super();
    // Sets data-layout="mobile|desktop" on the element, which its styles follow.
    new LayoutController(this);
  }

  override willUpdate(): void {
    this.localize.fallbackLang = this.data.value?.lang;
  }

  /** Resolves once every block of a long body is shown too, not only its first slice. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.slices.afterSlices(await super.getUpdateComplete());
  }

  override updated(): void {
    const article = this.data.state === 'ready' ? this.data.value : undefined;
    if (article === this.jsonLdArticle) return;
    this.jsonLdArticle = article;
    this.jsonLd = writeJsonLd(this, this.jsonLd, article);
  }

  override render() {
    const article = this.data.value;
    if (!article) return renderStatus(this.data, this.localize);
    const level = clampLevel(this.headingLevel);
    return html`<article part="article" class="article" lang=${article.lang}>
      <header part="header" class="header">
        ${this.renderMeta(article)} ${heading(level, 'headline', article.title)}
        ${article.summary ? html`<p part="summary" class="summary">${article.summary}</p>` : nothing}
      </header>
      ${article.image && !showsInBody(article, article.image)
        ? html`<news-figure
            part="lead-figure"
            class="block wide"
            exportparts=${FIGURE_PARTS}
            lang=${article.lang}
            .image=${article.image}
            loading="eager"
            fetchpriority="high"
            lightbox
          ></news-figure>`
        : nothing}
      <div part="body" class="body">${this.renderBody(article, level)}</div>
      ${this.renderAuthors(article.authors)}
      ${article.tags.length > 0
        ? html`<ul part="tags" class="tags" aria-label=${this.localize.term('tags')}>
            ${article.tags.map((tag) => html`<li part="tag" class="tag">${tag}</li>`)}
          </ul>`
        : nothing}
      <slot></slot>
    </article>`;
  }

  private renderMeta({ section, publishedAt, updatedAt }: Article) {
    if (!section && !publishedAt && !updatedAt) return nothing;
    const lang = this.localize.lang;
    const options = { timeZone: this.timeZone, time: true };
    return html`<p part="meta" class="meta">
      ${section ? html`<span part="section" class="section">${section}</span>` : nothing}
      ${publishedAt
        ? html`<time part="published" datetime=${publishedAt}>${formatDate(publishedAt, lang, options)}</time>`
        : nothing}
      ${updatedAt && updatedAt !== publishedAt
        ? html`<span class="updated"
            >${this.localize.term('updated')}
            <time part="updated" datetime=${updatedAt}>${formatDate(updatedAt, lang, options)}</time></span
          >`
        : nothing}
    </p>`;
  }

  /**
   * The body blocks shown so far, in slices of 100, each guarded: a later slice of a long body,
   * and an update that changes no block, go over none of the blocks already shown. The guard
   * lists everything a block's rendering reads.
   */
  private renderBody({ body, lang }: Article, level: number) {
    const shown = this.slices.count(body, body.length);
    const baseUrl = this.data.baseUrl;
    const relatedLabel = this.localize.term('relatedHeading');
    return this.slices.renderSlices(body, shown, [level, lang, baseUrl, relatedLabel], (blocks) =>
      blocks.map((block) => this.renderBlock(block, level, lang)),
    );
  }

  /**
   * One body block. Nested figures and galleries get the article's `lang` written out: in the
   * browser they would find it on the `<article>` around them, but a server renderer cannot look
   * up the tree, and both must show the same "Ảnh:" / "Photo:".
   */
  private renderBlock(block: Block, level: number, lang: string) {
    const baseUrl = this.data.baseUrl;
    switch (block.type) {
      case 'paragraph':
        return html`<p part="paragraph" class="block">${block.html ? sanitizedHtml(block.html, baseUrl) : block.text}</p>`;
      case 'heading':
        // Body levels count from 2 below an <h1>; under another headline they shift with it.
        return heading(level + block.level - 1, 'heading', block.text);
      case 'figure':
        return html`<news-figure part="figure" class="block wide" exportparts=${FIGURE_PARTS} lang=${lang} .image=${block.image} lightbox></news-figure>`;
      case 'gallery':
        return html`<news-gallery part="gallery" class="block wide" lang=${lang} .images=${block.images} caption=${ifDefined(block.caption)}></news-gallery>`;
      case 'quote':
        return html`<figure part="quote" class="block quote">
          <blockquote><p>${block.text}</p></blockquote>
          ${block.cite ? html`<figcaption part="cite" class="cite">${block.cite}</figcaption>` : nothing}
        </figure>`;
      case 'list': {
        const items = block.items.map((item) => html`<li>${item}</li>`);
        return block.ordered
          ? html`<ol part="list" class="block list">${items}</ol>`
          : html`<ul part="list" class="block list">${items}</ul>`;
      }
      case 'related':
        return this.renderRelated(block);
      case 'html':
        return html`<div part="html" class="block html">${sanitizedHtml(block.html, baseUrl)}</div>`;
      default:
        return nothing;
    }
  }

  /** The headline links inside the body, as a compact list. */
  private renderRelated({ title, items }: RelatedBlock) {
    return html`<div part="related" class="block related">
      ${title ? html`<p class="related-title" aria-hidden="true">${title}</p>` : nothing}
      <ul class="related-list" aria-label=${title || this.localize.term('relatedHeading')}>
        ${items.map((item) => html`<li><a part="related-link" href=${item.url}>${item.title}</a></li>`)}
      </ul>
    </div>`;
  }

  private renderAuthors(authors: Author[]) {
    if (authors.length === 0) return nothing;
    let next = 0;
    const parts = listParts(
      authors.map((author) => author.name),
      this.localize.lang,
    );
    return html`<p part="byline" class="byline">
      ${parts.map((part) => {
        if (part.type === 'literal') return part.value;
        const { name, url } = authors[next++];
        return url ? html`<a part="author" href=${url} rel="author">${name}</a>` : html`<span part="author">${name}</span>`;
      })}
    </p>`;
  }
}
