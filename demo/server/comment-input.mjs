// Checks a posted comment against the comment API's rules, before anything touches the store.

/** The limits of the reference server. Lengths count Unicode code points after trimming. */
export const COMMENT_LIMITS = Object.freeze({
  /** Largest request body, in bytes. */
  bodyBytes: 16 * 1024,
  author: 80,
  text: 5000,
  email: 254,
  /** Ids (article, parent) longer than this cannot be ours. */
  id: 200,
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * @typedef {{ article: string, parent: string | null, author: string, email: string | null, text: string }} CommentInput
 * @typedef {{ ok: true, value: CommentInput }
 *   | { ok: false, code: 'invalid_body' | 'rejected' | 'required' | 'invalid' | 'too_long', field?: string }} InputResult
 */

/**
 * Reads the body of `POST {endpoint}`: `{ article*, parent, author*, email, text*, website }`.
 * A filled-in honeypot (`website`) is refused with no detail, before anything else is looked at,
 * so a bot learns nothing about the other rules. Otherwise the first broken rule is reported with
 * the field it concerns, in the order of the form. Author and text are trimmed.
 * @param {unknown} body
 * @returns {InputResult}
 */
export function readCommentInput(body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, code: 'invalid_body' };
  if (body.website != null && body.website !== '') return { ok: false, code: 'rejected' };

  const article = id(body.article, 'article', true);
  if (!article.ok) return article;
  const author = text(body.author, 'author', COMMENT_LIMITS.author);
  if (!author.ok) return author;
  const email = optionalEmail(body.email);
  if (!email.ok) return email;
  const comment = text(body.text, 'text', COMMENT_LIMITS.text);
  if (!comment.ok) return comment;
  const parent = id(body.parent, 'parent', false);
  if (!parent.ok) return parent;

  return {
    ok: true,
    value: { article: article.value, parent: parent.value, author: author.value, email: email.value, text: comment.value },
  };
}

/** The length a reader would count: code points, so "ệ" and "😀" are one each. */
export function characterCount(value) {
  return [...value].length;
}

function id(value, field, required) {
  if (value == null || value === '') return required ? { ok: false, code: 'required', field } : { ok: true, value: null };
  if (typeof value !== 'string' || value.trim() === '' || value.length > COMMENT_LIMITS.id) return { ok: false, code: 'invalid', field };
  return { ok: true, value };
}

function text(value, field, max) {
  if (value == null) return { ok: false, code: 'required', field };
  if (typeof value !== 'string') return { ok: false, code: 'invalid', field };
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, code: 'required', field };
  // Count only as far as needed: a 16 KB string is cheap, but there is no reason to walk it twice.
  if (trimmed.length > max && characterCount(trimmed) > max) return { ok: false, code: 'too_long', field };
  return { ok: true, value: trimmed };
}

function optionalEmail(value) {
  if (value == null || value === '') return { ok: true, value: null };
  if (typeof value !== 'string') return { ok: false, code: 'invalid', field: 'email' };
  const trimmed = value.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (trimmed.length > COMMENT_LIMITS.email || !EMAIL.test(trimmed)) return { ok: false, code: 'invalid', field: 'email' };
  return { ok: true, value: trimmed };
}
