import type { Layout, LayoutMode } from '../layout/layout-store.js';

/**
 * Fired by `<news-mobile-toggle>` when the reader switches the page's layout. `layout` is the
 * layout now in effect; `mode` the choice that is kept (`mobile`, `desktop` or `auto`).
 */
export class NewsLayoutChangeEvent extends Event {
  readonly detail: { layout: Layout; mode: LayoutMode };

  constructor(layout: Layout, mode: LayoutMode) {
    super('news-layout-change', { bubbles: true, composed: true });
    this.detail = { layout, mode };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-layout-change': NewsLayoutChangeEvent;
  }
}
