/**
 * The DOM side of RSS and Atom: parsing XML text with the browser's DOMParser, and reading
 * elements by namespace. Node has no DOMParser, so there XML feeds fail with a clear error.
 */
import { failure, type Failure } from './reader.js';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
export const MEDIA_NS = 'http://search.yahoo.com/mrss/';
export const DUBLIN_CORE_NS = 'http://purl.org/dc/elements/1.1/';
export const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The root element of an XML document, or the problem that stopped parsing. */
export function parseXml(text: string): { ok: true; root: Element } | Failure {
  if (typeof DOMParser === 'undefined') {
    return failure('', 'XML feeds need a DOM (DOMParser): read RSS and Atom feeds in a browser, or give a JSON feed.');
  }
  // Entity declarations are how "billion laughs" documents blow up; feeds have no use for them.
  if (text.includes('<!ENTITY')) return failure('', 'XML with entity declarations (<!ENTITY) is not accepted.');
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const error = document.getElementsByTagNameNS('*', 'parsererror')[0];
  if (error !== undefined) return failure('', `Not well-formed XML: ${collapseSpace(error.textContent ?? '')}`);
  return { ok: true, root: document.documentElement };
}

/** The child elements of `parent` with this local name and namespace (null: no namespace). */
export function childElements(parent: Element, localName: string, namespace: string | null = null): Element[] {
  return Array.from(parent.children).filter((child) => child.localName === localName && child.namespaceURI === namespace);
}

/** The first child element with this local name and namespace. */
export function childElement(parent: Element, localName: string, namespace: string | null = null): Element | undefined {
  return childElements(parent, localName, namespace)[0];
}

/** The text of the first such child (CDATA included), trimmed; undefined when absent or blank. */
export function childText(parent: Element, localName: string, namespace: string | null = null): string | undefined {
  const text = childElement(parent, localName, namespace)?.textContent?.trim();
  return text === '' ? undefined : text;
}

export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A link as written in the feed, resolved against the `xml:base` attributes around it (Atom
 * feeds use them), outermost first, starting from `baseUrl`. Whether the result is an acceptable
 * URL is for the feed reader to decide, like for any other URL.
 */
export function linkWithXmlBase(element: Element, href: string, baseUrl: string | undefined): string {
  const bases: string[] = [];
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const base = node.getAttributeNS(XML_NS, 'base');
    if (base !== null && base.trim() !== '') bases.unshift(base.trim());
  }
  if (bases.length === 0) return href;
  const base = bases.reduce<string | undefined>((outer, inner) => resolveOrUndefined(inner, outer), baseUrl);
  return base === undefined ? href : (resolveOrUndefined(href, base) ?? href);
}

function resolveOrUndefined(url: string, base: string | undefined): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}
