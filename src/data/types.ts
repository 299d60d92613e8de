import type { ParseOptions, ParseResult, Problem } from '../format/types.js';

/**
 * Where an element's data stands: nothing to load yet (`idle`), on its way (`loading`), shown
 * (`ready`), loaded but with nothing to show (`empty`), or failed (`error`).
 */
export const DATA_STATES = ['idle', 'loading', 'ready', 'empty', 'error'] as const;
export type DataState = (typeof DATA_STATES)[number];

/** Why loading failed: the fetch (`network`, `http`, `timeout`, `too-large`), the document (`parse`), or a photo (`image`). */
export const LOAD_ERROR_KINDS = ['network', 'http', 'timeout', 'too-large', 'parse', 'image'] as const;
export type LoadErrorKind = (typeof LOAD_ERROR_KINDS)[number];

/** A failed load, as the `news-error` event reports it. */
export interface LoadError {
  kind: LoadErrorKind;
  /** For developers, in English; the element itself shows a localized message. */
  message: string;
  /** The parser's problems, for a document that is not valid (`kind: 'parse'`). */
  errors?: Problem[];
}

/**
 * Turns untrusted input — a JS value, or the text of a fetched or inline document — into a
 * value. `parseArticle` and `parseFeed` fit as they are; like them, it should never throw.
 */
export type ParseFunction<T> = (input: unknown, options: ParseOptions) => ParseResult<T>;

/** What the shared status UI needs to know about a load. */
export interface DataStatus {
  readonly state: DataState;
  readonly error?: LoadError;
  retry(): void;
}
