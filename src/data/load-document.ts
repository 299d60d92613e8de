import { resolveLimits } from '../format/limits.js';
import type { ParseOptions, Problem } from '../format/types.js';
import type { FetchError } from './fetch-error.js';
import { fetchText } from './fetch-text.js';
import { nextTask } from './next-task.js';
import { formatProblem } from './problems.js';
import type { LoadError, ParseFunction } from './types.js';

/**
 * A fetched document at least this long (in characters) is parsed in one task and rendered in
 * the next: parsing one takes tens of milliseconds (a feed of 10,000 items, 1.3 MB: about 150 ms),
 * and with the first render after it in the same task the page would freeze for both
 * (bench/oversized.bench.mjs). Shorter documents render in the task that parsed them.
 */
const LONG_TEXT = 256 * 1024;

/** A document read: its value and the problems the parser skipped, or why there is no value. */
export type ReadResult<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; error: LoadError };

/** A document fetched and read; `url` (after redirects) is what its relative links resolved against. */
export type LoadResult<T> = (ReadResult<T> & { url: string }) | { ok: false; error: LoadError } | { ok: false; aborted: true };

export interface LoadOptions {
  signal: AbortSignal;
  /** Milliseconds the fetch may take, its retry included (default 10 s). */
  timeout?: number;
  /** Limits for the parser; `maxTextLength` (default 8 MB) also caps the bytes fetched. */
  limits?: Omit<ParseOptions, 'baseUrl'>;
}

/** Parses `input` (a value or a document's text); nothing the parse function does escapes. */
export function readDocument<T>(parse: ParseFunction<T>, input: unknown, options: ParseOptions): ReadResult<T> {
  try {
    const result = parse(input, options);
    if (result.ok) return { ok: true, value: result.value, warnings: result.warnings };
    return { ok: false, error: invalidDocument(result.errors) };
  } catch (error) {
    return { ok: false, error: { kind: 'parse', message: `The document could not be read (${String(error)}).` } };
  }
}

/**
 * Fetches `src` (timeout, one retry, size cap, no cookies: see `fetchText`) and reads it with
 * `parse`, its links resolved against the URL it came from. Every failure is a result, never an
 * exception; a load aborted through `signal` is not parsed and says so.
 */
export async function loadDocument<T>(src: string, parse: ParseFunction<T>, { signal, timeout, limits }: LoadOptions): Promise<LoadResult<T>> {
  let fetched: { text: string; url: string };
  try {
    fetched = await fetchText(src, { signal, timeout, maxBytes: resolveLimits(limits).maxTextLength });
  } catch (failure) {
    if (signal.aborted) return { ok: false, aborted: true };
    const { kind, message } = failure as FetchError;
    return { ok: false, error: { kind, message } };
  }
  if (signal.aborted) return { ok: false, aborted: true };
  const result = readDocument(parse, fetched.text, { ...limits, baseUrl: fetched.url });
  if (fetched.text.length >= LONG_TEXT) {
    await nextTask();
    if (signal.aborted) return { ok: false, aborted: true };
  }
  return { ...result, url: fetched.url };
}

function invalidDocument(errors: Problem[]): LoadError {
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return { kind: 'parse', message: `The document is not valid: ${formatProblem(errors[0])}${more}`, errors };
}
