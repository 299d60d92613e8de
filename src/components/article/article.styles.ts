import { css, type CSSResult } from 'lit';
import { mobileStyles } from '../../layout/mobile-styles.js';

/**
 * A phone-sized column: the smaller type, and photos run full-bleed into the page's own side
 * padding (which the page names). Each rule under `scope` (the mobile host's selector, or nothing
 * inside a container query).
 */
function narrowColumn(scope: CSSResult) {
  return css`
    ${scope} .article {
      font-size: var(--news-article-font-size, 1.0625rem);
    }

    ${scope} .wide {
      margin-inline: calc(-1 * var(--news-article-bleed, 0px));
    }
  `;
}

export default css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--_news-font-body);
  }

  :host([hidden]) {
    display: none;
  }

  /* About 70 characters a line at the body size. Vietnamese stacks diacritics above and below
     the letters: no text line is shorter than 1.4 times its font size. */
  .article {
    max-inline-size: var(--news-article-measure, 40em);
    margin-inline: auto;
    font-size: var(--news-article-font-size, 1.125rem);
    line-height: 1.7;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 var(--_news-space-s);
    font-size: 0.8125em;
    line-height: 1.5;
    color: var(--_news-color-muted);
  }

  .section {
    font-weight: 600;
    color: var(--_news-color-accent);
  }

  .headline,
  .heading {
    font-family: var(--_news-font-heading);
    line-height: 1.4;
    text-wrap: balance;
  }

  .headline {
    margin: 0 0 var(--_news-space-m);
    font-size: clamp(1.5rem, 1.1rem + 2.5cqi, 2.25rem);
  }

  .heading {
    margin: var(--_news-space-l) 0 0;
    font-size: 1.25em;
  }

  .summary {
    margin: 0 0 var(--_news-space-l);
    font-weight: 600;
    line-height: 1.6;
  }

  .block {
    margin: var(--_news-space-m) 0 0;
  }

  .wide {
    margin-block: var(--_news-space-l);
  }

  .body > .block:first-child {
    margin-block-start: 0;
  }

  a {
    color: var(--_news-color-link);
    text-underline-offset: 0.15em;
  }

  a:focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .quote {
    margin-inline: 0;
    padding-inline-start: var(--_news-space-m);
    border-inline-start: 4px solid var(--_news-color-accent);
  }

  .quote blockquote {
    margin: 0;
    font-family: var(--_news-font-heading);
    font-style: italic;
    font-size: 1.1em;
  }

  .quote p {
    margin: 0;
  }

  .cite {
    margin-block-start: var(--_news-space-s);
    font-size: 0.875em;
    color: var(--_news-color-muted);
  }

  .cite::before {
    content: '— ';
  }

  .list {
    padding-inline-start: 1.5em;
  }

  .related {
    padding-inline-start: var(--_news-space-m);
    border-inline-start: 3px solid var(--_news-color-accent);
    font-size: 0.9375em;
    line-height: 1.5;
  }

  .related-title {
    margin: 0 0 var(--_news-space-s);
    font-weight: 700;
  }

  .related-list {
    margin: 0;
    padding-inline-start: 1em;
    list-style: square;
  }

  .related-list li + li {
    margin-block-start: 0.375em;
  }

  /* A box a line tall at least, so that each headline is a 24 px target (WCAG 2.5.8). */
  .related a {
    display: inline-block;
    min-block-size: 1.5rem;
    font-weight: 600;
    text-decoration: none;
  }

  .related a:hover {
    text-decoration: underline;
  }

  .html blockquote {
    margin-inline: var(--_news-space-m) 0;
  }

  .byline {
    margin: var(--_news-space-l) 0 0;
    text-align: end;
    font-weight: 700;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_news-space-s);
    margin: var(--_news-space-l) 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    line-height: 1.5;
  }

  .tag {
    padding: 0.125em 0.75em;
    border: 1px solid var(--_news-color-border);
    border-radius: 999px;
  }

  ::slotted(*) {
    margin-block-start: var(--_news-space-l);
  }

  /* A narrow container, on either layout, is a phone-sized column from the first (even server-rendered) paint. */
  @container (max-width: 30rem) {
    ${narrowColumn(css``)}

    .wide {
      margin-block: var(--_news-space-m);
    }
  }

  /*
   * Mobile: the phone-sized column, and the related headlines are targets a finger can hit, 44 px
   * tall (WCAG 2.5.5). Links inside sentences keep their size, as the guideline allows.
   */
  ${mobileStyles(
    (host) => css`
      ${narrowColumn(host)}

      ${host} .related-list li + li {
        margin-block-start: 0;
      }

      ${host} .related a {
        display: flex;
        align-items: center;
        min-block-size: 2.75rem;
      }
    `,
  )}
`;
