/**
 * Checks a whole value against the limits before any reader looks at it, so readers can recurse
 * freely over what passes. The walk is iterative (an explicit stack, no recursion): a value nested
 * 100,000 levels deep gets an error at the right path instead of a stack overflow.
 */
import type { Limits } from './limits.js';
import { childPath } from './path.js';
import type { Problem } from './types.js';

/**
 * Every place where `value` passes a limit, and circular references (possible in values built in
 * JavaScript, never in JSON text).
 *
 * `maxTextLength` applies too, to the size the value would have as JSON text (a lower estimate,
 * so JSON text already within the limit always passes): an object graph that shares sub-objects
 * can otherwise stand for more data than any document could hold, and take forever to walk.
 */
export function findLimitProblems(value: unknown, limits: Limits): Problem[] {
  return new LimitWalk(limits).run(value);
}

/** An object or array waiting to be entered, with its parent and its key there (undefined for the root). */
interface Frame {
  value: object;
  parent: Frame | undefined;
  key: string | number | undefined;
  depth: number;
}

type Key = string | number | undefined;

class LimitWalk {
  private readonly problems: Problem[] = [];
  private readonly stack: Frame[] = [];
  /** Estimated JSON length of what was visited so far. */
  private size = 0;

  constructor(private readonly limits: Limits) {}

  run(root: unknown): Problem[] {
    this.visit(root, undefined, undefined, 1);
    while (this.stack.length > 0 && this.size <= this.limits.maxTextLength) this.enter(this.stack.pop() as Frame);
    if (this.size > this.limits.maxTextLength) {
      this.problems.push({ path: '', message: `The document is too large: more than ${this.limits.maxTextLength} characters of JSON.` });
    }
    return this.problems;
  }

  /**
   * Checks one value; objects and arrays within the limits go on the stack, to be entered later.
   * (Parent and key are passed apart, not as an object, because this runs for every value.)
   */
  private visit(value: unknown, parent: Frame | undefined, key: Key, depth: number): void {
    const { maxStringLength, maxDepth, maxArrayLength } = this.limits;
    if (typeof value === 'string') {
      this.size += value.length + 2;
      if (value.length > maxStringLength) this.report(parent, key, `Too long: more than ${maxStringLength} characters.`);
    } else if (typeof value !== 'object' || value === null) {
      this.size += 1;
    } else if (depth > maxDepth) {
      // A circular value never ends, so it always ends up here; no need to track every object.
      const cycle = findBackReference({ value, parent, key, depth });
      if (cycle !== undefined) this.report(cycle.parent, cycle.key, 'Refers back to an object that contains it (a circular reference).');
      else this.report(parent, key, `Nested too deeply: more than ${maxDepth} levels of arrays and objects.`);
    } else if (Array.isArray(value) && value.length > maxArrayLength) {
      this.report(parent, key, `Too many entries: ${value.length}, more than ${maxArrayLength}.`);
    } else {
      this.stack.push({ value, parent, key, depth });
    }
  }

  private enter(frame: Frame): void {
    const { value, depth } = frame;
    const firstChild = this.stack.length;
    this.size += 2;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) this.visit(value[index], frame, index, depth + 1);
    } else {
      for (const key of Object.keys(value)) {
        this.size += key.length + 3;
        // Reported at the object: a path holding a huge key would be a huge error message.
        if (key.length > this.limits.maxStringLength) this.report(frame.parent, frame.key, `Has a key longer than ${this.limits.maxStringLength} characters.`);
        else this.visit((value as Record<string, unknown>)[key], frame, key, depth + 1);
      }
    }
    // The stack pops the last child first; reversing them makes problems come in document order.
    reverseFrom(this.stack, firstChild);
  }

  private report(parent: Frame | undefined, key: Key, message: string): void {
    this.problems.push({ path: pathOf(parent, key), message });
  }
}

/** The path of the value at `key` in `parent`, spelled out only when a problem needs it. */
function pathOf(parent: Frame | undefined, key: Key): string {
  const keys: (string | number)[] = key === undefined ? [] : [key];
  for (let frame = parent; frame?.key !== undefined; frame = frame.parent) keys.push(frame.key);
  return keys.reduceRight<string>((path, next) => childPath(path, next), '');
}

/** The first frame, from the root down to `frame`, that is the same object as one of its ancestors. */
function findBackReference(frame: Frame): Frame | undefined {
  const chain: Frame[] = [];
  for (let current: Frame | undefined = frame; current !== undefined; current = current.parent) chain.push(current);
  const seen = new Set<object>();
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const current = chain[index] as Frame;
    if (seen.has(current.value)) return current;
    seen.add(current.value);
  }
  return undefined;
}

function reverseFrom<T>(array: T[], start: number): void {
  for (let left = start, right = array.length - 1; left < right; left += 1, right -= 1) {
    const swap = array[left] as T;
    array[left] = array[right] as T;
    array[right] = swap;
  }
}
