import { readArticleRef } from './article-ref.js';
import { definedFields, droppable, listOf, object, optional, required, text, url } from './fields.js';
import { loadFeed } from './feed-input.js';
import { resolveLimits } from './limits.js';
import type { Check } from './reader.js';
import { createReader, guard } from './run.js';
import type { Feed, ParseOptions, ParseResult } from './types.js';

/**
 * Reads a Feed. Unlike an Article, a feed tolerates bad entries: an item with a bad URL or no
 * title is left out, and so is a bad `next` link (the feed then ends there), each with a warning.
 * `next` is always present in the result: a URL, or null on the last page.
 */
export const readFeed: Check<Feed> = (reader, value, path) => {
  const raw = object(reader, value, path);
  if (raw === undefined) return undefined;
  const title = optional(reader, raw, 'title', path, text);
  const items = required(reader, raw, 'items', path, listOf(droppable(readArticleRef)));
  const next = optional(reader, raw, 'next', path, droppable(url)) ?? null;
  if (items === undefined) return undefined;
  return definedFields<Feed>({ title, items, next });
};

/**
 * Reads a page of headlines for `<news-rail>`: our Feed (`{ title, items, next }`), JSON Feed 1.1,
 * RSS 2.0 or Atom 1.0, as text or (for the JSON formats) as a value. Relative links resolve against
 * `options.baseUrl`, which should be the feed's own URL. Text from JSON Feed, RSS and Atom comes out
 * as plain text: tags removed, character references decoded.
 *
 * Never throws; the result has the shape described at `parseArticle`. Items without a title or
 * with an unacceptable URL are left out with a warning. RSS and Atom need a DOM (a browser): in
 * Node they give an error.
 *
 * @example
 * const result = parseFeed(await response.text(), { baseUrl: response.url });
 */
export function parseFeed(input: unknown, options?: ParseOptions): ParseResult<Feed> {
  return guard(() => {
    const reader = createReader(options);
    const loaded = loadFeed(input, resolveLimits(options), reader);
    return loaded.ok ? reader.finish(readFeed(reader, loaded.value, '')) : loaded;
  });
}
