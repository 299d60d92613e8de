import { isServer, noChange } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { htmlToText } from '../format/html-text.js';
import { sanitizeHtml } from './sanitize.js';

/**
 * Renders untrusted HTML, sanitized, as a child of a template. While DOMPurify loads, and where it
 * cannot (server rendering, a failed load), the reader gets the plain text instead.
 */
class SanitizedHtmlDirective extends AsyncDirective {
  private input?: string;

  render(html: string, baseUrl?: string): unknown {
    const input = `${baseUrl}\n${html}`;
    if (input === this.input) return noChange;
    this.input = input;
    if (isServer) return htmlToText(html);
    const result = sanitizeHtml(html, baseUrl);
    if (!(result instanceof Promise)) return result;
    const settle = (value: unknown) => {
      // A newer input has taken this one's place.
      if (this.input === input) this.setValue(value);
    };
    result.then(settle, () => settle(htmlToText(html)));
    return htmlToText(html);
  }
}

/** `html\`<p>${sanitizedHtml(block.html, baseUrl)}</p>\`` */
export const sanitizedHtml = directive(SanitizedHtmlDirective);
