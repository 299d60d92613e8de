/**
 * Fired by every element when its data has loaded, whether there is something to show or the
 * element shows its empty state. `detail.value` is the parsed value (an Article, a Feed…).
 */
export class NewsLoadEvent<T = unknown> extends Event {
  readonly detail: { value: T };

  constructor(value: T) {
    super('news-load', { bubbles: true, composed: true });
    this.detail = { value };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': NewsLoadEvent;
  }
}
