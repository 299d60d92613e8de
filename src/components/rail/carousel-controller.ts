import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface CarouselOptions {
  /** The scrolling row of cards, whose children are the cards; null when not rendered. */
  track(): HTMLElement | null | undefined;
  /** Whether the host is a carousel now; when it stops being one, its cards are all made usable again. */
  active(): boolean;
  /** The buttons that scroll back and on, which say when there is nothing to scroll to (`aria-disabled`). */
  buttons(): { previous?: HTMLElement | null; next?: HTMLElement | null };
}

/** Share of a card that must be in view for it to count as on-screen. */
const VISIBLE_RATIO = 0.5;

/**
 * The behaviour of a row of cards that scrolls sideways: cards out of view are `inert` (skipped by
 * Tab and screen readers, so keyboard users page with the buttons or the arrow keys), the
 * previous and next buttons are `aria-disabled` at either end, and the arrow keys, Home and End
 * move the focus from card to card, scrolling the focused card into view. It sets these on the
 * elements directly: they follow the scrolling, not the host's properties, and re-rendering the
 * host on every scroll would be wasted work.
 */
export class CarouselController implements ReactiveController {
  private observer?: IntersectionObserver;
  private observed = new WeakSet<Element>();
  private track?: HTMLElement;

  constructor(
    private readonly host: Host,
    private readonly options: CarouselOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (isServer) return;
    const track = this.options.active() ? this.options.track() ?? undefined : undefined;
    if (track !== this.track) this.attach(track);
    if (!track || !this.observer) return;
    for (const card of track.children) {
      if (this.observed.has(card)) continue;
      this.observed.add(card);
      this.observer.observe(card);
    }
    this.updateButtons();
  }

  hostDisconnected(): void {
    this.attach(undefined);
  }

  /** Scrolls the row by one view, back (-1) or on (1). */
  scroll(direction: -1 | 1): void {
    const track = this.track;
    if (!track) return;
    const sign = getComputedStyle(track).direction === 'rtl' ? -1 : 1;
    track.scrollBy({ left: direction * sign * track.clientWidth, behavior: scrollBehavior() });
  }

  private attach(track: HTMLElement | undefined): void {
    if (this.track) {
      this.track.removeEventListener('scroll', this.onScroll);
      this.track.removeEventListener('keydown', this.onKeyDown);
      for (const card of this.track.children) (card as HTMLElement).inert = false;
    }
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = new WeakSet();
    this.track = track;
    if (!track) return;
    this.observer = new IntersectionObserver(this.onIntersect, { root: track, threshold: [0, VISIBLE_RATIO, 1] });
    track.addEventListener('scroll', this.onScroll, { passive: true });
    track.addEventListener('keydown', this.onKeyDown);
  }

  private readonly onIntersect = (entries: IntersectionObserverEntry[]) => {
    const focused = this.host.shadowRoot?.activeElement;
    for (const { target, intersectionRatio } of entries) {
      const card = target as HTMLElement;
      // The focused card stays usable: making it inert would drop the focus to the page.
      card.inert = intersectionRatio < VISIBLE_RATIO && !(focused && card.contains(focused));
    }
  };

  private readonly onScroll = () => this.updateButtons();

  private updateButtons(): void {
    const track = this.track!;
    // scrollLeft runs negative in right-to-left rows.
    const scrolled = Math.abs(track.scrollLeft);
    const { previous, next } = this.options.buttons();
    previous?.setAttribute('aria-disabled', String(scrolled <= 1));
    next?.setAttribute('aria-disabled', String(scrolled + track.clientWidth >= track.scrollWidth - 1));
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const track = this.track!;
    const cards = [...track.children] as HTMLElement[];
    const current = cards.findIndex((card) => card.contains(this.host.shadowRoot!.activeElement));
    if (current < 0) return;
    const rtl = getComputedStyle(track).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let target: number;
    if (step !== undefined) target = current + step;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = cards.length - 1;
    else return;
    const card = cards[target];
    const link = card?.querySelector('a');
    event.preventDefault();
    if (!link) return;
    card.inert = false;
    link.focus({ preventScroll: true });
    card.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: scrollBehavior() });
  };
}

function scrollBehavior(): ScrollBehavior {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
