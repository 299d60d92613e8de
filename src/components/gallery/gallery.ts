import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DataController, renderStatus } from '../../data/index.js';
import type { Image } from '../../format/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { LayoutController } from '../../layout/layout-controller.js';
import { statusStyles } from '../../styles/status.styles.js';
import { tokens } from '../../styles/tokens.js';
import { visuallyHiddenStyles } from '../../styles/visually-hidden.styles.js';
import { ImageFallback } from '../figure/image-fallback.js';
import { imageFallbackStyles } from '../figure/image-fallback.styles.js';
import { renderCaption, srcsetOf } from '../figure/image-text.js';
import { LightboxController, renderLightbox } from '../figure/lightbox.js';
import { lightboxStyles } from '../figure/lightbox.styles.js';
import styles from './gallery.styles.js';
import { parseGallery, type GalleryValue } from '../../format/gallery.js';

/** Keys that move through the photos while focus is anywhere in the gallery. */
const KEYS: Record<string, (index: number, last: number, step: number) => number> = {
  ArrowLeft: (index, _last, step) => index - step,
  ArrowRight: (index, _last, step) => index + step,
  Home: () => 0,
  End: (_index, last) => last,
};

/**
 * Several photos, one at a time, each with its own caption and credit: a carousel the reader can
 * swipe (CSS scroll snap), page with the previous and next buttons, pick from the thumbnails, or
 * move through with ArrowLeft, ArrowRight, Home and End while focus is anywhere inside it. The
 * "2 / 5" counter is announced to screen readers once the reader moves (not when the page
 * loads). Photos out of view are `inert` and load lazily. Activating a photo opens the lightbox,
 * which pages through the same photos. The box keeps its size whatever the photos' shapes. A photo
 * whose file cannot be loaded gives way, in its slide, to a panel with its alt text (or caption)
 * and a retry button, as in `<news-figure>`; its caption stays.
 *
 * The photos come from `.images` (with `caption`), else an inline `<script type="application/json">`
 * child holding `{ images, caption }`.
 *
 * @tagname news-gallery
 * @summary A carousel of captioned photos with thumbnails and a lightbox.
 *
 * @csspart gallery - The whole gallery.
 * @csspart track - The scrolling row of slides.
 * @csspart slide - One photo with its caption (a `<figure>`).
 * @csspart image - A slide's `<img>`.
 * @csspart zoom-button - The button around a slide's photo that opens the lightbox.
 * @csspart fallback - The panel shown in place of a photo that could not be loaded.
 * @csspart retry-button - The fallback panel's (and the error panel's) retry button.
 * @csspart caption - A photo's caption.
 * @csspart credit - A photo's credit, prefixed "Ảnh:" / "Photo:".
 * @csspart controls - The row with the previous and next buttons and the counter.
 * @csspart previous-button - Shows the previous photo (the last one from the first).
 * @csspart next-button - Shows the next photo (the first one from the last).
 * @csspart counter - "2 / 5".
 * @csspart thumbnails - The row of thumbnail buttons.
 * @csspart thumbnail - One thumbnail button; the current one has `aria-current="true"`.
 * @csspart gallery-caption - The caption of the whole gallery, unless it repeats a photo's.
 * @csspart lightbox - The lightbox `<dialog>`.
 * @csspart close-button - The lightbox's close button.
 * @csspart status - The empty state, or the error panel for invalid data.
 * @csspart empty - The message shown when there is no photo.
 * @csspart error - The error panel.
 * @csspart error-details - The problems found in invalid photos (development builds only).
 *
 * @cssproperty [--news-gallery-ratio=3 / 2] - Shape of the photo area; photos of other shapes are fitted inside it.
 * @cssproperty [--news-gallery-backdrop=#111111] - Background around photos of another shape.
 * @cssproperty [--news-gallery-thumbnail-size=4.5rem] - Width of a thumbnail.
 * @cssproperty [--news-font-body] - Font of captions, controls and the fallback panel.
 * @cssproperty [--news-color-muted] - Color of captions, the counter and the fallback panel's message.
 * @cssproperty [--news-color-surface] - Background of the fallback panel.
 * @cssproperty [--news-color-text] - Text of the fallback panel.
 * @cssproperty [--news-color-border] - Dashed border of the fallback panel.
 * @cssproperty [--news-color-accent] - Outline of the current thumbnail.
 * @cssproperty [--news-focus-ring] - Outline of focused controls.
 *
 * @fires news-load - The photos were read; `detail.value` is `{ images, caption }`.
 * @fires news-error - The data is not valid (`kind: 'parse'`, with `errors`) or a photo's file could not be loaded (`kind: 'image'`).
 */
