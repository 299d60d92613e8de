import { html, type TemplateResult } from 'lit';

/** A run of a comment's text: plain text, or a web address that may become a link. */
export type TextToken = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/**
 * A web address as readers write one: the scheme, then anything up to a space or a character that
 * never belongs in one written in text. `\b` keeps "xhttp://…" from matching in the middle of a word.
 */
const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"'`{}|\\^]+/gi;
/** Punctuation that ends a sentence rather than the address: "Xem http://a.vn/b." */
const TRAILING = /[.,;:!?…'"”’»)\]]+$/u;
/** More than one empty line in a row reads as one. */
const BLANK_LINES = /\n{3,}/g;

/**
 * Splits a comment's plain text into text and links. Only absolute http(s) addresses with a host
 * and no user name or password (`http://bank.vn@evil.example`) become links; a closing parenthesis
 * stays part of an address only when it closes one opened inside it (Wikipedia-style addresses).
 * Line ends are normalized to `\n` and runs of blank lines shortened to one.
 */
export function tokenizeCommentText(text: string): TextToken[] {
  const normalized = text.replace(/\r\n?/g, '\n').replace(BLANK_LINES, '\n\n');
  const tokens: TextToken[] = [];
  let plain = 0;
  for (const match of normalized.matchAll(WEB_ADDRESS)) {
    const candidate = trimAddress(match[0]);
    const href = webHref(candidate);
    if (!href) continue;
    const start = match.index;
    if (start > plain) tokens.push({ kind: 'text', text: normalized.slice(plain, start) });
    tokens.push({ kind: 'link', text: candidate, href });
    plain = start + candidate.length;
  }
  if (plain < normalized.length) tokens.push({ kind: 'text', text: normalized.slice(plain) });
  return tokens;
}

/**
 * The comment's text as DOM: text nodes, and `<a part="link" rel="nofollow ugc noopener">` for its
 * web addresses. Lit sets every value as text or as a checked attribute; nothing is parsed as HTML.
 */
export function renderCommentText(text: string): TemplateResult[] {
  return tokenizeCommentText(text).map((token) =>
    token.kind === 'link'
      ? html`<a part="link" class="link" href=${token.href} rel="nofollow ugc noopener">${token.text}</a>`
      : html`${token.text}`,
  );
}

function trimAddress(address: string): string {
  let trimmed = address;
  for (;;) {
    const punctuation = TRAILING.exec(trimmed);
    if (!punctuation) return trimmed;
    // Keep a ")" or "]" that closes a bracket opened inside the address.
    let end = punctuation.index;
    for (const char of punctuation[0]) {
      const opener = char === ')' ? '(' : char === ']' ? '[' : undefined;
      const body = trimmed.slice(0, end);
      if (opener && count(body, opener) > count(body, char)) end += 1;
      else break;
    }
    if (end === trimmed.length) return trimmed;
    trimmed = trimmed.slice(0, end);
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** The address as a link target, or undefined when it must stay text. */
function webHref(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname || url.username || url.password) return undefined;
  return url.href;
}

/**
 * A text's length as a reader counts it and as the reference server checks it: Unicode code
 * points, so "ệ" and "😀" are one character each.
 */
export function characterCount(text: string): number {
  return [...text].length;
}
