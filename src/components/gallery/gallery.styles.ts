import { css } from 'lit';
import { mobileStyles } from '../../layout/mobile-styles.js';

export default css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--_news-font-body);
  }

  :host([hidden]) {
    display: none;
  }

  /* Every slide is as wide as the gallery and the row as tall as its tallest slide, so moving
     between photos of different shapes, or captions of different lengths, never moves the page. */
  .track {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 100%;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scrollbar-width: none;
  }

  @media (prefers-reduced-motion: no-preference) {
    .track,
    .thumbnails {
      scroll-behavior: smooth;
    }
  }

  .slide {
    margin: 0;
    scroll-snap-align: start;
    scroll-snap-stop: always;
  }

  .zoom {
    display: block;
    inline-size: 100%;
    aspect-ratio: var(--news-gallery-ratio, 3 / 2);
    padding: 0;
    border: 0;
    background: var(--news-gallery-backdrop, #111111);
    cursor: zoom-in;
  }

  .image {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }

  .figcaption,
  .gallery-caption {
    padding-block-start: var(--_news-space-s);
    font-size: 0.9375rem;
    line-height: 1.5;
    color: var(--_news-color-muted);
  }

  .gallery-caption {
    margin: 0;
  }

  .credit {
    font-style: italic;
  }

  .controls {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--_news-space-m);
    padding-block: var(--_news-space-s);
  }

  .nav {
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    font: inherit;
    font-size: 1.5rem;
    line-height: 1;
    color: var(--_news-color-text);
    background: var(--_news-color-surface);
    border: 1px solid var(--_news-color-border);
    border-radius: 50%;
    cursor: pointer;
  }

  .counter {
    min-inline-size: 4rem;
    margin: 0;
    text-align: center;
    font-variant-numeric: tabular-nums;
    line-height: 1.5;
    color: var(--_news-color-muted);
  }

  .thumbnails {
    position: relative;
    display: flex;
    justify-content: safe center;
    gap: var(--_news-space-s);
    overflow-x: auto;
    padding: 3px;
    scrollbar-width: thin;
  }

  .thumbnail {
    flex: none;
    inline-size: var(--news-gallery-thumbnail-size, 4.5rem);
    aspect-ratio: 3 / 2;
    padding: 0;
    border: 2px solid transparent;
    border-radius: var(--_news-radius);
    background: var(--news-gallery-backdrop, #111111);
    cursor: pointer;
    opacity: 0.7;
  }

  .thumbnail[aria-current='true'] {
    border-color: var(--_news-color-accent);
    opacity: 1;
  }

  .thumbnail img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    border-radius: calc(var(--_news-radius) / 2);
  }

  .zoom:focus-visible,
  .nav:focus-visible,
  .thumbnail:focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: 2px;
  }

  .zoom:focus-visible {
    outline-offset: -4px;
  }

  .lightbox .controls {
    padding: 0;
  }

  .lightbox .counter {
    color: inherit;
  }

  /* On a narrow screen the reader swipes; the thumbnails would only crowd it. */
  @container (max-width: 30rem) {
    .thumbnails {
      display: none;
    }
  }

  /* Mobile: the reader swipes, as in a narrow container. (The buttons are 44×44 px everywhere.) */
  ${mobileStyles(
    (host) => css`
      ${host} .thumbnails {
        display: none;
      }
    `,
  )}
`;
