import { ContextConsumer } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { NewsErrorEvent } from '../events/news-error.js';
import { NewsLoadEvent } from '../events/news-load.js';
import type { ParseOptions } from '../format/types.js';
import { ensureContextRoot, newsContext, type NewsContext } from './context.js';
import { readInlineJson } from './inline-json.js';
import { loadDocument, readDocument, type ReadResult } from './load-document.js';
import { warnSkipped } from './problems.js';
import type { DataState, DataStatus, LoadError, ParseFunction } from './types.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface DataControllerOptions<T> {
  /** Reads the element's JS property: the first source, used whenever it is not null or undefined. */
  value(): unknown;
  /** Reads the element's `src`: fetched when the property is not set. */
  src(): string | null | undefined;
  /** Turns every input — the property's value, or a document's text — into the element's value. */
  parse: ParseFunction<T>;
  /**
   * Picks the element's input out of the nearest `<news-provider>`, e.g. `(context) => context.article`.
   * Without it, the element does not look for a provider.
   */
  fromContext?(context: NewsContext): unknown;
  /** True for a valid value with nothing to show (a feed without items): the element shows its empty state. */
  isEmpty?(value: T): boolean;
  /**
   * Reads the element's `timeout`: milliseconds a fetch may take, its retry included. Read as each
   * load starts, so a change applies to the next one. Default 10 s.
   */
  timeout?(): number | undefined;
  /** Limits for the parser. `maxTextLength` (default 8 MB) also caps the bytes fetched. */
  limits?: Omit<ParseOptions, 'baseUrl'>;
}

/** The source in effect and what identifies its input, so an unchanged input is never parsed twice. */
type Input =
  | { from: 'property'; key: unknown }
  | { from: 'src'; key: string }
  | { from: 'inline'; key: string }
  | { from: 'context'; key: NewsContext }
  | { from: 'none'; key?: undefined };

interface Outcome<T> {
  state: DataState;
  value?: T;
  baseUrl?: string;
  error?: LoadError;
}

/**
 * Gives an element its data, from the first of these that is there: the JS property, the `src`
 * attribute (fetched), an inline `<script type="application/json">` child, the nearest
 * `<news-provider>`. Every input goes through the parse function, once per new input (a property
 * value is compared by identity: set a new object to show a change). Relative URLs resolve against
 * the URL a document was fetched from, else the page's base URL.
 *
 * The inline script is read when the element connects. A failure of any kind becomes the `error`
 * state, never an exception in the page. The host fires `news-load` once the data has loaded (also
 * when it is empty) and `news-error` when it failed, each after the render that shows it.
 *
 * @example
 * ```ts
 * private readonly localize = new LocalizeController(this);
 * private readonly data = new DataController<Article>(this, {
 *   value: () => this.article,
 *   src: () => this.src,
 *   parse: parseArticle,
 *   fromContext: (context) => context.article,
 * });
 *
 * override render() {
 *   const article = this.data.value;
 *   return article ? this.renderArticle(article) : renderStatus(this.data, this.localize);
 * }
 * ```
 */
export class DataController<T> implements ReactiveController, DataStatus {
  private outcome: Outcome<T> = { state: 'idle' };
  private input?: Input;
  private inlineJson?: string;
  /** The load in flight; replaced or aborted when the input changes or the element leaves the page. */
  private loading?: AbortController;
  /** The event for the last outcome, fired after the host has rendered it. */
  private pendingEvent?: Event;
  private readonly context?: ContextConsumer<typeof newsContext, Host>;

  constructor(
    private readonly host: Host,
    private readonly options: DataControllerOptions<T>,
  ) {
    host.addController(this);
    if (options.fromContext) this.context = new ContextConsumer(host, { context: newsContext, subscribe: true });
  }

  // The getters bring the data up to date first: Lit calls the host's willUpdate before
  // hostUpdate, and Lit SSR renders without calling hostUpdate at all.

  /** Where the data stands; see `DATA_STATES`. */
  get state(): DataState {
    this.sync();
    return this.outcome.state;
  }

