import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { afterNextFrame } from './next-task.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface SliceOptions {
  /** Lists of up to this many items render whole, in one update: every normal document. */
  whole: number;
  /** How many items of a longer list the first update renders, and each later update adds. */
  slice: number;
}

/**
 * Renders a long list (thousands of body blocks or cards) a slice at a time, each slice in an
 * update of its own task after the frame that painted the one before, so that the page answers
 * input and paints between slices instead of freezing until the whole list is rendered. One
 * slice a frame: slices run back to back would leave their layout to pile up in the next frame
 * (measured: frames of 230–250 ms for three slices of long paragraphs). Lists no longer than
 * `whole` render in one update, as they would without it.
 *
 * The host calls `count(list, length)` from `render()` and renders that many items of the list
 * with `renderSlices`, each slice under a `guard`, so that a slice is rendered once and later
 * slices go over none of the earlier ones. A new list (another identity) starts over and drops the slices still
 * due for the old one. The host's `updateComplete` should also wait for the slices, so that it
 * still means "everything is shown":
 *
 * @example
 * ```ts
 * protected override async getUpdateComplete(): Promise<boolean> {
 *   return this.slices.afterSlices(await super.getUpdateComplete());
 * }
 * ```
 *
 * Server rendering renders every item, and so does the first update of an element whose shadow
 * root the server wrote (declarative shadow DOM): hydrating requires the first render to match
 * the server's DOM.
 */
export class SliceController implements ReactiveController {
  /** The list being shown; compared by identity. */
  private list?: unknown;
  /** How many of its items are rendered (or being rendered in this update); never more than `length`. */
  private shown = 0;
  private length = 0;
  /** Whether this update's render asked for a count: when not, the list is no longer shown. */
  private counted = false;
  /** The next slice, waiting for its frame; replaced or dropped to cancel it. */
  private next?: object;
  private idle?: { promise: Promise<void>; resolve(): void };
  /** The first update hydrates the server's DOM, which holds every item. */
  private hydrating: boolean;

  constructor(
    private readonly host: Host,
    private readonly options: SliceOptions,
  ) {
    host.addController(this);
    // A shadow root there before the element is even made is the server's.
    this.hydrating = !isServer && host.shadowRoot !== null;
  }

  /**
   * The first `shown` items of `list` (from `count`), a slice at a time, each slice behind a
   * `guard` keyed on its place and on `deps`: everything `render` reads besides its items.
   */
  renderSlices<T>(list: readonly T[], shown: number, deps: readonly unknown[], render: (items: T[]) => unknown): unknown[] {
    const { slice } = this.options;
    const slices = [];
    for (let start = 0; start < shown; start += slice) {
      const end = Math.min(start + slice, shown);
      slices.push(guard([list, start, end, ...deps], () => render(list.slice(start, end))));
    }
    return slices;
  }

  /** True while items of the list are still to be rendered, in later tasks. */
  private get pending(): boolean {
    return this.shown < this.length && this.host.isConnected;
  }

  /**
   * How many of the `length` items of `list` to render in this update; call it from `render()`.
   * Items added to a list whose items are all shown (a page of "See more") are rendered whole,
   * or sliced in turn when they are many.
   */
  count(list: unknown, length: number): number {
    this.counted = true;
    if (list !== this.list) {
      this.list = list;
      this.shown = 0;
      this.length = 0;
      this.next = undefined;
    }
    if (this.shown >= this.length) {
      const added = length - this.shown;
      const everything = isServer || this.hydrating || added <= this.options.whole;
      this.shown += everything ? added : this.options.slice;
    }
    this.shown = Math.min(this.shown, length);
    this.length = length;
    return this.shown;
  }

  /** Resolves once every item is rendered, or no slice is due any more (another list, the host off the page). */
  private rendered(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    this.idle ??= deferred();
    return this.idle.promise;
  }

  /**
   * For the host's `getUpdateComplete()`: `complete` (its own update's result) when no slice is
   * due, else the host's `updateComplete` once the slices and the updates they bring are done.
   */
  async afterSlices(complete: boolean): Promise<boolean> {
    if (!this.pending) return complete;
    await this.rendered();
    return this.host.updateComplete;
  }

  hostUpdate(): void {
    this.counted = false;
  }

  hostUpdated(): void {
    this.hydrating = false;
    if (!this.counted) {
      this.list = undefined;
      this.shown = this.length = 0;
      this.next = undefined;
    }
    if (this.pending) this.schedule();
    else this.settle();
  }

  hostConnected(): void {
    // Back on the page: the update after it goes on with the slices still due.
    if (this.shown < this.length) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.next = undefined;
    this.settle();
  }

  private schedule(): void {
    if (this.next) return;
    const next = {};
    this.next = next;
    void afterNextFrame().then(() => {
      if (this.next !== next) return;
      this.next = undefined;
      this.shown += this.options.slice;
      this.host.requestUpdate();
    });
  }

  private settle(): void {
    this.idle?.resolve();
    this.idle = undefined;
  }
}

function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
