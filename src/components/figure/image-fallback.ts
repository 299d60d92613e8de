import { html, nothing, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NewsErrorEvent } from '../../events/news-error.js';
import type { Image } from '../../format/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { spokenAlt, srcsetOf } from './image-text.js';

type Host = ReactiveControllerHost & HTMLElement;

interface ImageListeners {
  load(event: Event): void;
  error(event: Event): void;
}

export interface MediaOptions {
  /** The `sizes` of the photo's `srcset`; default `auto, 100vw`. */
  sizes?: string;
  /** Default `lazy`. */
  loading?: 'lazy' | 'eager';
  fetchPriority?: 'high' | 'low' | 'auto';
  /** Puts the photo in a button (part `zoom-button`) that opens the lightbox. */
  onZoom?: () => void;
}

/**
 * An element's photos, and for each whose file did not load the panel shown in its place: the alt
 * text (or the caption), "Không tải được ảnh." and a retry button. One photo in `<news-figure>`, one
 * per slide in `<news-gallery>`, alike in both. A photo that fails fires `news-error` (`kind:
 * 'image'`), and focus on it moves to the retry button; the retry button asks for the file again;
 * when it arrives the panel goes, and the focus the panel had moves to the photo.
 *
 * `renderMedia` writes the photo in a `.media` box, with the `failed` class while it is broken (see
 * `imageFallbackStyles`), and the panel in the same box:
 *
 * @example
 * ```ts
 * html`<figure>${this.fallback.renderMedia(image, { onZoom: () => this.viewer.show() })}</figure>`;
 * ```
 */
export class ImageFallback {
  private broken = new Set<Image>();
  /** The listeners of each photo, kept so Lit never re-binds them. */
  private listenersOf = new WeakMap<Image, ImageListeners>();

  constructor(
    private readonly host: Host,
    private readonly localize: LocalizeController,
  ) {}

  /** Forgets every failure: the element shows other photos now. */
  reset(): void {
    if (this.broken.size > 0) this.broken = new Set();
  }

  /** The photo of `image` in its `.media` box, and the panel over it while its file is broken. */
  renderMedia(image: Image, { sizes = 'auto, 100vw', loading = 'lazy', fetchPriority, onZoom }: MediaOptions = {}) {
    const alt = spokenAlt(image);
    const srcset = srcsetOf(image);
    const on = this.listeners(image);
    const broken = this.broken.has(image);
    const photo = html`<img
      part="image"
      class="image"
      src=${image.src}
      srcset=${ifDefined(srcset)}
      sizes=${ifDefined(srcset && sizes)}
      width=${ifDefined(image.width)}
      height=${ifDefined(image.height)}
      alt=${alt}
      loading=${loading}
      fetchpriority=${ifDefined(fetchPriority)}
      decoding="async"
      @load=${on.load}
      @error=${on.error}
    />`;
    return html`<div class=${broken ? 'media failed' : 'media'}>
      ${onZoom
        ? html`<button
            part="zoom-button"
            class="zoom"
            type="button"
            aria-haspopup="dialog"
            aria-label=${this.localize.term('viewLarger', alt)}
            @click=${onZoom}
          >
            ${photo}
          </button>`
        : photo}
      ${broken ? this.renderPanel(image, alt) : nothing}
    </div>`;
  }

  /** The retry button of the broken photo inside `container`, which stands for the photo's own button. */
  retryButtonIn(container: Element | null | undefined): HTMLElement | null {
    return container?.querySelector<HTMLElement>('.fallback .retry') ?? null;
  }

  /** The `load` and `error` listeners for the `<img>` of `image`, the same functions at every render. */
  private listeners(image: Image): ImageListeners {
    let listeners = this.listenersOf.get(image);
    if (!listeners) {
      listeners = { load: (event) => this.onLoad(image, event), error: (event) => this.onError(image, event) };
      this.listenersOf.set(image, listeners);
    }
    return listeners;
  }

  /** The panel in place of the broken `image`; `alt` is the alt text worth reading (`spokenAlt`). */
  private renderPanel(image: Image, alt: string) {
    // The caption is read in the figcaption already; here it is only seen.
    const text = alt || image.caption;
    return html`<div part="fallback" class="fallback">
      ${text ? html`<p class="fallback-text" aria-hidden=${ifDefined(alt ? undefined : 'true')}>${text}</p>` : nothing}
      <p class="fallback-message">${this.localize.term('imageError')}</p>
      <button part="retry-button" class="retry" type="button" @click=${this.onRetry}>${this.localize.term('retry')}</button>
    </div>`;
  }

  private onError(image: Image, event: Event): void {
    this.broken.add(image);
    const media = (event.target as HTMLImageElement).closest('.media');
    // The photo's button, if it had the focus, hides under the panel: the retry button takes it.
    const focused = this.host.shadowRoot?.activeElement;
    const hadFocus = focused && media?.contains(focused);
    this.host.requestUpdate();
    // Without scrolling: the panel is where the photo was, and a gallery's track is on its way there.
    if (hadFocus) void this.host.updateComplete.then(() => this.retryButtonIn(media)?.focus({ preventScroll: true }));
    this.host.dispatchEvent(new NewsErrorEvent({ kind: 'image', message: `The image ${image.src} could not be loaded.` }));
  }

  private onLoad(image: Image, event: Event): void {
    if (!this.broken.delete(image)) return;
    const img = event.target as HTMLImageElement;
    // The retry worked: focus was on the retry button, which goes away with the panel.
    const focused = this.host.shadowRoot?.activeElement;
    const hadFocus = focused && img.closest('.media')?.querySelector('.fallback')?.contains(focused);
    this.host.requestUpdate();
    if (hadFocus) void this.host.updateComplete.then(() => img.closest<HTMLElement>('.zoom, figure')?.focus({ preventScroll: true }));
  }

  private readonly onRetry = (event: Event) => {
    const img = (event.currentTarget as HTMLElement).closest('.media')?.querySelector('img.image');
    // Setting src again, even to the same URL, makes the browser fetch it again.
    if (img) img.setAttribute('src', img.getAttribute('src') ?? '');
  };
}
