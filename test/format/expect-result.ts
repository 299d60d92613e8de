// Assertions on ParseResult shared by the format tests.
import { expect } from '@open-wc/testing';
import type { ParseResult, Problem } from '../../src/format/index.js';

/** The value of a successful result; fails the test, listing the errors, otherwise. */
export function expectOk<T>(result: ParseResult<T>): { value: T; warnings: Problem[] } {
  if (!result.ok) expect.fail(`expected ok, got errors: ${JSON.stringify(result.errors)}`);
  return result;
}

/** The errors of a failed result; fails the test otherwise. */
export function expectErrors<T>(result: ParseResult<T>): Problem[] {
  if (result.ok) expect.fail(`expected errors, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.errors;
}

/** The paths of a failed result's errors, in order. */
export function errorPaths<T>(result: ParseResult<T>): string[] {
  return expectErrors(result).map((problem) => problem.path);
}

/** The paths of a successful result's warnings, in order. */
export function warningPaths<T>(result: ParseResult<T>): string[] {
  return expectOk(result).warnings.map((problem) => problem.path);
}

/** Milliseconds `run` takes. */
export function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}
