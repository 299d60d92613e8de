import { css } from 'lit';

/**
 * The panel in place of a broken photo (`ImageFallback`), for `<news-figure>` and
 * `<news-gallery>`: the photo's `.media` box gets the `failed` class and holds the panel. Include
 * it after `statusStyles`, whose `.retry` button the panel's retry button is.
 */
export const imageFallbackStyles = css`
  /* A broken image keeps its box, under the fallback panel. */
  .failed {
    position: relative;
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
`;
