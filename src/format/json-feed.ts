/**
 * JSON Feed 1.1 (and 1.0) → Feed. https://www.jsonfeed.org/version/1.1/
 */
import { feedDate, firstPresent, imageFromUrl, plainText, type RawFeed, type RawFeedItem } from './feed-adapters.js';
import { fieldValue, isObject, type RawObject } from './fields.js';
import { childPath } from './path.js';
import type { Reader } from './reader.js';

const JSON_FEED_VERSION_PREFIX = 'https://jsonfeed.org/version/';

/** True for a JSON Feed document: an object whose `version` is a jsonfeed.org version URL. */
export function isJsonFeed(value: unknown): value is RawObject {
  if (!isObject(value)) return false;
  const version = fieldValue(value, 'version');
  return typeof version === 'string' && version.startsWith(JSON_FEED_VERSION_PREFIX);
}

/**
 * Maps a JSON Feed onto our Feed: `next_url` becomes `next`; per item, `url` (else
 * `external_url`), `summary` (else `content_text`, else `content_html` as text), `image` (else
 * `banner_image`) and `date_published`.
 */
export function jsonFeedToFeed(feed: RawObject, reader: Reader): RawFeed {
  const items = fieldValue(feed, 'items');
  return {
    title: plainText(fieldValue(feed, 'title')),
    next: fieldValue(feed, 'next_url'),
    items: Array.isArray(items)
      ? items.map((item: unknown, index) => (isObject(item) ? jsonFeedItem(item, reader, childPath('items', index)) : item))
      : items,
  };
}

function jsonFeedItem(item: RawObject, reader: Reader, path: string): RawFeedItem {
  const field = (key: string) => fieldValue(item, key);
  const id = field('id');
  return {
    // Version 1.0 allowed numbers as ids; they still identify the item.
    id: typeof id === 'number' ? String(id) : id,
    url: firstPresent(field('url'), field('external_url')),
    title: plainText(field('title')),
    summary: plainText(firstPresent(field('summary'), field('content_text'), field('content_html'))),
    image: imageFromUrl(firstPresent(field('image'), field('banner_image'))),
    publishedAt: feedDate(reader, field('date_published'), childPath(path, 'publishedAt')),
  };
}
