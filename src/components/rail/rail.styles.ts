import { css, type CSSResult } from 'lit';
import { mobileStyles } from '../../layout/mobile-styles.js';

/** Compact cards, each rule under `scope` (the mobile host's selector, or nothing inside a container query). */
function compactCards(scope: CSSResult) {
  return css`
    ${scope} .layout-grid .list {
      grid-template-columns: 1fr;
    }

    ${scope} .card {
      --_summary-lines: var(--news-rail-mobile-summary-lines, 0);
    }

    ${scope} .rail:not(.layout-carousel) .vertical > .card {
      --_title-size: var(--news-card-title-size, 1.0625rem);
      flex-direction: row;
      align-items: flex-start;
      gap: var(--news-card-gap, var(--_news-space-m));
    }

    ${scope} .rail:not(.layout-carousel) .media {
      inline-size: min(var(--news-card-image-width, 6rem), 33%);
    }
  `;
}

export default css`
  :host {
    display: block;
    font-family: var(--_news-font-body);
    /* A narrow rail (a sidebar) gets compact cards on any layout: see the end of this sheet. */
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  .rail {
    display: flex;
    flex-direction: column;
    gap: var(--news-rail-gap, var(--_news-space-m));
  }

  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_news-space-s);
    border-block-start: 3px solid var(--_news-color-accent);
    padding-block-start: var(--_news-space-s);
  }

  .rail-heading {
    margin: 0;
    min-block-size: 1lh;
    font-family: var(--_news-font-heading);
    font-size: var(--news-rail-heading-size, 1.25rem);
    font-weight: 700;
    line-height: 1.4;
  }

  .skeleton-bar {
    inline-size: min(12rem, 60%);
    background: linear-gradient(var(--_news-color-border), var(--_news-color-border)) no-repeat 0 50% / 100% 0.8lh;
  }

  .list {
    display: flex;
    flex-direction: column;
    gap: var(--news-rail-gap, var(--_news-space-m));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list > .card {
    min-inline-size: 0;
  }

  .list > .card + .card {
    padding-block-start: var(--news-rail-gap, var(--_news-space-m));
    border-block-start: 1px solid var(--_news-color-border);
  }

  /* The link's cover (and focus ring) starts below the line and the space under it. */
  .list > .card + .card .title::after {
    inset-block-start: var(--news-rail-gap, var(--_news-space-m));
  }

  .layout-grid .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-rail-column-width, 14rem)), 1fr));
  }

  .layout-grid .list > .card + .card,
  .layout-carousel .list > .card + .card {
    padding-block-start: 0;
    border-block-start: none;
  }

  .layout-grid .list > .card + .card .title::after,
  .layout-carousel .list > .card + .card .title::after {
    inset-block-start: 0;
  }

  .layout-carousel .list {
    flex-direction: row;
    /* Room for the focus ring, which the scrolling row would otherwise clip. */
    padding: 4px;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-padding-inline: 4px;
    scrollbar-width: thin;
  }

  .layout-carousel .list > .card {
    flex: 0 0 var(--news-rail-card-width, min(16rem, 80%));
    scroll-snap-align: start;
  }

  .layout-carousel .skeletons {
    overflow: hidden;
  }

  @media (prefers-reduced-motion: no-preference) {
    .layout-carousel .list {
      scroll-behavior: smooth;
    }
  }

  .arrows {
    display: flex;
    gap: var(--_news-space-s);
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  button:focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: 2px;
  }

  .arrow {
    display: inline-grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    padding: 0;
    color: var(--_news-color-text);
    background: var(--_news-color-surface);
    border: 1px solid var(--_news-color-border);
    border-radius: 50%;
  }

  .arrow:hover {
    border-color: currentColor;
  }

  .arrow[aria-disabled='true'] {
    cursor: default;
    opacity: 0.4;
  }

  .previous svg,
  .next:dir(rtl) svg {
    transform: scaleX(-1);
  }

  .previous:dir(rtl) svg {
    transform: none;
  }

  .footer {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_news-space-s);
  }

  .more {
    min-block-size: 2.5rem;
    padding: 0 var(--_news-space-l);
    font-weight: 600;
    line-height: 1.4;
    color: var(--_news-color-accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_news-radius);
  }

  .more:hover {
    background: color-mix(in srgb, var(--_news-color-accent) 8%, transparent);
  }

  .more[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  .more-error,
  .end {
    margin: 0;
    font-size: 0.875rem;
    line-height: 1.5;
    text-align: center;
  }

  .more-error {
    color: var(--_news-color-accent);
  }

  .end {
    color: var(--_news-color-muted);
  }

  .end:focus {
    outline: none;
  }

  /*
   * Mobile, and any rail narrower than 24rem (a sidebar): one column of compact cards, the
   * thumbnail small beside the headline and no summary (the skeletons take the same shape); a
   * carousel stays a row to swipe, of cards without their summary. Both are CSS only, so
   * server-rendered markup already has the right look and hydrating moves nothing.
   */
  @container (max-width: 24rem) {
    ${compactCards(css``)}
  }

  /* On mobile also targets a finger can hit: 44×44 px (WCAG 2.5.5); a card's link covers the whole card. */
  ${mobileStyles(
    (host) => css`
      ${compactCards(host)}

      ${host} .arrow {
        inline-size: 2.75rem;
        block-size: 2.75rem;
      }

      ${host} .more {
        min-inline-size: 2.75rem;
        min-block-size: 2.75rem;
      }
    `,
  )}
`;
