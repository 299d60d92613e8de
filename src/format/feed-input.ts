/**
 * Recognizes what `parseFeed` was given and brings it to the shape of our Feed: RSS 2.0 or Atom 1.0
 * text, JSON Feed text or value, or our own Feed.
 */
import { atomToFeed } from './atom.js';
import { acceptText, checkLimits, loadJson, type Loaded } from './json-input.js';
import { isJsonFeed, jsonFeedToFeed } from './json-feed.js';
import type { Limits } from './limits.js';
import { failure, type Reader } from './reader.js';
import { rssToFeed } from './rss.js';
import { ATOM_NS, parseXml } from './xml.js';

/** XML text starts with "<" (after an optional byte order mark and white space); JSON never does. */
const XML_START = /^\uFEFF?\s*</;

/** The feed as a Feed-shaped value within the limits, ready for `readFeed`. */
export function loadFeed(input: unknown, limits: Limits, reader: Reader): Loaded {
  if (typeof input === 'string' && XML_START.test(input)) return loadXmlFeed(input, limits, reader);
  const loaded = loadJson(input, limits);
  return loaded.ok && isJsonFeed(loaded.value) ? { ok: true, value: jsonFeedToFeed(loaded.value, reader) } : loaded;
}

function loadXmlFeed(input: string, limits: Limits, reader: Reader): Loaded {
  const accepted = acceptText(input, limits);
  if (!accepted.ok) return accepted;
  const parsed = parseXml(accepted.text);
  if (!parsed.ok) return parsed;
  const { root } = parsed;
  if (root.localName === 'rss' && root.namespaceURI === null) return checkLimits(rssToFeed(root, reader), limits);
  if (root.localName === 'feed' && root.namespaceURI === ATOM_NS) return checkLimits(atomToFeed(root, reader), limits);
  return failure('', `Not a feed this library reads: the XML document is <${root.nodeName}>; RSS 2.0 and Atom 1.0 are supported.`);
}
