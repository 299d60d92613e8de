import { css } from 'lit';
import { mobileStyles } from '../layout/mobile-styles.js';

/**
 * Styles for `renderStatus`: the loading placeholder, the error panel and the empty state. Their
 * mobile rules follow `data-layout`, so a host using them needs a LayoutController, or a reader's
 * choice of the desktop version is ignored on a narrow screen.
 */
export const statusStyles = css`
  .status {
    margin: 0;
    padding: var(--_news-space-m);
    font-family: var(--_news-font-body);
    color: var(--_news-color-text);
  }

  .loading,
  .empty {
    color: var(--_news-color-muted);
  }

  .error {
    border: 1px solid var(--_news-color-border);
    border-inline-start: 4px solid var(--_news-color-accent);
    border-radius: var(--_news-radius);
    background: var(--_news-color-surface);
  }

  .message {
    margin: 0 0 var(--_news-space-s);
  }

  .retry {
    min-block-size: 2.25rem;
    padding: 0 var(--_news-space-m);
    font: inherit;
    color: var(--_news-color-accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_news-radius);
    cursor: pointer;
  }

  .retry:focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: 2px;
  }

  .details {
    margin-block-start: var(--_news-space-m);
    font-size: 0.875em;
    color: var(--_news-color-muted);
  }

  .details ul {
    margin: var(--_news-space-s) 0 0;
    padding-inline-start: var(--_news-space-l);
    font-family: ui-monospace, monospace;
  }

  /* A finger needs a target of 44×44 px (WCAG 2.5.5, Apple's guidelines). */
  ${mobileStyles(
    (host) => css`
      ${host} .retry {
        min-block-size: 2.75rem;
        min-inline-size: 2.75rem;
      }
    `,
  )}
`;
