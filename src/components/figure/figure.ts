import { html, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { DataController, renderStatus } from '../../data/index.js';
import { parseImage } from '../../format/image.js';
import type { Image } from '../../format/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { LayoutController } from '../../layout/layout-controller.js';
import { statusStyles } from '../../styles/status.styles.js';
import { tokens } from '../../styles/tokens.js';
import styles from './figure.styles.js';
import { ImageFallback } from './image-fallback.js';
import { imageFallbackStyles } from './image-fallback.styles.js';
import { renderCaption } from './image-text.js';
import { LightboxController, renderLightbox } from './lightbox.js';
import { lightboxStyles } from './lightbox.styles.js';

/**
 * One captioned photo, as a newspaper prints it: the image, its caption, and the credit after a
 * localized prefix ("Ảnh: Hoàng Phúc"). The box is reserved before the image arrives (from
 * `width` and `height`), so nothing below it moves. A broken image gives way to a panel with the
 * alt text (or the caption) and a retry button; the caption stays.
 *
 * The image comes from `.image` (an Image of the JSON article format), else the attributes
 * `src alt caption credit width height`, else an inline `<script type="application/json">` child
 * holding an Image. Here `src` is the image's own URL: the figure fetches no document.
 *
 * How alt, caption and credit are read: the `<figure>` is named by its `<figcaption>` (caption
 * and credit), read once. The image's `alt` says what the photo shows; an alt that is empty,
 * repeats the caption, or is a file name or camera code ("4201 2b389c6e81347d6a2425",
 * "IMG_1234.jpg") is rendered as `alt=""`, so nothing is read twice and no code is read aloud.
 * With `lightbox`, the image is a button named "Xem ảnh lớn: <alt>" ("Xem ảnh lớn" alone when the
 * alt is dropped); the lightbox dialog is named "Trình xem ảnh" and described (`aria-describedby`)
 * by the caption and credit, which are read when it opens.
 *
 * @tagname news-figure
 * @summary One captioned, credited photo that never shifts the page.
 *
 * @csspart figure - The `<figure>`.
 * @csspart image - The `<img>`.
 * @csspart zoom-button - With `lightbox`: the button around the image that opens the lightbox.
 * @csspart figcaption - The `<figcaption>`, holding caption and credit.
 * @csspart caption - The caption text.
 * @csspart credit - The credit, prefixed "Ảnh:" / "Photo:".
 * @csspart fallback - The panel shown in place of a broken image.
 * @csspart retry-button - The fallback panel's (and the error panel's) retry button.
 * @csspart lightbox - The lightbox `<dialog>`.
 * @csspart close-button - The lightbox's close button.
 * @csspart status - The error panel for an invalid image.
 * @csspart error - The error panel.
 * @csspart error-details - The problems found in an invalid image (development builds only).
 *
 * @cssproperty [--news-figure-caption-size=0.9375rem] - Font size of the caption and credit.
 * @cssproperty [--news-figure-placeholder=var(--news-color-border)] - Color of the box while the image loads.
 * @cssproperty [--news-font-body] - Font of the caption and the fallback panel.
 * @cssproperty [--news-color-muted] - Color of the caption and credit.
 * @cssproperty [--news-color-surface] - Background of the fallback panel.
 * @cssproperty [--news-color-text] - Text of the fallback panel.
 * @cssproperty [--news-color-border] - Dashed border of the fallback panel.
 * @cssproperty [--news-focus-ring] - Outline of the focused image button.
 *
 * @fires news-load - The image data was read; `detail.value` is the Image.
 * @fires news-error - The image data is not valid (`kind: 'parse'`) or the image file could not be loaded (`kind: 'image'`).
 */
export class NewsFigure extends LitElement {
  static override styles = [tokens, statusStyles, lightboxStyles, imageFallbackStyles, styles];

  private readonly localize = new LocalizeController(this);
  private readonly data = new DataController<Image>(this, {
    value: () => this.image ?? this.imageFromAttributes(),
    // `src` names the image, not a document to fetch.
    src: () => undefined,
    parse: parseImage,
  });
  private readonly viewer = new LightboxController(this, {
    dialog: () => this.dialog,
    opener: () => this.zoomButton,
  });
  private readonly fallback = new ImageFallback(this, this.localize);

  /** The photo, an Image of the JSON article format. Wins over the attributes and inline JSON. */
  @property({ attribute: false }) image?: Image;

  /** URL of the image, when `.image` is not set. */
  @property() src?: string;
  /** What the photo shows, for readers who cannot see it. "" (the default) for a decorative one. */
  @property() alt?: string;
  /** The caption. */
  @property() caption?: string;
  /** Who took the photo; shown after "Ảnh:" / "Photo:". */
  @property() credit?: string;
  /** Intrinsic width in pixels; with `height`, reserves the image's box before it loads. */
  @property({ type: Number }) width?: number;
  /** Intrinsic height in pixels. */
  @property({ type: Number }) height?: number;

  /** The `sizes` of the image's `srcset`; by default its rendered width (`auto, 100vw`). */
  @property() sizes?: string;
  /** `lazy` (the default) or `eager`: use `eager` for a photo at the top of the page. */
  @property() loading: 'lazy' | 'eager' = 'lazy';
  /** `high` for the lead photo of an article, the page's largest image. */
  @property({ attribute: 'fetchpriority' }) fetchPriority?: 'high' | 'low' | 'auto';
  /** Activating the image opens it large, with its caption, in a dialog. */
  @property({ type: Boolean }) lightbox = false;

  private shown?: Image;

  @query('dialog') private readonly dialog?: HTMLDialogElement;
  @query('.zoom') private readonly zoomButton?: HTMLButtonElement;

  constructor() {
    super();
    // Sets data-layout="mobile|desktop" on the host, which the styles follow.
    new LayoutController(this);
  }

  override willUpdate(): void {
    const image = this.data.value;
    if (image !== this.shown) {
      this.shown = image;
      this.fallback.reset();
    }
  }

  /** Opens the lightbox (with `lightbox`), as activating the image does. */
  showLightbox(): Promise<void> {
    return this.lightbox && this.shown ? this.viewer.show() : Promise.resolve();
  }

  /** The attributes as an Image's JSON text: text compares by value, so unchanged attributes are not read again. */
  private imageFromAttributes(): string | undefined {
    if (this.src == null) return undefined;
    const { src, alt = '', caption, credit, width, height } = this;
    return JSON.stringify({ src, alt, caption, credit, width, height });
  }

  override render() {
    const image = this.data.value;
    if (!image) return renderStatus(this.data, this.localize);
    return html`<figure part="figure" class="figure" tabindex="-1">
      ${this.fallback.renderMedia(image, {
        sizes: this.sizes,
        loading: this.loading === 'eager' ? 'eager' : 'lazy',
        fetchPriority: this.fetchPriority,
        onZoom: this.lightbox ? () => this.viewer.show() : undefined,
      })}
      ${image.caption || image.credit
        ? html`<figcaption part="figcaption" class="figcaption">${renderCaption(image, this.localize)}</figcaption>`
        : nothing}
      ${this.lightbox ? renderLightbox(this.viewer, this.localize, image) : nothing}
    </figure>`;
  }
}
