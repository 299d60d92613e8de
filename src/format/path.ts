/**
 * Paths name the place of a problem in a document, the way a JavaScript reader would reach it:
 * `title`, `body[3].image.src`, `""` for the whole document.
 */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The path of `key` inside the value at `parent`. Odd keys are quoted: `extra["a.b"]`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}