export class NewsGallery extends LitElement {
  static override styles = [tokens, statusStyles, lightboxStyles, imageFallbackStyles, visuallyHiddenStyles, styles];

  private readonly localize = new LocalizeController(this);
  private readonly data = new DataController<GalleryValue>(this, {
    value: () => this.input(),
    src: () => undefined,
    parse: parseGallery,
    isEmpty: (gallery) => gallery.images.length === 0,
  });
  private readonly viewer = new LightboxController(this, {
    dialog: () => this.dialog,
    opener: () => this.zoomButtons[this.index],
  });
  private readonly fallback = new ImageFallback(this, this.localize);

  /** The photos, Images of the JSON article format. Wins over inline JSON. */
  @property({ attribute: false }) images?: Image[];

  /** The caption of the whole gallery; also its accessible name. */
  @property() caption?: string;

  /** The photo shown, from 0. */
  @state() private index = 0;
  /** The reader has moved through the photos: the counter is announced from now on. */
  @state() private moved = false;
  private shown?: GalleryValue;
  private lastInput?: { images: Image[]; caption?: string };

  @query('.track') private readonly track?: HTMLElement;
  @query('.thumbnails') private readonly strip?: HTMLElement;
  @query('dialog') private readonly dialog?: HTMLDialogElement;
  @queryAll('.slide .zoom') private readonly zoomButtons!: NodeListOf<HTMLButtonElement>;
  @queryAll('.thumbnail') private readonly thumbnails!: NodeListOf<HTMLButtonElement>;

  constructor() {
    super();
    // Sets data-layout="mobile|desktop" on the host, which the styles follow.
    new LayoutController(this);
  }

  /** The property's input, the same object while `images` and `caption` stay the same. */
  private input(): GalleryValue | undefined {
    const { images, caption } = this;
    if (!images) return undefined;
    if (this.lastInput?.images !== images || this.lastInput.caption !== caption) this.lastInput = { images, caption };
    return this.lastInput;
  }

  override willUpdate(): void {
    const gallery = this.data.value;
    if (gallery !== this.shown) {
      this.shown = gallery;
      this.index = 0;
      this.moved = false;
      this.fallback.reset();
    }
  }

  override updated(changed: PropertyValues): void {
    // The first render starts at photo 1, where the track already is: measuring now would force
    // a layout in the middle of the page's own rendering.
    if (!changed.has('index') || (changed.get('index') === undefined && this.index === 0)) return;
    // To a neighbour: smoothly, unless the reader prefers reduced motion (the stylesheet's
    // scroll-behavior decides). Further: at once, not sliding past (and loading) every photo between.
    const behavior = Math.abs(this.index - ((changed.get('index') as number | undefined) ?? 0)) > 1 ? 'instant' : undefined;
    const track = this.track;
    const left = this.index * (track?.clientWidth ?? 0) * (this.isRtl() ? -1 : 1);
    if (track && Math.abs(track.scrollLeft - left) > 1) track.scrollTo({ left, behavior });
    // The current thumbnail to the middle of its row (measured on screen, so right-to-left works too).
    const strip = this.strip;
    const thumbnail = this.moved ? this.thumbnails[this.index]?.getBoundingClientRect() : undefined;
    if (strip && thumbnail) {
      const row = strip.getBoundingClientRect();
      strip.scrollBy({ left: thumbnail.left - row.left - (row.width - thumbnail.width) / 2, behavior });
    }
  }

  /** Shows the photo at `index` (from 0; it wraps around), as the reader's buttons do. */
  show(index: number): void {
    const count = this.shown?.images.length ?? 0;
    if (count === 0) return;
    this.moved = true;
    this.index = ((index % count) + count) % count;
  }

