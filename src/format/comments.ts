/** The comment API's answers, checked like documents before `<news-comments>` shows them. */
import { count, dateTime, droppable, listOf, nonBlankText, object, oneOf, optional, required } from './fields.js';
import type { Check } from './reader.js';
import { runParser } from './run.js';
import { COMMENT_STATUSES, type Comment, type CommentPage, type ParseOptions, type ParseResult } from './types.js';

/** Reads a Comment; `parent` is null (a top-level comment) unless it names another comment. */
export const readComment: Check<Comment> = (reader, value, path) => {
  const raw = object(reader, value, path);
  if (raw === undefined) return undefined;
  const id = required(reader, raw, 'id', path, nonBlankText);
  const article = required(reader, raw, 'article', path, nonBlankText);
  const parent = optional(reader, raw, 'parent', path, nonBlankText) ?? null;
  const author = required(reader, raw, 'author', path, nonBlankText);
  const text = required(reader, raw, 'text', path, nonBlankText);
  const createdAt = required(reader, raw, 'createdAt', path, dateTime);
  const status = required(reader, raw, 'status', path, oneOf(COMMENT_STATUSES));
  if (
    id === undefined ||
    article === undefined ||
    author === undefined ||
    text === undefined ||
    createdAt === undefined ||
    status === undefined
  ) {
    return undefined;
  }
  return { id, article, parent, author, text, createdAt, status };
};

/** Reads one page of comments; a bad comment is left out with a warning. */
export const readCommentPage: Check<CommentPage> = (reader, value, path) => {
  const raw = object(reader, value, path);
  if (raw === undefined) return undefined;
  const comments = required(reader, raw, 'comments', path, listOf(droppable(readComment)));
  const next = optional(reader, raw, 'next', path, nonBlankText) ?? null;
  const total = optional(reader, raw, 'total', path, count);
  if (comments === undefined) return undefined;
  // Without a total, the comments at hand are all there is to count.
  return { comments, next, total: total ?? comments.length };
};

/** Checks one comment, e.g. the `comment` of a POST answer (`201 { comment }`). */
export function parseComment(input: unknown, options?: ParseOptions): ParseResult<Comment> {
  return runParser(input, options, readComment);
}

/** Checks the answer to `GET {endpoint}?article=…`: `{ comments, next, total }`. */
export function parseCommentPage(input: unknown, options?: ParseOptions): ParseResult<CommentPage> {
  return runParser(input, options, readCommentPage);
}
