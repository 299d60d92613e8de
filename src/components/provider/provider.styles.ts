import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  /* The elements inside show the article as it arrives; the provider's own "loading" is for
     screen readers only, so nothing on the page moves when it goes (no layout shift). */
  .loading {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