  private isRtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  /** Moves, and keeps focus on what stands for the current photo if it was on the one just left. */
  private go(index: number): void {
    const focused = this.shadowRoot!.activeElement;
    const inThumbnails = focused?.classList.contains('thumbnail');
    const inSlide = focused?.closest('.slide');
    this.show(index);
    if (!inThumbnails && !inSlide) return;
    void this.updateComplete.then(() => {
      // A broken photo's button is hidden under its panel: the panel's retry button stands for it.
      const slide = this.zoomButtons[this.index]?.closest('.slide');
      const target = inThumbnails ? this.thumbnails[this.index] : (this.fallback.retryButtonIn(slide) ?? this.zoomButtons[this.index]);
      // No scrolling to it: the track's own smooth scroll brings the slide in.
      target?.focus({ preventScroll: true });
    });
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    const move = KEYS[event.key];
    const count = this.shown?.images.length ?? 0;
    if (!move || count < 2 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.go(move(this.index, count - 1, this.isRtl() ? -1 : 1));
  };

  /** After a swipe (or any scroll) comes to rest, the snapped slide is the current one. */
  private readonly onScrollEnd = () => {
    const track = this.track;
    if (!track?.clientWidth) return;
    const index = Math.round(Math.abs(track.scrollLeft) / track.clientWidth);
    if (index !== this.index) this.show(index);
  };

  override render() {
    const gallery = this.data.value;
    if (!gallery || gallery.images.length === 0) return renderStatus(this.data, this.localize);
    const { images, caption } = gallery;
    const several = images.length > 1;
    const current = images[this.index] ?? images[0];
    const showCaption = caption && !images.some((image) => image.caption === caption);
    return html`<div
      part="gallery"
      class="gallery"
      role="group"
      aria-label=${caption || this.localize.term('gallery')}
      @keydown=${this.onKeydown}
    >
      <div part="track" class="track" @scrollend=${this.onScrollEnd}>
        ${images.map((image, index) => this.renderSlide(image, index))}
      </div>
      ${several ? this.renderControls(this.moved) : nothing}
      ${several ? this.renderThumbnails(images) : nothing}
      ${showCaption ? html`<p part="gallery-caption" class="gallery-caption">${caption}</p>` : nothing}
      ${renderLightbox(this.viewer, this.localize, current, several ? this.renderControls(this.moved) : nothing)}
    </div>`;
  }

  private renderSlide(image: Image, index: number) {
    return html`<figure part="slide" class="slide" .inert=${index !== this.index}>
      ${this.fallback.renderMedia(image, { onZoom: () => this.viewer.show() })}
      ${image.caption || image.credit ? html`<figcaption class="figcaption">${renderCaption(image, this.localize)}</figcaption>` : nothing}
    </figure>`;
  }

  /** Previous, counter, next: under the photos, and again in the lightbox. */
  private renderControls(live: boolean) {
    const count = this.shown?.images.length ?? 0;
    const position = this.index + 1;
    return html`<div part="controls" class="controls">
      <button part="previous-button" class="nav" type="button" aria-label=${this.localize.term('previousPhoto')} @click=${() => this.show(this.index - 1)}>
        <span aria-hidden="true">‹</span>
      </button>
      <p part="counter" class="counter" aria-live=${live ? 'polite' : 'off'} aria-atomic="true">
        <span aria-hidden="true">${this.localize.term('photoCounter', position, count)}</span>
        <span class="visually-hidden">${this.localize.term('photoNumber', position, count)}</span>
      </p>
      <button part="next-button" class="nav" type="button" aria-label=${this.localize.term('nextPhoto')} @click=${() => this.show(this.index + 1)}>
        <span aria-hidden="true">›</span>
      </button>
    </div>`;
  }

  private renderThumbnails(images: Image[]) {
    return html`<div part="thumbnails" class="thumbnails" role="group" aria-label=${this.localize.term('thumbnails')}>
      ${images.map((image, index) => {
        const current = index === this.index;
        return html`<button
          part="thumbnail"
          class="thumbnail"
          type="button"
          tabindex=${current ? 0 : -1}
          aria-current=${ifDefined(current ? 'true' : undefined)}
          aria-label=${this.localize.term('photoNumber', index + 1, images.length)}
          @click=${() => this.go(index)}
        >
          <img src=${image.src} srcset=${ifDefined(srcsetOf(image))} sizes="5rem" alt="" loading="lazy" decoding="async" />
        </button>`;
      })}
    </div>`;
  }
}
