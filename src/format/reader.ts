import type { ParseResult, Problem } from './types.js';

/**
 * Reads one value found at `path`, recording problems on `reader`. Returns the clean value, or
 * undefined when the value is unusable (an error was recorded) or skipped (a warning was).
 */
export type Check<T> = (reader: Reader, value: unknown, path: string) => T | undefined;

/** Collects the errors and warnings of one parse, and carries what every check needs to know. */
export class Reader {
  readonly errors: Problem[] = [];

  /**
   * @param baseUrl absolute http(s) URL that relative URLs resolve against, if known.
   * @param warnings shared with the parent reader, so warnings of dropped entries still surface.
   */
  constructor(
    readonly baseUrl: string | undefined,
    readonly warnings: Problem[] = [],
  ) {}

  /** Records an error; returns undefined so a check can `return reader.error(…)`. */
  error(path: string, message: string): undefined {
    this.errors.push({ path, message });
    return undefined;
  }

  warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  /**
   * Runs `check` on its own: when it finds errors, they are kept as warnings and the value is
   * left out (undefined). See `droppable` in fields.ts.
   */
  readOrDrop<T>(check: Check<T>, value: unknown, path: string): T | undefined {
    const inner = new Reader(this.baseUrl, this.warnings);
    const result = check(inner, value, path);
    if (inner.errors.length === 0) return result;
    for (const problem of inner.errors) this.warn(problem.path, `${problem.message} ${path} was left out.`);
    return undefined;
  }

  /** The parse result: the value with the warnings, or every error found. */
  finish<T>(value: T | undefined): ParseResult<T> {
    if (this.errors.length > 0) return { ok: false, errors: this.errors };
    // Every check that returns undefined records why; this guards against a check that forgot to.
    if (value === undefined) return failure('', 'The document could not be read.');
    return { ok: true, value, warnings: this.warnings };
  }
}

/** A result that carries only errors; it fits every `ParseResult`. */
export type Failure = { ok: false; errors: Problem[] };

/** A failed result with a single error. */
export function failure(path: string, message: string): Failure {
  return { ok: false, errors: [{ path, message }] };
}

/** The message of something thrown, whatever was thrown (reading it must not throw either). */
export function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/** A value as messages show it: short strings quoted, long ones cut, numbers as written. */
export function preview(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return describe(value);
  return value.length > PREVIEW_LENGTH ? `${JSON.stringify(value.slice(0, PREVIEW_LENGTH))}…` : JSON.stringify(value);
}

/** Long enough to recognize a value, short enough that a 1 MB string makes no 1 MB message. */
const PREVIEW_LENGTH = 40;

/** "a number", "an array", "null"…: what a value is, for error messages. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}
