import type { LoadError } from '../data/types.js';

/**
 * Fired by every element when its data could not be loaded or is not valid; the element shows
 * its error panel. `detail.kind` says why (`network`, `http`, `timeout`, `too-large`, `parse`, or `image` for a photo that did not load),
 * `detail.errors` lists the parser's problems for an invalid document.
 */
export class NewsErrorEvent extends Event {
  readonly detail: LoadError;

  constructor(error: LoadError) {
    super('news-error', { bubbles: true, composed: true });
    this.detail = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-error': NewsErrorEvent;
  }
}
