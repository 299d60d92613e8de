/**
 * The one place untrusted HTML (`paragraph.html` and `html` blocks) becomes DOM. The browser's own
 * Sanitizer API (`Element.setHTML`) does the work where it exists; elsewhere DOMPurify, loaded
 * only then, as a chunk of its own. Both keep the same allow-list: inline formatting, paragraphs,
 * lists, quotes and links. Afterwards every `href` that is not http(s) or relative is removed,
 * relative ones are resolved against the document's URL, and links get `rel="noopener"`.
 *
 * No string is ever assigned to `innerHTML`: `setHTML` takes a string safely, and DOMPurify hands
 * back a DocumentFragment, so a page that enforces Trusted Types needs no policy of ours for this.
 */
import type { Config } from 'dompurify';
import { resolveUrl } from '../format/urls.js';

/** Elements that survive: inline formatting, paragraphs, lists, quotes and links. */
export const ALLOWED_ELEMENTS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'cite', 'code', 'em', 'i', 'li', 'mark', 'ol', 'p', 'q', 's',
  'small', 'span', 'strong', 'sub', 'sup', 'u', 'ul',
] as const;

/** Attributes that survive. `href` is then limited to http(s) and relative URLs. */
export const ALLOWED_ATTRIBUTES = ['href', 'target', 'title', 'lang', 'dir'] as const;

/**
 * Containers removed without losing their text. The Sanitizer API drops an element that is not
 * allowed together with its content; DOMPurify keeps the content of every removed element. These
 * wrappers common in CMS output keep their words on both paths.
 */
const UNWRAPPED = [
  'article', 'aside', 'big', 'center', 'del', 'div', 'figcaption', 'figure', 'font', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'ins', 'main', 'pre', 'section', 'tt',
];

/** The Sanitizer API's configuration (https://wicg.github.io/sanitizer-api/#dictdef-sanitizerconfig). */
const NATIVE_CONFIG = {
  elements: ALLOWED_ELEMENTS,
  attributes: ALLOWED_ATTRIBUTES,
  replaceWithChildrenElements: UNWRAPPED,
  comments: false,
  dataAttributes: false,
};

const PURIFY_CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [...ALLOWED_ELEMENTS],
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

/** `Element.setHTML`, which TypeScript's DOM types do not know yet. */
interface SafeHtmlSink {
  setHTML(html: string, options: { sanitizer: typeof NATIVE_CONFIG }): void;
}

let preferNative = true;

/**
 * Chooses DOMPurify even where the browser has the Sanitizer API (`false`), or goes back to the
 * default (`true`). For tests of the fallback, and for pages that want DOMPurify's output in every
 * browser.
 */
export function preferNativeSanitizer(prefer: boolean): void {
  preferNative = prefer;
}

type Purify = (typeof import('dompurify'))['default'];
let purify: Promise<Purify> | undefined;

/** DOMPurify, loaded once; a failed load is tried again next time. */
function loadPurify(): Promise<Purify> {
  purify ??= import('dompurify').then(
    // An instance of our own, so hooks another script adds to the shared one never apply here.
    (module) => module.default(window),
    (error: unknown) => {
      purify = undefined;
      throw error;
    },
  );
  return purify;
}

/**
 * Untrusted HTML as an inert DocumentFragment holding only the allowed elements and attributes.
 * Relative links resolve against `baseUrl` (the URL the document came from). Synchronous with the
 * Sanitizer API; a promise while DOMPurify loads. Rejects only when DOMPurify cannot be loaded.
 */
export function sanitizeHtml(html: string, baseUrl?: string): DocumentFragment | Promise<DocumentFragment> {
  if (preferNative && 'setHTML' in Element.prototype) {
    try {
      const box = document.createElement('div');
      (box as unknown as SafeHtmlSink).setHTML(html, { sanitizer: NATIVE_CONFIG });
      const fragment = document.createDocumentFragment();
      fragment.append(...box.childNodes);
      return checkLinks(fragment, baseUrl);
    } catch {
      // An early version of the API (Chromium 105-109) that wants a Sanitizer object: DOMPurify instead.
    }
  }
  return loadPurify().then((instance) => {
    // Null (despite its types) when the markup parses to no body at all, e.g. "<frameset>".
    const fragment = instance.sanitize(html, PURIFY_CONFIG) ?? document.createDocumentFragment();
    return checkLinks(fragment, baseUrl);
  });
}

/** Keeps only http(s) and relative URLs, made absolute; links open nothing that can reach back. */
function checkLinks(fragment: DocumentFragment, baseUrl: string | undefined): DocumentFragment {
  for (const element of fragment.querySelectorAll('[href]')) {
    const resolved = resolveUrl(element.getAttribute('href')!, baseUrl);
    if (resolved.ok) element.setAttribute('href', resolved.url);
    else element.removeAttribute('href');
  }
  for (const link of fragment.querySelectorAll('a')) link.setAttribute('rel', 'noopener');
  return fragment;
}
