import type { LoadErrorKind } from './types.js';

/** A fetch that failed before its text could be parsed. */
export class FetchError extends Error {
  override readonly name = 'FetchError';

  constructor(
    readonly kind: Exclude<LoadErrorKind, 'parse'>,
    message: string,
    /** The HTTP status, for `kind: 'http'`. */
    readonly status?: number,
  ) {
    super(message);
  }
}
