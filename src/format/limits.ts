import type { ParseOptions } from './types.js';

/** The size limits every parser applies; each one can be overridden in `ParseOptions`. */
export interface Limits {
  /** Longest JSON or XML text accepted, in characters (UTF-16 code units). */
  maxTextLength: number;
  /** Longest single string value (or object key), in characters. */
  maxStringLength: number;
  /** Deepest nesting of arrays and objects; the document itself is level 1. */
  maxDepth: number;
  /** Most entries in one array. */
  maxArrayLength: number;
}

const MEGABYTE = 1024 * 1024;

/**
 * The limits used when `ParseOptions` does not override them: 8 MB of text, 1 MB per string,
 * nesting depth 64 and 20,000 entries per array. They are far above what a real article or feed
 * needs, and low enough that a hostile document is rejected quickly instead of freezing the page.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxTextLength: 8 * MEGABYTE,
  maxStringLength: MEGABYTE,
  maxDepth: 64,
  maxArrayLength: 20_000,
});

const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as (keyof Limits)[];

/**
 * The limits for one parse: each option that is a finite positive number replaces its default;
 * anything else keeps the default. (Finite, because the limits are also what stops the walk over
 * a circular value built in JavaScript.)
 */
export function resolveLimits(options: ParseOptions | undefined): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const name of LIMIT_NAMES) {
    const value = options?.[name];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) limits[name] = value;
  }
  return limits;
}
