import { isServer, noChange } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { ChildPart } from 'lit/directive.js';
import { htmlToText } from '../format/html-text.js';
import { sanitizeHtml } from './sanitize.js';

/**
 * Renders untrusted HTML, sanitized, as a child of a template. While DOMPurify loads, and where it
 * cannot (server rendering, a failed load), the reader gets the plain text instead.
 */
class SanitizedHtmlDirective extends AsyncDirective {
  private input?: string;

  override update(part: ChildPart, [html, baseUrl]: [string, string | undefined]): unknown {
    // Hydrating a server-rendered page (news-widgets/ssr): the server could only write the text,
    // having no DOM to sanitize with, and hydration keeps what the page holds. The text stays for
    // now, as hydration expects, and the sanitized HTML replaces it right after.
    if (!isServer && this.input === undefined && holdsServerContent(part)) {
      const input = `${baseUrl}\n${html}`;
      this.input = input;
      queueMicrotask(() => {
        if (this.input !== input) return;
        this.input = undefined;
        this.setValue(this.render(html, baseUrl));
      });
      return htmlToText(html);
    }
    return this.render(html, baseUrl);
  }

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

/**
 * True for a part being hydrated: its markers hold the server's content. A part rendered in the
 * browser starts with its two markers side by side.
 */
function holdsServerContent(part: ChildPart): boolean {
  const next = part.startNode?.nextSibling;
  return next != null && next !== part.endNode;
}

/** `html\`<p>${sanitizedHtml(block.html, baseUrl)}</p>\`` */
export const sanitizedHtml = directive(SanitizedHtmlDirective);
