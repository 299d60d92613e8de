import { usableTimeout } from '../../data/fetch-text.js';
import { readCappedText } from '../../data/read-capped-text.js';
import { parseComment } from '../../format/comments.js';
import type { Comment } from '../../format/types.js';

/** What `POST {endpoint}` carries (the comment API). */
export interface CommentSubmission {
  article: string;
  parent: string | null;
  author: string;
  email: string;
  text: string;
  /** The honeypot: whatever the hidden field holds, empty for people. */
  website: string;
}

/** What became of a post: each outcome the reader must hear about, with its own message. */
export type PostOutcome =
  /** 201 or 202. `comment` is missing when the answer could not be read, though the post was accepted. */
  | { kind: 'published' | 'pending'; comment?: Comment }
  /** 400 (or another 4xx): the server's own `{ code, message, field }` when it sent one. */
  | { kind: 'invalid'; status: number; code?: string; message?: string; field?: string }
  | { kind: 'too-large' }
  /** 429: `retryAfter` seconds to wait, when the server said. */
  | { kind: 'rate-limited'; retryAfter?: number }
  | { kind: 'server'; status: number }
  /** No answer: offline, refused or cut off. */
  | { kind: 'network'; message: string }
  /** No answer in time: the comment may or may not have been posted. */
  | { kind: 'timeout'; message: string };

/** Milliseconds a post may take before the reader is told it failed. */
const DEFAULT_TIMEOUT = 15_000;
/** Answers are small; anything bigger is not the comment API talking. */
const MAX_ANSWER_BYTES = 64 * 1024;
/** A server message longer than this is cut: it is shown beside a field. */
const MAX_MESSAGE_LENGTH = 300;

export interface PostOptions {
  /** The reader's language, sent as Accept-Language so the server's messages match the page. */
  lang: string;
  /** Milliseconds to wait for the answer. Default 15 s (also for a value that is no positive number). */
  timeout?: number;
}

/**
 * Posts a comment to the comment API, once (never retried: a second try could post it twice), as
 * JSON and without cookies, and sorts the answer into an outcome. Never throws.
 */
export async function postComment(endpoint: string, submission: CommentSubmission, options: PostOptions): Promise<PostOutcome> {
  const { lang } = options;
  const timeout = usableTimeout(options.timeout, DEFAULT_TIMEOUT);
  const signal = AbortSignal.timeout(timeout);
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
      body: JSON.stringify({ ...submission, parent: submission.parent ?? null }),
      credentials: 'omit',
      signal,
    });
  } catch (error) {
    if (signal.aborted) return { kind: 'timeout', message: `${endpoint} did not answer within ${timeout} ms.` };
    return { kind: 'network', message: `${endpoint} could not be reached (${String(error)}).` };
  }
  const { status } = response;
  let body: unknown;
  try {
    body = JSON.parse(await readCappedText(response, MAX_ANSWER_BYTES));
  } catch {
    body = undefined;
  }

  if (status === 201 || status === 202) {
    const parsed = parseComment((body as { comment?: unknown } | undefined)?.comment);
    const kind = status === 201 ? 'published' : 'pending';
    // The status code decides: a 202 is pending whatever the body says.
    return parsed.ok ? { kind, comment: { ...parsed.value, status: kind } } : { kind };
  }
  if (status === 413) return { kind: 'too-large' };
  if (status === 429) return { kind: 'rate-limited', retryAfter: retryAfterSeconds(response.headers.get('Retry-After')) };
  if (status >= 400 && status < 500) return { kind: 'invalid', status, ...errorDetails(body) };
  return { kind: 'server', status };
}

/** Retry-After as whole seconds from now: it may be a number of seconds or an HTTP date. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.max(1, Number(trimmed));
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(1, Math.ceil((date - now) / 1000));
}

/** The `{ error: { code, message, field } }` of an answer, keeping only what is well-formed. */
function errorDetails(body: unknown): { code?: string; message?: string; field?: string } {
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  if (typeof error !== 'object' || error === null) return {};
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const message = text(error.message);
  return {
    code: text(error.code),
    message: message && message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message,
    field: text(error.field),
  };
}
