import { isServer } from 'lit';

/**
 * The comment form's use of localStorage (drafts, the reader's name, comments awaiting moderation).
 * Storage that is missing, full or forbidden (private modes, sandboxed frames, blocked cookies) is
 * never an error: reads find nothing and writes say they failed, so callers can fall back.
 */

/** localStorage, or undefined where reading even the property throws (sandboxed frames, blocked cookies). */
export function storage(): Storage | undefined {
  try {
    return isServer ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** The JSON value kept under `key`; undefined when there is none, it is not JSON, or storage refuses. */
export function readStored(key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `value` as JSON under `key`, or removes the key for undefined; false when storage could not. */
export function writeStored(key: string, value: unknown): boolean {
  try {
    const store = storage();
    if (!store) return false;
    if (value === undefined) store.removeItem(key);
    else store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
