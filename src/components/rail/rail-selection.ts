import type { TemplateResult } from 'lit';
import type { ArticleRef } from '../../format/types.js';
import { articleKeys, ShownItems } from './shown-items.js';

/** One card of a rail. */
export interface RailEntry {
  /** Unique in the rail: the article's id, else its normalized URL. */
  key: string;
  item: ArticleRef;
  /** The rendered card, kept until the card options change, so re-renders only compare values. */
  template?: TemplateResult;
}

/**
 * The articles a rail shows, in order: each article once on the whole page (see `ShownItems`),
 * never the page's own article, and no more than the rail's limit. Pages are added as they
 * arrive, so "See more" only looks at the new page's items.
 */
export class RailSelection {
  /** Every card, in order. */
  entries: RailEntry[] = [];
  /**
   * The same cards, grouped by the page that brought them. A rail renders each group on its own,
   * so "See more" renders the new page's cards without going over the ones already shown.
   */
  pages: RailEntry[][] = [];
  private readonly shown = new ShownItems();
  private excluded = new Set<string>();

  /** Starts over with nothing shown, skipping from now on the articles with the `excluded` keys. */
  reset(excluded: readonly string[] = []): void {
    this.shown.clear();
    this.entries = [];
    this.pages = [];
    this.excluded = new Set(excluded);
  }

  /** Adds the items not shown yet, here or elsewhere on the page, up to `limit` in all; returns how many. */
  add(items: readonly ArticleRef[], limit = Infinity): number {
    const page: RailEntry[] = [];
    for (const item of items) {
      if (this.entries.length >= limit) break;
      const keys = articleKeys(item);
      if (this.shown.has(keys) || keys.some((key) => this.excluded.has(key))) continue;
      this.shown.add(keys);
      const entry = { key: keys[0], item };
      this.entries.push(entry);
      page.push(entry);
    }
    if (page.length > 0) this.pages.push(page);
    return page.length;
  }

  /** Shows nothing and gives up every claim on the page's registry. */
  clear(): void {
    this.reset();
  }
}
