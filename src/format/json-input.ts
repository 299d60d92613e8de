/**
 * Turns parser input (JSON text or an already-parsed value) into a value known to be within the
 * limits. Sizes are checked before the expensive steps: the text length before `JSON.parse`, the
 * value's shape before any reader walks it.
 */
import type { Limits } from './limits.js';
import { failure, messageOf, type Failure } from './reader.js';
import { findLimitProblems } from './value-limits.js';

/** A value that passed the limits, or the problems that stopped it. */
export type Loaded = { ok: true; value: unknown } | Failure;

/** Parses JSON text, or takes a value as it is, then checks it against the limits. */
export function loadJson(input: unknown, limits: Limits): Loaded {
  const loaded = typeof input === 'string' ? parseJsonText(input, limits) : { ok: true as const, value: input };
  return loaded.ok ? checkLimits(loaded.value, limits) : loaded;
}

/** Checks a value against the limits (see `findLimitProblems`). */
export function checkLimits(value: unknown, limits: Limits): Loaded {
  const problems = findLimitProblems(value, limits);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, value };
}

/**
 * The text without a leading byte order mark, or the problem when it is longer than
 * `maxTextLength`. Shared with the XML feed reader.
 */
export function acceptText(text: string, limits: Limits): { ok: true; text: string } | Failure {
  if (text.length > limits.maxTextLength) {
    return failure('', `The document is too large: ${text.length} characters, more than ${limits.maxTextLength}.`);
  }
  // A BOM is how some servers start UTF-8; fetch().text() drops it, a file read may not.
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function parseJsonText(input: string, limits: Limits): Loaded {
  const accepted = acceptText(input, limits);
  if (!accepted.ok) return accepted;
  try {
    // V8's JSON.parse is iterative, so deep nesting here is safe; findLimitProblems then rejects it.
    return { ok: true, value: JSON.parse(accepted.text) as unknown };
  } catch (error) {
    return failure('', `Not valid JSON: ${messageOf(error)}`);
  }
}
