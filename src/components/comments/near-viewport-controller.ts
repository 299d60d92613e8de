import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Tells when the host comes near the viewport (within `margin`), once: `near` turns true and stays
 * true, and the host re-renders. Where IntersectionObserver is missing, the host counts as near.
 */
export class NearViewportController implements ReactiveController {
  near = false;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: Host,
    private readonly margin = '400px 0px',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer || this.near) return;
    if (typeof IntersectionObserver === 'undefined') return this.arrive();
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.arrive();
    }, { rootMargin: this.margin });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private arrive(): void {
    this.hostDisconnected();
    this.near = true;
    this.host.requestUpdate();
  }
}
