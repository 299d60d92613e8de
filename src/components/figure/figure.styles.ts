import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  .figure {
    margin: 0;
  }

  .figure:focus {
    outline: none;
  }

  .figure:focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: 2px;
  }

  .media {
    position: relative;
    background: var(--news-figure-placeholder, var(--_news-color-border));
  }

  /* width and height (the HTML attributes) give the box its aspect ratio before the file arrives. */
  .image {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }

  .zoom {
    display: block;
    inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    cursor: zoom-in;
  }

  .zoom:focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: 2px;
  }

  .figcaption {
    padding-block-start: var(--_news-space-s);
    font-family: var(--_news-font-body);
    font-size: var(--news-figure-caption-size, 0.9375rem);
    line-height: 1.5;
    color: var(--_news-color-muted);
  }

  .credit {
    font-style: italic;
  }
`;
