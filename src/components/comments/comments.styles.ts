import { css } from 'lit';
import { mobileStyles } from '../../layout/mobile-styles.js';

export default css`
  :host {
    display: block;
    /* Reserved before the comments arrive, so the page below does not jump. */
    min-block-size: var(--news-comments-min-height, 20rem);
    font-family: var(--_news-font-body);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_news-space-s) var(--_news-space-m);
    margin-block-end: var(--_news-space-m);
    padding-block-end: var(--_news-space-s);
    border-block-end: 1px solid var(--_news-color-border);
  }

  .heading {
    margin: 0;
    font-family: var(--_news-font-heading);
    font-size: 1.375rem;
    line-height: 1.4;
  }

  .count,
  .time,
  .hint,
  .counter {
    color: var(--_news-color-muted);
    font-size: 0.875rem;
  }

  /* ---------- the form ---------- */

  .form {
    display: grid;
    gap: var(--_news-space-m);
    margin-block: var(--_news-space-m);
    container-type: inline-size;
  }

  .thread > .form {
    margin-inline-start: var(--news-comments-indent, var(--_news-space-l));
    padding-inline-start: var(--_news-space-m);
    border-inline-start: 2px solid var(--_news-color-border);
  }

  .form-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_news-space-s);
  }

  .form-heading {
    margin: 0;
    font-size: 1rem;
    line-height: 1.4;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }

  .identity {
    display: grid;
    gap: var(--_news-space-m);
  }

  @container (min-width: 32rem) {
    .identity {
      grid-template-columns: 1fr 1fr;
    }
  }

  label {
    font-weight: 600;
  }

  input,
  textarea,
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: 0.5rem 0.625rem;
    font: inherit;
    line-height: 1.5;
    color: inherit;
    background: var(--_news-color-surface);
    border: 1px solid var(--_news-color-border);
    border-radius: var(--_news-radius);
  }

  textarea {
    min-block-size: 7.5rem;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_news-color-accent);
    border-inline-start-width: 4px;
  }

  .hint,
  .counter,
  .field-error,
  .form-message {
    margin: 0;
  }

  .counter {
    justify-self: end;
  }

  .counter.over,
  .field-error,
  .form-message.error,
  .more-error {
    color: var(--_news-color-accent);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_news-space-s) var(--_news-space-m);
  }

  button {
    min-block-size: 2.25rem;
    min-inline-size: 2.25rem;
    padding: 0 var(--_news-space-m);
    font: inherit;
    border-radius: var(--_news-radius);
    cursor: pointer;
  }

  .submit {
    font-weight: 600;
    color: var(--_news-color-surface);
    background: var(--_news-color-accent);
    border: 1px solid var(--_news-color-accent);
  }

  .submit[aria-disabled='true'],
  .more-button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  .cancel,
  .more-button {
    color: var(--_news-color-link);
    background: transparent;
    border: 1px solid currentColor;
  }

  /* ---------- the list ---------- */

  .toolbar {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_news-space-s);
    margin-block: var(--_news-space-m);
  }

  .sort {
    inline-size: auto;
  }

  .threads,
  .replies {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .thread {
    padding-block: var(--news-comments-gap, var(--_news-space-m));
    border-block-end: 1px solid var(--_news-color-border);
  }

  .replies {
    margin-inline-start: var(--news-comments-indent, var(--_news-space-l));
    padding-inline-start: var(--_news-space-m);
    border-inline-start: 2px solid var(--_news-color-border);
  }

  .replies > li + li {
    margin-block-start: var(--_news-space-s);
  }

  .comment {
    padding-block: var(--_news-space-s);
    border-radius: var(--_news-radius);
  }

  .comment.pending {
    padding-inline: var(--_news-space-s);
    border: 1px dashed var(--_news-color-border);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem var(--_news-space-s);
  }

  .author {
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .badge {
    padding: 0 0.375rem;
    font-size: 0.8125rem;
    color: var(--_news-color-muted);
    border: 1px solid currentColor;
    border-radius: var(--_news-radius);
  }

  .text {
    margin: 0.25rem 0 0;
    /* Plain text: the reader's line breaks are kept, long words and addresses wrap. */
    white-space: pre-line;
    overflow-wrap: anywhere;
    line-height: 1.6;
    /* Stacks of combining marks stay inside their comment instead of painting over others. */
    overflow: clip;
    overflow-clip-margin: 0.25em;
  }

  .link {
    color: var(--_news-color-link);
  }

  .reply-button {
    min-block-size: 1.75rem;
    margin-block-start: 0.25rem;
    padding: 0 var(--_news-space-s);
    margin-inline-start: calc(-1 * var(--_news-space-s));
    font-size: 0.875rem;
    color: var(--_news-color-link);
    background: transparent;
    border: 0;
  }

  .reply-button:hover,
  .reply-button[aria-expanded='true'] {
    text-decoration: underline;
  }

  .more {
    display: grid;
    justify-items: center;
    gap: var(--_news-space-s);
    margin-block: var(--_news-space-m);
  }

  .more-error {
    margin: 0;
  }

  :is(button, input, textarea, select, a, .comment):focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto;
      transition: none;
    }
  }

  /*
   * Mobile: name and email one under the other; every button and field a target a finger can hit,
   * 44×44 px (WCAG 2.5.5). Links inside a comment's text keep their size, as the guideline allows.
   */
  ${mobileStyles(
    (host) => css`
      ${host} .identity {
        grid-template-columns: 1fr;
      }

      ${host} button {
        min-block-size: 2.75rem;
        min-inline-size: 2.75rem;
      }

      ${host} :is(input, select) {
        min-block-size: 2.75rem;
      }

      /* Its label lines up with the comment's text without reaching past the element's edge. */
      ${host} .reply-button {
        margin-inline-start: 0;
        padding-inline: 0;
      }
    `,
  )}
`;
