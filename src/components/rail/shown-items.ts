/**
 * Which articles the rails of this page show, so that none shows an article another rail already
 * shows. One registry for the whole page (module state): rails are independent elements that
 * cannot see each other. The first rail to show an article keeps it.
 */
import { normalizeUrl } from '../../format/urls.js';

/** Every key shown on the page, and the rail's list that shows it. */
const shown = new Map<string, ShownItems>();

/**
 * The keys that identify an article: its id, and its normalized URL (absolute, no fragment, no
 * `utm_*`, no trailing slash). Two articles are the same when either matches: feeds of one
 * publisher in different formats give the same article different ids (a JSON id, an RSS guid)
 * but the same URL.
 */
export function articleKeys({ id, url }: { id?: string; url?: string }): string[] {
  const keys: string[] = [];
  if (id !== undefined) keys.push(`id:${id}`);
  if (url !== undefined) keys.push(`url:${comparableUrl(url)}`);
  return keys;
}

/**
 * An absolute http(s) URL with nothing for `normalizeUrl` to remove or re-serialize: no query,
 * fragment, credentials or trailing slash. The parser leaves most feed links like this, and
 * `normalizeUrl` parses a URL twice, which a rail of a thousand items notices (bench/). The URLs
 * here come from the parser, which writes absolute ones as `new URL(…).href` does.
 */
const PLAIN_URL = /^https?:\/\/[^/?#@]+\/[^?#@]*[^/?#@]$/;

function comparableUrl(url: string): string {
  if (PLAIN_URL.test(url)) return url;
  return normalizeUrl(url, globalThis.document?.baseURI) ?? url;
}

/**
 * Forgets every claim. A server renders one page after another in the same process
 * (news-widgets/ssr calls this around each render), and each page starts with nothing shown.
 */
export function forgetShownItems(): void {
  shown.clear();
}

/** The articles one rail shows: it claims them in the page-wide registry. */
export class ShownItems {
  private readonly keys = new Set<string>();

  /** True when any of `keys` is shown, by this rail or another one. */
  has(keys: readonly string[]): boolean {
    return keys.some((key) => shown.has(key));
  }

  /** Claims `keys` for this rail. */
  add(keys: readonly string[]): void {
    for (const key of keys) {
      shown.set(key, this);
      this.keys.add(key);
    }
  }

  /** Gives up every claim: the rail shows something else now, or has left the page. */
  clear(): void {
    for (const key of this.keys) {
      if (shown.get(key) === this) shown.delete(key);
    }
    this.keys.clear();
  }
}
