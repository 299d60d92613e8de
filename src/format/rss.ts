/**
 * RSS 2.0 → Feed. https://www.rssboard.org/rss-specification
 * Titles and descriptions are read as HTML (feeds escape markup in both), dates as RFC 822.
 */
import { feedDate, firstPresent, imageFromUrl, plainText, type RawFeed, type RawFeedItem } from './feed-adapters.js';
import { childPath } from './path.js';
import type { Reader } from './reader.js';
import { isAbsoluteWebUrl } from './urls.js';
import { ATOM_NS, childElement, childElements, childText, CONTENT_NS, DUBLIN_CORE_NS, linkWithXmlBase, MEDIA_NS } from './xml.js';

/** Maps the `<rss>` element onto our Feed. Paging follows an `<atom:link rel="next">` (RFC 5005). */
export function rssToFeed(rss: Element, reader: Reader): RawFeed {
  const channel = childElement(rss, 'channel');
  if (channel === undefined) {
    reader.warn('', 'The RSS feed has no <channel>, so it has no items.');
    return { items: [] };
  }
  const next = childElements(channel, 'link', ATOM_NS).find((link) => link.getAttribute('rel') === 'next');
  return {
    title: plainText(childText(channel, 'title')),
    next: next && link(next, next.getAttribute('href'), reader),
    items: childElements(channel, 'item').map((item, index) => rssItem(item, reader, childPath('items', index))),
  };
}

function rssItem(item: Element, reader: Reader, path: string): RawFeedItem {
  const guid = childElement(item, 'guid');
  const guidText = childText(item, 'guid');
  // A guid is the item's link unless it says otherwise (isPermaLink defaults to true); many feeds
  // leave isPermaLink out on guids that are not URLs at all, so only absolute links count.
  const isLink = guidText !== undefined && guid?.getAttribute('isPermaLink') !== 'false' && isAbsoluteWebUrl(guidText);
  const guidLink = isLink ? guidText : undefined;
  return {
    id: guidText,
    url: link(item, firstPresent(childText(item, 'link'), guidLink), reader),
    title: plainText(childText(item, 'title')),
    summary: plainText(firstPresent(childText(item, 'description'), childText(item, 'encoded', CONTENT_NS))),
    image: imageFromUrl(link(item, rssImageUrl(item), reader)),
    section: plainText(childText(item, 'category')),
    publishedAt: feedDate(reader, firstPresent(childText(item, 'pubDate'), childText(item, 'date', DUBLIN_CORE_NS)), childPath(path, 'publishedAt')),
  };
}

/** The item's picture: an image enclosure, else Media RSS content or thumbnail. */
function rssImageUrl(item: Element): string | undefined {
  const enclosure = childElements(item, 'enclosure').find((element) => element.getAttribute('type')?.startsWith('image/'));
  const media = [...childElements(item, 'content', MEDIA_NS), ...childElements(item, 'thumbnail', MEDIA_NS)].find(
    (element) => element.getAttribute('medium') === 'image' || element.getAttribute('type')?.startsWith('image/') || element.localName === 'thumbnail',
  );
  return (enclosure ?? media)?.getAttribute('url') ?? undefined;
}

function link(element: Element, href: unknown, reader: Reader): unknown {
  return typeof href === 'string' ? linkWithXmlBase(element, href.trim(), reader.baseUrl) : href;
}
