import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Image } from '../../format/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { renderCaption, spokenAlt, srcsetOf } from './image-text.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface LightboxOptions {
  /** The element's `<dialog>`, rendered by `renderLightbox`. */
  dialog(): HTMLDialogElement | null | undefined;
  /** Where focus goes back to when the lightbox closes: what opened it, or what stands for it now. */
  opener(): HTMLElement | null | undefined;
}

/** Page scrolling is locked while any lightbox is open; the page's own setting comes back after. */
let locks = 0;
let pageOverflow = '';

function lockScrolling(): void {
  const root = document.documentElement;
  if (locks++ === 0) pageOverflow = root.style.overflow;
  // CSSOM, not a style attribute: allowed under a strict style-src.
  root.style.overflow = 'hidden';
}

function unlockScrolling(): void {
  if (--locks === 0) document.documentElement.style.overflow = pageOverflow;
}

/**
 * Shows images large in a native modal `<dialog>`: focus moves into it (to its close button) and
 * comes back to the opener on close, Esc closes it (the dialog's own `cancel`), the page behind is
 * inert and does not scroll. Its content is rendered only while it is open, so the large image
 * loads only when asked for.
 */
export class LightboxController implements ReactiveController {
  /** True while the lightbox is open (or opening). */
  open = false;
  /** This lightbox holds one of the page's scroll locks. */
  private locked = false;

  constructor(
    private readonly host: Host,
    private readonly options: LightboxOptions,
  ) {
    host.addController(this);
  }

  async show(): Promise<void> {
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.options.dialog();
    if (!dialog?.isConnected || dialog.open) return;
    if (!this.locked) lockScrolling();
    this.locked = true;
    dialog.showModal();
  }

  close(): void {
    this.options.dialog()?.close();
  }

  hostDisconnected(): void {
    // A dialog leaving the page leaves the top layer without a close event.
    this.open = false;
    this.unlock();
  }

  /** The dialog's `close` listener. */
  readonly onClose = (): void => {
    // Opened again before this event came: it stays open.
    if (this.options.dialog()?.open) return;
    this.open = false;
    this.unlock();
    this.host.requestUpdate();
    this.options.opener()?.focus();
  };

  /** The dialog fills the screen: a click on its empty area, beside the image, closes it. */
  readonly onClick = (event: MouseEvent): void => {
    if (event.target === event.currentTarget) this.close();
  };

  private unlock(): void {
    if (this.locked) unlockScrolling();
    this.locked = false;
  }
}

/**
 * The lightbox's `<dialog>`: close button, the image as large as the screen allows, `controls`
 * (the gallery's paging), and the caption, which describes the dialog so it is read on opening.
 */
export function renderLightbox(
  lightbox: LightboxController,
  localize: LocalizeController,
  image: Image | undefined,
  controls: TemplateResult | typeof nothing = nothing,
) {
  const content = lightbox.open && image;
  return html`<dialog
    part="lightbox"
    class="lightbox"
    aria-label=${localize.term('photoViewer')}
    aria-describedby=${ifDefined(content && (image.caption || image.credit) ? 'lightbox-caption' : undefined)}
    @close=${lightbox.onClose}
    @click=${lightbox.onClick}
  >
    ${content
      ? html`<button part="close-button" class="close" type="button" aria-label=${localize.term('close')} @click=${() => lightbox.close()}>
            <span aria-hidden="true">×</span>
          </button>
          <img class="lightbox-image" src=${image.src} srcset=${ifDefined(srcsetOf(image))} sizes="100vw" alt=${spokenAlt(image)} />
          ${controls}
          <p id="lightbox-caption" class="lightbox-caption">${renderCaption(image, localize)}</p>`
      : nothing}
  </dialog>`;
}
