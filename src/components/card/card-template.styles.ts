import { css } from 'lit';

/**
 * The look of `renderCard` and `renderCardSkeleton`, wherever they are rendered (`<news-card>`,
 * `<news-rail>`), under an ancestor with the variant's class. Text blocks reserve their full clamped height, so every card of a variant has
 * the same height and its skeleton matches it: nothing moves when the data arrives.
 */
export const cardStyles = css`
  .card {
    /* The text's sizes, from which every card of a variant reserves the same height. */
    --_title-size: var(--news-card-title-size, 1.0625rem);
    --_title-lines: var(--news-card-title-lines, 3);
    --_summary-lines: var(--news-card-summary-lines, 3);
    position: relative;
    display: flex;
    gap: var(--news-card-gap, var(--_news-space-m));
    min-inline-size: 0;
    font-family: var(--_news-font-body);
    color: var(--_news-color-text);
    line-height: 1.5;
  }

  /* The thumbnail keeps its ratio instead of stretching to the text's height. */
  .horizontal > .card {
    align-items: flex-start;
  }

  .vertical > .card {
    --_title-size: var(--news-card-title-size, 1.125rem);
    flex-direction: column;
    gap: var(--news-card-gap, var(--_news-space-s));
  }

  .media {
    flex: none;
    overflow: hidden;
    aspect-ratio: var(--news-card-image-ratio, 3 / 2);
    border-radius: var(--_news-radius);
    /* The placeholder: what shows while the thumbnail loads, if it fails, or if there is none. */
    background: var(--news-card-placeholder, color-mix(in srgb, var(--_news-color-border) 70%, var(--_news-color-surface)));
  }

  /*
   * Never more than a third of the card: in a narrow column the thumbnail shrinks and the text
   * keeps its room. (A percentage, not a query container around each card, which a rail of a
   * thousand cards would pay for in layout; the rail itself is one, for its compact cards.)
   */
  .horizontal .media {
    inline-size: min(var(--news-card-image-width, 8rem), 33%);
  }

  .vertical .media {
    inline-size: 100%;
  }

  .image {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  /* No image: the box alone is the placeholder. */
  .image:not([src]) {
    display: none;
  }

  /* Hidden, not removed: the box keeps its size and shows the placeholder. */
  .image.failed {
    visibility: hidden;
  }

  /*
   * As tall as the meta line, a headline of --news-card-title-lines lines and a summary of
   * --news-card-summary-lines lines, whatever the text: all cards of a variant line up, and the
   * skeleton takes the same height. (The sizes below are those of .meta, .headline and .summary.)
   */
  .text {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
    min-block-size: calc(
      0.8125rem * 1.5 + var(--_title-size) * (var(--_title-lines) * 1.45 + 0.125) +
        0.9375rem * 1.5 * var(--_summary-lines) + 0.5rem
    );
  }

  .meta,
  .headline,
  .summary {
    margin: 0;
  }

  .meta {
    display: flex;
    gap: 0.375em;
    min-block-size: 1lh;
    overflow: hidden;
    font-size: 0.8125rem;
    color: var(--_news-color-muted);
    white-space: nowrap;
  }

  .section {
    overflow: hidden;
    font-weight: 600;
    color: var(--_news-color-accent);
    text-overflow: ellipsis;
  }

  .section:empty,
  .time:empty {
    display: none;
  }

  .section:not(:empty) + .time::before {
    content: '·' / '';
    margin-inline-end: 0.375em;
  }

  /*
   * Clamped to --news-card-title-lines lines. Line height 1.45 and the small top padding keep
   * stacked Vietnamese diacritics (Ấ, Ộ) inside the clipped box.
   */
  .headline {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_title-lines);
    padding-block-start: 0.125em;
    overflow: hidden;
    font-family: var(--_news-font-heading);
    font-size: var(--_title-size);
    font-weight: 700;
    line-height: 1.45;
    overflow-wrap: break-word;
  }

  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_summary-lines);
    /* Also hides the summary at 0 lines, where line-clamp does not apply. */
    max-block-size: calc(var(--_summary-lines) * 1lh);
    overflow: hidden;
    font-size: 0.9375rem;
    line-height: 1.5;
    color: var(--_news-color-muted);
    overflow-wrap: break-word;
  }

  .title {
    color: inherit;
    text-decoration: none;
  }

  /* The headline's link covers the whole card: one link, the whole card clickable. */
  .title::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_news-radius);
  }

  .card:hover .title {
    color: var(--_news-color-link);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  .title:focus-visible {
    outline: none;
    color: var(--_news-color-link);
  }

  .title:focus-visible::after {
    outline: var(--_news-focus-ring);
    outline-offset: 2px;
  }

  .compact > .card {
    --_title-size: var(--news-card-title-size, 1rem);
    --_title-lines: var(--news-card-title-lines, 2);
    padding-inline-start: 1rem;
  }

  /* Placed at its static position, the top of the content, so it stays by the first line below any padding. */
  .compact > .card::before {
    content: '';
    position: absolute;
    margin-block-start: 0.65em;
    margin-inline-start: -0.875rem;
    inline-size: 0.375rem;
    block-size: 0.375rem;
    background: var(--_news-color-accent);
  }

  /* The headline alone, reserving its lines as .text does for the other variants. */
  .compact .headline {
    min-block-size: calc(var(--_title-lines) * 1lh);
    font-family: var(--_news-font-body);
    font-weight: 600;
  }

  /* Skeletons: the same boxes, with bars drawn where the lines of text will be. */
  .skeleton {
    --_news-bone: color-mix(in srgb, var(--_news-color-border) 70%, var(--_news-color-surface));
    pointer-events: none;
  }

  .skeleton .meta,
  .skeleton .headline,
  .skeleton .summary {
    background: repeating-linear-gradient(to bottom, var(--_news-bone) 0 0.8lh, transparent 0.8lh 1lh) no-repeat;
    background-clip: content-box;
  }

  .skeleton .meta {
    background-size: 40% 100%;
  }

  .skeleton .headline {
    min-block-size: calc(var(--_title-lines) * 1lh);
    background-size: 90% 100%;
  }

  .skeleton .summary {
    min-block-size: calc(var(--_summary-lines) * 1lh);
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: news-card-pulse 1.5s ease-in-out infinite alternate;
    }

    @keyframes news-card-pulse {
      to {
        opacity: 0.5;
      }
    }
  }
`;
