import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { getLayout, subscribeLayout, type Layout } from './layout-store.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps an element in step with the page's layout: `layout` is `mobile` or `desktop`, and the
 * host carries `data-layout="mobile|desktop"`, which its styles follow. Write mobile rules with
 * `mobileStyles` (./mobile-styles.ts), not `:host([data-layout='mobile'])` alone: they then also
 * hold before this controller runs, as in server-rendered markup on a phone. The element
 * re-renders when the layout changes.
 */
export class LayoutController implements ReactiveController {
  layout: Layout = 'desktop';
  private unsubscribe?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.update(getLayout());
    this.unsubscribe = subscribeLayout((layout) => this.update(layout));
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private update(layout: Layout): void {
    if (this.host.getAttribute('data-layout') !== layout) this.host.setAttribute('data-layout', layout);
    if (layout === this.layout) return;
    this.layout = layout;
    this.host.requestUpdate();
  }
}
