/** What every public parser shares: limits, loading, the reader, and the promise never to throw. */
import { loadJson } from './json-input.js';
import { resolveLimits } from './limits.js';
import { failure, messageOf, Reader, type Check } from './reader.js';
import type { ParseOptions, ParseResult } from './types.js';
import { isAbsoluteWebUrl } from './urls.js';

/**
 * Runs a parse and turns any exception into an error at path "": the parsers are called on
 * untrusted input from element code that must never throw into the host page. Exceptions can
 * still come from outside our code, e.g. a getter or a Proxy in a value built in JavaScript.
 */
export function guard<T>(parse: () => ParseResult<T>): ParseResult<T> {
  try {
    return parse();
  } catch (error) {
    return failure('', `The document could not be read: ${messageOf(error)}`);
  }
}

/** Parses JSON text or a value with `check`, the way every JSON parser of this module works. */
export function runParser<T>(input: unknown, options: ParseOptions | undefined, check: Check<T>): ParseResult<T> {
  return guard(() => {
    const loaded = loadJson(input, resolveLimits(options));
    if (!loaded.ok) return loaded;
    const reader = createReader(options);
    return reader.finish(check(reader, loaded.value, ''));
  });
}

/**
 * A reader for one parse. A `baseUrl` that is not an absolute http(s) URL is ignored with a
 * warning: relative URLs then stay relative, as when there is no base URL at all.
 */
export function createReader(options: ParseOptions | undefined): Reader {
  const baseUrl = options?.baseUrl;
  if (baseUrl === undefined || (typeof baseUrl === 'string' && isAbsoluteWebUrl(baseUrl))) return new Reader(baseUrl);
  const reader = new Reader(undefined);
  reader.warn('', 'options.baseUrl is not an absolute http(s) URL, so relative URLs were left relative.');
  return reader;
}
