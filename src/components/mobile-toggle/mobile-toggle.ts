import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { NewsLayoutChangeEvent } from '../../events/news-layout-change.js';
import { LocalizeController } from '../../i18n/localize.js';
import { LayoutController } from '../../layout/layout-controller.js';
import { getLayoutMode, LAYOUT_MODES, setLayoutMode, subscribeLayout, type LayoutMode } from '../../layout/layout-store.js';
import { tokens } from '../../styles/tokens.js';
import styles from './mobile-toggle.styles.js';

/**
 * Switches every news element on the page between the mobile and the desktop layout, like the
 * "Phiên bản di động" link at the foot of a newspaper page. The button says which version it
 * gives ("Phiên bản di động" on the desktop layout, "Phiên bản máy tính" on the mobile one); its
 * name changes with the state, so it is a plain button, not a pressed toggle (WAI-ARIA APG, Button
 * pattern: a toggle's label must not change).
 *
 * Choosing sets `data-news-layout` on `<html>`, keeps the choice in localStorage under
 * `news-widgets:layout` (for this page only where storage is refused), and reaches every toggle
 * on the page and other tabs. Without a `mode` attribute, the reader's kept choice applies.
 *
 * @tagname news-mobile-toggle
 * @summary The "Phiên bản di động" / "Phiên bản máy tính" switch for the whole page.
 *
 * @csspart button - The button.
 *
 * @cssproperty [--news-font-body] - Font of the button.
 * @cssproperty [--news-color-link] - Color of the button's text.
 * @cssproperty [--news-focus-ring] - Outline of the focused button.
 * @cssproperty [--news-color-border] - The button's border.
 * @cssproperty [--news-radius] - The button's corner radius.
 * @cssproperty [--news-space-s] - The button's padding above and below.
 * @cssproperty [--news-space-m] - The button's padding at the sides.
 *
 * @fires news-layout-change - The reader switched; `detail` is `{ layout, mode }`.
 */
export class NewsMobileToggle extends LitElement {
  static override styles = [tokens, styles];

  private readonly localize = new LocalizeController(this);
  private readonly page = new LayoutController(this);
  private unsubscribe?: () => void;
  /** The mode the page last had, so a change of `mode` by the page author can be told from the store's. */
  private pageMode: LayoutMode = 'auto';

  /**
   * The page's layout mode: `auto` (follows the viewport), `mobile` or `desktop`. Reflects the
   * reader's choice; setting it chooses for the whole page.
   */
  @property({ reflect: true }) mode: LayoutMode = 'auto';

  override connectedCallback(): void {
    super.connectedCallback();
    // A mode written in the markup is the page author's choice; otherwise the reader's kept one.
    if (this.hasAttribute('mode')) this.choose(this.mode);
    this.pageMode = this.mode = getLayoutMode();
    this.unsubscribe = subscribeLayout((_layout, mode) => {
      this.pageMode = this.mode = mode;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('mode') && this.mode !== this.pageMode) this.choose(this.mode);
  }

  private choose(mode: LayoutMode): void {
    this.pageMode = LAYOUT_MODES.includes(mode) ? mode : 'auto';
    setLayoutMode(this.pageMode);
  }

  private readonly onClick = () => {
    const next = this.page.layout === 'mobile' ? 'desktop' : 'mobile';
    this.choose(next);
    this.dispatchEvent(new NewsLayoutChangeEvent(next, next));
  };

  override render() {
    const label = this.localize.term(this.page.layout === 'mobile' ? 'toDesktop' : 'toMobile');
    return html`<button part="button" type="button" @click=${this.onClick}>${label}</button>`;
  }
}
