/**
 * What the JSON Feed, RSS and Atom adapters share. Each adapter only maps its format onto the
 * shape of our Feed (`{ title, items, next }`); `readFeed` then checks the result like any Feed, so
 * URLs, titles and limits follow one set of rules whatever the source.
 */
import { feedDateToIso } from './dates.js';
import { htmlToText } from './html-text.js';
import { preview, type Reader } from './reader.js';

/** A Feed-shaped object before `readFeed` checks it; fields keep whatever type the source had. */
export interface RawFeed {
  title?: unknown;
  items?: unknown;
  next?: unknown;
}

/** An ArticleRef-shaped object before `readFeed` checks it. */
export interface RawFeedItem {
  id?: unknown;
  url?: unknown;
  title?: unknown;
  summary?: unknown;
  image?: unknown;
  section?: unknown;
  publishedAt?: unknown;
}

/**
 * Feed text as plain text: feeds put markup and character references in titles and summaries
 * (RSS descriptions are HTML; many JSON feeds escape titles). Blank text counts as none. A value
 * that is not a string is passed on for `readFeed` to report.
 */
export function plainText(value: string | undefined): string | undefined;
export function plainText(value: unknown): unknown;
export function plainText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = htmlToText(value);
  return text === '' ? undefined : text;
}

/**
 * A feed date as ISO 8601. Feeds write dates in many ways; one that cannot be read is left out
 * with a warning rather than costing the item. A value that is not a string is passed on.
 */
export function feedDate(reader: Reader, value: unknown, path: string): unknown {
  if (typeof value !== 'string') return value;
  const iso = feedDateToIso(value);
  if (iso === undefined) reader.warn(path, `Not a date that can be read: ${preview(value)}; it was left out.`);
  return iso;
}

/** An image known only by its URL, as feeds give them; feeds have no alternative text. */
export function imageFromUrl(src: unknown): unknown {
  return typeof src === 'string' ? { src, alt: '' } : src;
}

/** The first of the values that is not undefined or null. */
export function firstPresent(...values: unknown[]): unknown {
  return values.find((value) => value !== undefined && value !== null);
}
