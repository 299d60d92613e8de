import { readArticleRef } from './article-ref.js';
import { readBlock } from './blocks.js';
import { dateTime, definedFields, listOf, nonBlankText, object, optional, required, text, url } from './fields.js';
import { readImage } from './image.js';
import { preview, type Check } from './reader.js';
import { runParser } from './run.js';
import type { Article, Author, ParseOptions, ParseResult } from './types.js';

/** The language of an article that does not name one. */
export const DEFAULT_LANG = 'vi';

/**
 * A BCP 47 language tag, loosely: a 2-8 letter language and optional subtags (`vi`, `en-GB`,
 * `zh-Hant-TW`). The schema uses the same pattern.
 */
export const LANG_PATTERN = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

const languageTag: Check<string> = (reader, value, path) => {
  const tag = text(reader, value, path);
  if (tag === undefined || LANG_PATTERN.test(tag)) return tag;
  return reader.error(path, `Must be a language tag such as "vi" or "en-GB", not ${preview(tag)}.`);
};

const readAuthor: Check<Author> = (reader, value, path) => {
  const raw = object(reader, value, path);
  if (raw === undefined) return undefined;
  const name = required(reader, raw, 'name', path, nonBlankText);
  const link = optional(reader, raw, 'url', path, url);
  return name === undefined ? undefined : definedFields({ name, url: link });
};

/** Reads a whole Article. Lists that are absent come back empty; `lang` defaults to "vi". */
export const readArticle: Check<Article> = (reader, value, path) => {
  const raw = object(reader, value, path);
  if (raw === undefined) return undefined;
  const id = required(reader, raw, 'id', path, nonBlankText);
  const title = required(reader, raw, 'title', path, nonBlankText);
  const details = definedFields({
    url: optional(reader, raw, 'url', path, url),
    summary: optional(reader, raw, 'summary', path, text),
    section: optional(reader, raw, 'section', path, text),
    lang: optional(reader, raw, 'lang', path, languageTag) ?? DEFAULT_LANG,
    publishedAt: optional(reader, raw, 'publishedAt', path, dateTime),
    updatedAt: optional(reader, raw, 'updatedAt', path, dateTime),
    authors: optional(reader, raw, 'authors', path, listOf(readAuthor)) ?? [],
    image: optional(reader, raw, 'image', path, readImage),
    body: optional(reader, raw, 'body', path, listOf(readBlock)) ?? [],
    related: optional(reader, raw, 'related', path, listOf(readArticleRef)) ?? [],
    tags: optional(reader, raw, 'tags', path, listOf(nonBlankText)) ?? [],
  });
  return id === undefined || title === undefined ? undefined : { id, title, ...details };
};

/**
 * Checks an article in the JSON article format, version 1, and returns it clean: only known
 * fields, URLs checked (and made absolute when `options.baseUrl` is given), defaults filled in.
 *
 * Accepts JSON text or an already-parsed value. Never throws: the result is
 * `{ ok: true, value, warnings }` or `{ ok: false, errors }`, each problem with the `path` where it
 * was found (`title`, `body[3].image.src`; `""` for the whole document). Every problem is reported,
 * not only the first. Unknown block types are skipped with a warning.
 *
 * @example
 * const result = parseArticle(await response.text(), { baseUrl: response.url });
 * if (result.ok) render(result.value);
 * else console.warn(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
 */
export function parseArticle(input: unknown, options?: ParseOptions): ParseResult<Article> {
  return runParser(input, options, readArticle);
}
