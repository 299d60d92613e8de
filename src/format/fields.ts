/**
 * The building blocks of every reader: one function per kind of value (text, URL, date…), and
 * `required`/`optional` to read a named field with one of them. A check is called only for a value
 * that is present; `null` counts as absent, since many JSON producers write it for "no value".
 * String lengths, array lengths and nesting were already checked against the limits (see
 * value-limits.ts), so nothing here measures sizes.
 */
import { isIsoDateTime } from './dates.js';
import { childPath } from './path.js';
import { describe, preview, type Check, type Reader } from './reader.js';
import { resolveUrl } from './urls.js';

/** An object from the document; only its own properties are ever read. */
export type RawObject = Record<string, unknown>;

/** The value of one of the object's own fields; undefined when absent or null. */
export function fieldValue(raw: RawObject, key: string): unknown {
  const value = Object.hasOwn(raw, key) ? raw[key] : undefined;
  return value === null ? undefined : value;
}

/** Reads a field that may be absent. */
export function optional<T>(reader: Reader, raw: RawObject, key: string, path: string, check: Check<T>): T | undefined {
  const value = fieldValue(raw, key);
  return value === undefined ? undefined : check(reader, value, childPath(path, key));
}

/** Reads a field that must be present. */
export function required<T>(reader: Reader, raw: RawObject, key: string, path: string, check: Check<T>): T | undefined {
  const value = fieldValue(raw, key);
  if (value === undefined) return reader.error(childPath(path, key), 'Missing; this field is required.');
  return check(reader, value, childPath(path, key));
}

/** Any object (not an array). */
export const object: Check<RawObject> = (reader, value, path) =>
  isObject(value) ? value : reader.error(path, `Must be an object, not ${describe(value)}.`);

/** Any string, "" included. */
export const text: Check<string> = (reader, value, path) =>
  typeof value === 'string' ? value : reader.error(path, `Must be a string, not ${describe(value)}.`);

/** A string with at least one character that is not white space. */
export const nonBlankText: Check<string> = (reader, value, path) => {
  const string = text(reader, value, path);
  if (string === undefined || /\S/.test(string)) return string;
  return reader.error(path, 'Must not be empty.');
};

/** An absolute http(s) or relative URL, resolved against the reader's base URL. */
export const url: Check<string> = (reader, value, path) => {
  const string = text(reader, value, path);
  if (string === undefined) return undefined;
  const result = resolveUrl(string, reader.baseUrl);
  return result.ok ? result.url : reader.error(path, result.message);
};

/** An ISO 8601 date-time with offset, kept as written. */
export const dateTime: Check<string> = (reader, value, path) => {
  const string = text(reader, value, path);
  if (string === undefined || isIsoDateTime(string)) return string;
  return reader.error(path, 'Must be an ISO 8601 date and time with an offset, like "2020-07-15T10:00:00+07:00".');
};

export const boolean: Check<boolean> = (reader, value, path) =>
  typeof value === 'boolean' ? value : reader.error(path, `Must be true or false, not ${describe(value)}.`);

/** A whole number of at least 1 (image dimensions). */
export const positiveInteger = wholeNumberFrom(1);

/** A whole number of at least 0 (counts). */
export const count = wholeNumberFrom(0);

function wholeNumberFrom(minimum: number): Check<number> {
  return (reader, value, path) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= minimum
      ? value
      : reader.error(path, `Must be a whole number of at least ${minimum}, not ${preview(value)}.`);
}

/** One of a fixed list of values. */
export function oneOf<const T extends string | number>(allowed: readonly T[]): Check<T> {
  return (reader, value, path) =>
    allowed.includes(value as T)
      ? (value as T)
      : reader.error(path, `Must be one of ${allowed.map((entry) => JSON.stringify(entry)).join(', ')}, not ${preview(value)}.`);
}

/**
 * An array whose entries each pass `check`. Entries the check skips (undefined) are left out, so
 * unknown block types disappear from the result.
 */
export function listOf<T>(check: Check<T>, options: { nonEmpty?: boolean } = {}): Check<T[]> {
  return (reader, value, path) => {
    if (!Array.isArray(value)) return reader.error(path, `Must be an array, not ${describe(value)}.`);
    if (options.nonEmpty && value.length === 0) return reader.error(path, 'Must have at least one entry.');
    const entries: T[] = [];
    // A plain loop, not forEach: holes in a sparse array must be reported, not skipped.
    for (let index = 0; index < value.length; index += 1) {
      const entry = check(reader, value[index], childPath(path, index));
      if (entry !== undefined) entries.push(entry);
    }
    return entries;
  };
}

/**
 * `check`, except that a value with errors is left out and its errors become warnings: for feed
 * items and comments, where one bad entry must not hide the others.
 */
export function droppable<T>(check: Check<T>): Check<T> {
  return (reader, value, path) => reader.readOrDrop(check, value, path);
}

export function isObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Copies only the fields that have a value, so results hold no `key: undefined` entries and
 * compare cleanly with `deepEqual`.
 */
export function definedFields<T extends object>(fields: T): T {
  const result: Partial<T> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    if (fields[key] !== undefined) result[key] = fields[key];
  }
  return result as T;
}
