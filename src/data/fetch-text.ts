import { FetchError } from './fetch-error.js';
import { readCappedText } from './read-capped-text.js';

/** How long one load may take, retry included, unless an element says otherwise. */
const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_RETRY_DELAY = 500;
/** The longest timer a browser keeps (2³¹ − 1 ms, about 24 days); AbortSignal.timeout throws past its range. */
const MAX_TIMEOUT = 2_147_483_647;

export interface FetchTextOptions {
  /** Aborts the load: a newer `src` replaces it, or the element left the page. */
  signal: AbortSignal;
  /** Milliseconds for the whole load, retry included. Default 10 s (also for a value that is no positive number). */
  timeout?: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Milliseconds to wait before the one retry. Default 500 ms. */
  retryDelay?: number;
}

export interface FetchedText {
  text: string;
  /** The URL the text came from, after redirects: the base for its relative URLs. */
  url: string;
}

/**
 * Fetches a document as text, without cookies. A network failure or a 5xx answer is tried once
 * more after a short pause; a 4xx answer is not, since asking again would not change it. Rejects
 * with a `FetchError`, or with the signal's reason when the caller aborts.
 */
export async function fetchText(url: string, options: FetchTextOptions): Promise<FetchedText> {
  const { retryDelay = DEFAULT_RETRY_DELAY, maxBytes } = options;
  const timeout = usableTimeout(options.timeout, DEFAULT_TIMEOUT);
  const signal = AbortSignal.any([options.signal, AbortSignal.timeout(timeout)]);
  try {
    let response: Response;
    try {
      response = await request(url, signal);
    } catch (error) {
      if (!isWorthRetrying(error)) throw error;
      await pause(retryDelay, signal);
      response = await request(url, signal);
    }
    const text = await readCappedText(response, maxBytes);
    // A Response built by a fetch wrapper or a test has no URL of its own.
    return { text, url: response.url || new URL(url, document.baseURI).href };
  } catch (error) {
    if (error instanceof FetchError || options.signal.aborted) throw error;
    if (signal.aborted) throw new FetchError('timeout', `${url} did not load within ${timeout} ms.`);
    throw new FetchError('network', `${url} broke off while loading (${String(error)}).`);
  }
}

/**
 * `timeout` when it is a positive number of milliseconds, else `fallback`: it comes from an attribute,
 * and `AbortSignal.timeout()` throws on NaN, negative and huge values.
 */
export function usableTimeout(timeout: number | undefined, fallback: number): number {
  return typeof timeout === 'number' && timeout > 0 ? Math.min(timeout, MAX_TIMEOUT) : fallback;
}

async function request(url: string, signal: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit' });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new FetchError('network', `${url} could not be reached (${String(error)}).`);
  }
  if (!response.ok) {
    void response.body?.cancel();
    throw new FetchError('http', `${url} answered ${response.status} ${response.statusText}`.trim(), response.status);
  }
  return response;
}

function isWorthRetrying(error: unknown): boolean {
  if (!(error instanceof FetchError)) return false;
  return error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500);
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
