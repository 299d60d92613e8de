import type { ArticleRef } from '../format/types.js';

/**
 * Fired by `<news-card>` and `<news-rail>` when a reader activates a card, before the browser
 * follows its link. `detail.item` is the card's ArticleRef, `detail.href` the URL the link opens
 * (with a rail's UTM parameters). Call `preventDefault()` to stop the navigation and handle the
 * click yourself, e.g. to open the article in a single-page app.
 */
export class NewsCardClickEvent extends Event {
  readonly detail: { item: ArticleRef; href: string };

  constructor(item: ArticleRef, href: string) {
    super('news-card-click', { bubbles: true, composed: true, cancelable: true });
    this.detail = { item, href };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-card-click': NewsCardClickEvent;
  }
}
