/**
 * URL checks for untrusted documents. A URL is accepted when it is absolute http(s) or relative;
 * every other scheme (`javascript:`, `data:`, `vbscript:`, `file:`, `blob:` …) is refused, including
 * the obfuscated spellings browsers still honour (`" JaVaScRiPt:"`, `"java\tscript:"`).
 */
import { preview } from './reader.js';

/** The outcome of `resolveUrl`: the URL to use, or why there is none. */
export type UrlResult = { ok: true; url: string } | { ok: false; message: string };

/**
 * Browsers ignore leading and trailing C0 controls and spaces, and tabs and newlines anywhere,
 * before they look for the scheme (WHATWG URL Standard, "basic URL parser"); removing them first
 * makes us see the scheme the browser would see.
 */
const TABS_AND_NEWLINES = /[\t\n\r]/g;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const WEB_SCHEMES = new Set(['http', 'https']);

/**
 * Checks a URL from a document and makes it absolute when it can.
 *
 * - Absolute http(s) URLs come back normalized (`new URL(url).href`).
 * - Relative URLs resolve against `baseUrl` when one is given, else they come back as written
 *   (minus the ignored characters above), for the page to resolve.
 * - Anything else, or an empty URL, is refused with a message saying why.
 */
export function resolveUrl(value: string, baseUrl?: string): UrlResult {
  const url = trimControls(value).replace(TABS_AND_NEWLINES, '');
  if (url === '') return { ok: false, message: 'Must be a URL, not an empty string.' };
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && !WEB_SCHEMES.has(scheme)) {
    return { ok: false, message: `Must be an http(s) or relative URL; ${preview(`${scheme}:`)} URLs are not allowed.` };
  }
  if (scheme === undefined && baseUrl === undefined) return { ok: true, url };
  const parsed = parseUrl(url, baseUrl);
  if (parsed === undefined) return { ok: false, message: 'Is not a valid URL.' };
  // A relative URL takes the base's scheme, so the base must be a web URL as well.
  if (!WEB_SCHEMES.has(parsed.protocol.slice(0, -1))) {
    return { ok: false, message: 'Must resolve to an http(s) URL.' };
  }
  return { ok: true, url: parsed.href };
}

/** True for an absolute http(s) URL: what `ParseOptions.baseUrl` must be. */
export function isAbsoluteWebUrl(value: string): boolean {
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  return scheme !== undefined && WEB_SCHEMES.has(scheme) && parseUrl(value) !== undefined;
}

/**
 * The form of a URL used to tell whether two links lead to the same article: absolute, without
 * fragment, without `utm_*` tracking parameters and without a trailing slash. Returns undefined when
 * the URL is refused by `resolveUrl` or, being relative, cannot be made absolute without `baseUrl`.
 *
 * @example normalizeUrl('/a/?utm_source=x#top', 'https://news.example/') === 'https://news.example/a'
 */
export function normalizeUrl(value: string, baseUrl?: string): string | undefined {
  const resolved = resolveUrl(value, baseUrl);
  const url = resolved.ok ? parseUrl(resolved.url) : undefined;
  if (url === undefined) return undefined;
  const kept = [...url.searchParams].filter(([name]) => !name.toLowerCase().startsWith('utm_'));
  // Always re-serialized, so "a%20b" and "a+b" compare equal whether or not a utm_ was removed.
  const query = new URLSearchParams(kept).toString();
  const path = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname;
  return `${url.origin}${path}${query === '' ? '' : `?${query}`}`;
}

/** Removes leading and trailing C0 controls and spaces (a loop: a regex for this can go quadratic). */
function trimControls(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end -= 1;
  return value.slice(start, end);
}

function parseUrl(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}
