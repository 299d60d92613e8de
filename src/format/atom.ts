/**
 * Atom 1.0 → Feed. https://www.rfc-editor.org/rfc/rfc4287
 * Text constructs are read by their `type` (text, html or xhtml); links honour `xml:base`.
 */
import { feedDate, firstPresent, imageFromUrl, plainText, type RawFeed, type RawFeedItem } from './feed-adapters.js';
import { childPath } from './path.js';
import type { Reader } from './reader.js';
import { ATOM_NS, childElement, childElements, childText, collapseSpace, linkWithXmlBase, MEDIA_NS } from './xml.js';

/** Maps the `<feed>` element onto our Feed. Paging follows `<link rel="next">` (RFC 5005). */
export function atomToFeed(feed: Element, reader: Reader): RawFeed {
  return {
    title: textConstruct(childElement(feed, 'title', ATOM_NS)),
    next: linkHref(feed, 'next', reader),
    items: childElements(feed, 'entry', ATOM_NS).map((entry, index) => atomEntry(entry, reader, childPath('items', index))),
  };
}

function atomEntry(entry: Element, reader: Reader, path: string): RawFeedItem {
  const content = childElement(entry, 'content', ATOM_NS);
  const category = childElement(entry, 'category', ATOM_NS);
  return {
    id: childText(entry, 'id', ATOM_NS),
    url: linkHref(entry, 'alternate', reader),
    title: textConstruct(childElement(entry, 'title', ATOM_NS)),
    // Content with a src is elsewhere; only inline content can stand in for a summary.
    summary: firstPresent(
      textConstruct(childElement(entry, 'summary', ATOM_NS)),
      content?.hasAttribute('src') ? undefined : textConstruct(content),
    ),
    image: imageFromUrl(firstPresent(linkHref(entry, 'enclosure', reader, 'image/'), thumbnailUrl(entry, reader))),
    section: plainText(firstPresent(category?.getAttribute('label'), category?.getAttribute('term'))),
    publishedAt: feedDate(
      reader,
      firstPresent(childText(entry, 'published', ATOM_NS), childText(entry, 'updated', ATOM_NS)),
      childPath(path, 'publishedAt'),
    ),
  };
}

/**
 * The plain text of an Atom text construct: `type="html"` is HTML escaped as text, `type="xhtml"`
 * is markup inside a `<div>`, anything else is text already.
 */
function textConstruct(element: Element | undefined): string | undefined {
  if (element === undefined) return undefined;
  const type = element.getAttribute('type');
  if (type === 'html') return plainText(element.textContent ?? '');
  if (type === 'xhtml') return plainText(element.innerHTML);
  const text = collapseSpace(element.textContent ?? '');
  return text === '' ? undefined : text;
}

/**
 * The `href` of the first `<link>` with this relation (a link without `rel` is "alternate"), and,
 * when given, a media type starting with `typePrefix`. Among alternates, an HTML page wins.
 */
function linkHref(parent: Element, rel: string, reader: Reader, typePrefix?: string): string | undefined {
  const links = childElements(parent, 'link', ATOM_NS).filter(
    (link) => (link.getAttribute('rel') ?? 'alternate') === rel && (typePrefix === undefined || link.getAttribute('type')?.startsWith(typePrefix)),
  );
  const chosen = links.find((link) => link.getAttribute('type') === 'text/html') ?? links[0];
  const href = chosen?.getAttribute('href')?.trim();
  return chosen === undefined || href === undefined ? undefined : linkWithXmlBase(chosen, href, reader.baseUrl);
}

function thumbnailUrl(entry: Element, reader: Reader): string | undefined {
  const thumbnail = childElement(entry, 'thumbnail', MEDIA_NS);
  const url = thumbnail?.getAttribute('url')?.trim();
  return thumbnail === undefined || url === undefined ? undefined : linkWithXmlBase(thumbnail, url, reader.baseUrl);
}
