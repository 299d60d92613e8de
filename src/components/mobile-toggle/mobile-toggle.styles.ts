import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
  }

  :host([hidden]) {
    display: none;
  }

  button {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: var(--_news-space-s) var(--_news-space-m);
    font: inherit;
    font-family: var(--_news-font-body);
    line-height: 1.4;
    color: var(--_news-color-link);
    background: transparent;
    border: 1px solid var(--_news-color-border);
    border-radius: var(--_news-radius);
    cursor: pointer;
  }

  button:hover {
    border-color: currentColor;
  }

  button:focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
