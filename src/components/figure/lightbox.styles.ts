import { css } from 'lit';

/** Styles for `renderLightbox`: a dark full-screen viewer. */
export const lightboxStyles = css`
  .lightbox {
    box-sizing: border-box;
    inline-size: 100vw;
    block-size: 100dvh;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: var(--_news-space-m);
    border: 0;
    color: #f2f2f2;
    background: #111111;
    font-family: var(--_news-font-body);
  }

  .lightbox[open] {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto auto;
    justify-items: center;
    gap: var(--_news-space-s);
  }

  .lightbox::backdrop {
    background: rgb(0 0 0 / 0.6);
  }

  .lightbox-image {
    display: block;
    align-self: center;
    max-inline-size: 100%;
    max-block-size: 100%;
    min-block-size: 0;
    object-fit: contain;
  }

  .lightbox-caption {
    max-inline-size: 70ch;
    margin: 0;
    line-height: 1.5;
    text-align: center;
  }

  .lightbox .credit {
    color: #c8c8c8;
  }

  .lightbox button {
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    font: inherit;
    font-size: 1.5rem;
    line-height: 1;
    color: inherit;
    background: rgb(255 255 255 / 0.12);
    border: 1px solid rgb(255 255 255 / 0.4);
    border-radius: 50%;
    cursor: pointer;
  }

  .lightbox .close {
    justify-self: end;
  }

  .lightbox button:focus-visible {
    outline: 2px solid #fff;
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: no-preference) {
    .lightbox[open] {
      animation: news-lightbox-in 0.2s ease-out;
    }
  }

  @keyframes news-lightbox-in {
    from {
      opacity: 0;
    }
  }
`;