  /** The parsed value, in the `ready` and `empty` states. */
  get value(): T | undefined {
    this.sync();
    return this.outcome.value;
  }

  /** Why loading failed, in the `error` state. */
  get error(): LoadError | undefined {
    this.sync();
    return this.outcome.error;
  }

  /** The URL the value's relative URLs were resolved against. */
  get baseUrl(): string | undefined {
    this.sync();
    return this.outcome.baseUrl;
  }

  /** Loads again from the same source: what the error panel's retry button does. */
  retry(): void {
    this.input = undefined;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (isServer) return;
    this.inlineJson = readInlineJson(this.host);
    if (this.options.fromContext) ensureContextRoot();
    // Back on the page: an update re-reads the inputs, and reloads a load that was cut off.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.loading) return;
    this.loading.abort();
    this.loading = undefined;
    // Load again if the element comes back.
    this.input = undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  hostUpdated(): void {
    const event = this.pendingEvent;
    this.pendingEvent = undefined;
    if (event) this.host.dispatchEvent(event);
  }

  private sync(): void {
    const input = this.currentInput();
    if (input.from === this.input?.from && input.key === this.input.key) return;
    this.input = input;
    this.loading?.abort();
    this.loading = undefined;
    switch (input.from) {
      case 'property':
      case 'inline':
        return this.accept(input.key, pageBaseUrl());
      case 'src':
        return void this.load(input.key);
      case 'context':
        return this.useContext(input.key);
      case 'none':
        return this.settle({ state: 'idle' });
    }
  }

  private currentInput(): Input {
    const value = this.options.value();
    if (value != null) return { from: 'property', key: value };
    const src = this.options.src();
    if (src) return { from: 'src', key: src };
    if (this.inlineJson !== undefined) return { from: 'inline', key: this.inlineJson };
    const context = this.context?.value;
    if (context) return { from: 'context', key: context };
    return { from: 'none' };
  }

  private async load(src: string): Promise<void> {
    this.settle({ state: 'loading' });
    if (isServer) return; // the browser loads it after hydration
    const loading = new AbortController();
    this.loading = loading;
    const { limits } = this.options;
    const result = await loadDocument(src, this.options.parse, { signal: loading.signal, timeout: this.options.timeout?.(), limits });
    // A newer input or a disconnect has replaced this load: its outcome must never show.
    if (this.loading !== loading || 'aborted' in result) return;
    this.loading = undefined;
    this.settle(this.outcomeOf(result, result.ok ? result.url : undefined));
  }

  private useContext(context: NewsContext): void {
    // The provider shows its own loading and error states; the elements inside it wait quietly.
    if (context.state !== 'ready') return this.settle({ state: 'idle' });
    const input = this.options.fromContext?.(context);
    if (input == null) return this.settle({ state: 'empty' });
    this.accept(input, context.baseUrl ?? pageBaseUrl());
  }

  /** Parses `input` and settles on the outcome. */
  private accept(input: unknown, baseUrl: string | undefined): void {
    const result = readDocument(this.options.parse, input, { ...this.options.limits, baseUrl });
    this.settle(this.outcomeOf(result, baseUrl));
  }

  private outcomeOf(result: ReadResult<T>, baseUrl: string | undefined): Outcome<T> {
    if (!result.ok) return { state: 'error', error: result.error };
    warnSkipped(this.host, 'its data', result.warnings);
    const empty = this.options.isEmpty?.(result.value) ?? false;
    return { state: empty ? 'empty' : 'ready', value: result.value, baseUrl };
  }

  private settle(outcome: Outcome<T>): void {
    this.outcome = outcome;
    this.pendingEvent = eventFor(outcome);
    this.host.requestUpdate();
  }
}

function eventFor({ state, value, error }: Outcome<unknown>): Event | undefined {
  if (error) return new NewsErrorEvent(error);
  return state === 'ready' || state === 'empty' ? new NewsLoadEvent(value) : undefined;
}

function pageBaseUrl(): string | undefined {
  return isServer ? undefined : document.baseURI;
}
