import { dateTime, definedFields, nonBlankText, object, optional, required, text, url } from './fields.js';
import { readImage } from './image.js';
import type { Check } from './reader.js';
import { runParser } from './run.js';
import type { Article, ArticleRef, ParseOptions, ParseResult } from './types.js';

/**
 * Reads an ArticleRef: `url` and `title` required. A whole Article with a `url` passes too; its
 * other fields are left out.
 */
export const readArticleRef: Check<ArticleRef> = (reader, value, path) => {
  const raw = object(reader, value, path);
  if (raw === undefined) return undefined;
  const id = optional(reader, raw, 'id', path, nonBlankText);
  const ref = required(reader, raw, 'url', path, url);
  const title = required(reader, raw, 'title', path, nonBlankText);
  const details = definedFields({
    summary: optional(reader, raw, 'summary', path, text),
    image: optional(reader, raw, 'image', path, readImage),
    section: optional(reader, raw, 'section', path, text),
    publishedAt: optional(reader, raw, 'publishedAt', path, dateTime),
  });
  if (ref === undefined || title === undefined) return undefined;
  return definedFields({ id, url: ref, title, ...details });
};

/**
 * Checks the headline of one article, e.g. the `.article` property of `<news-card>`. Accepts an
 * ArticleRef, a whole Article that has a `url`, or the JSON text of either.
 */
export function parseArticleRef(input: unknown, options?: ParseOptions): ParseResult<ArticleRef> {
  return runParser(input, options, readArticleRef);
}

/** The ArticleRef of a parsed Article, or undefined when the article has no `url`. */
export function toArticleRef(article: Article): ArticleRef | undefined {
  if (article.url === undefined) return undefined;
  const { id, url: ref, title, summary, image, section, publishedAt } = article;
  return definedFields({ id, url: ref, title, summary, image, section, publishedAt });
}
