import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadDocument } from '../../data/load-document.js';
import { warnSkipped } from '../../data/problems.js';
import type { LoadError } from '../../data/types.js';
import { parseFeed } from '../../format/feed.js';
import type { Feed, ParseOptions } from '../../format/types.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Where "See more" stands: nothing asked (`idle`), a page on its way (`loading`), or the last one failed (`error`). */
export const PAGING_STATES = ['idle', 'loading', 'error'] as const;
export type PagingState = (typeof PAGING_STATES)[number];

export interface PagingOptions {
  /** Called with each page that arrives, before the host re-renders. */
  onPage(page: Feed): void;
  /** Called when a page could not be loaded or read, before the host re-renders. */
  onError(error: LoadError): void;
  /** Reads the element's `timeout`: milliseconds a page may take, its retry included, read as each page starts. Default 10 s. */
  timeout?(): number | undefined;
  /** Limits for the parser; `maxTextLength` also caps the bytes fetched. */
  limits?: Omit<ParseOptions, 'baseUrl'>;
}

/**
 * Loads the further pages of a feed, one at a time, as "See more" asks for them: the first page
 * comes from the element's DataController; the pages after it come from here, through the same
 * fetch (timeout, one retry, size cap, no cookies) and parser, each page's links resolved against
 * that page's own URL. A failed page leaves the pages already loaded as they are.
 */
export class PagingController implements ReactiveController {
  state: PagingState = 'idle';
  /** Why the last page failed, in the `error` state. */
  error?: LoadError;
  /** The pages loaded so far, after the first. */
  pages: Feed[] = [];
  private loading?: AbortController;

  constructor(
    private readonly host: Host,
    private readonly options: PagingOptions,
  ) {
    host.addController(this);
  }

  /** Loads the page at `url` (the `next` of the last page); ignored while a page is on its way. */
  async load(url: string): Promise<void> {
    if (isServer || this.loading) return;
    const loading = new AbortController();
    this.loading = loading;
    this.settle('loading');
    const { limits } = this.options;
    const result = await loadDocument(url, parseFeed, { signal: loading.signal, timeout: this.options.timeout?.(), limits });
    if (this.loading !== loading || 'aborted' in result) return;
    this.loading = undefined;
    if (result.ok) {
      warnSkipped(this.host, url, result.warnings);
      this.pages = [...this.pages, result.value];
      this.options.onPage(result.value);
      this.settle('idle');
    } else {
      this.error = result.error;
      this.options.onError(result.error);
      this.settle('error');
    }
  }

  /** Forgets every page and stops the one on its way: the element shows another feed now. */
  reset(): void {
    this.abort();
    this.pages = [];
    this.state = 'idle';
    this.error = undefined;
  }

  hostDisconnected(): void {
    // A page cut off by leaving the page can be asked for again on return.
    if (this.loading) {
      this.abort();
      this.state = 'idle';
    }
  }

  private abort(): void {
    this.loading?.abort();
    this.loading = undefined;
  }

  private settle(state: PagingState): void {
    this.state = state;
    if (state !== 'error') this.error = undefined;
    this.host.requestUpdate();
  }
}
