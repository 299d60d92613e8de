import { isServer } from 'lit';

/**
 * `data-news-theme="light|dark"` on any ancestor overrides the reader's `prefers-color-scheme`.
 * An element's styles cannot see its ancestors' attributes, so one document-level rule turns the
 * attribute into `--news-color-scheme`, which inherits into every shadow root (and wins over a
 * theme set further up, as the nearest attribute should). A constructed stylesheet is allowed by
 * a strict `style-src 'self'`.
 */
const RULES = `
  [data-news-theme='light'] { --news-color-scheme: light; }
  [data-news-theme='dark'] { --news-color-scheme: dark; }
`;

let installed = false;

/** Adds the rule to the page once. */
export function installThemeAttribute(): void {
  if (installed || isServer || !('adoptedStyleSheets' in Document.prototype)) return;
  installed = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(RULES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
