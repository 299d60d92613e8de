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

  /* A broken image keeps its box, under the fallback panel. */
  .failed {
    min-block-size: 10rem;
  }

  .failed .image,
  .failed .zoom {
    visibility: hidden;
  }

  .fallback {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_news-space-s);
    padding: var(--_news-space-m);
    overflow: auto;
    text-align: center;
    font-family: var(--_news-font-body);
    line-height: 1.5;
    color: var(--_news-color-text);
    background: var(--_news-color-surface);
    border: 1px dashed var(--_news-color-border);
  }

  .fallback p {
    margin: 0;
  }

  .fallback-message {
    color: var(--_news-color-muted);
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
