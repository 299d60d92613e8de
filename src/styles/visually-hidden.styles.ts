import { css, unsafeCSS, type CSSResult } from 'lit';

/** `selector`, hidden from sight but not from screen readers. */
function hiddenFromSight(selector: CSSResult): CSSResult {
  return css`
    ${selector} {
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
}

/** Anything marked `.visually-hidden`: live regions, labels only a screen reader needs, the comment form's honeypot. */
export const visuallyHiddenStyles = hiddenFromSight(unsafeCSS('.visually-hidden'));

/**
 * The loading message of `renderStatus` for screen readers only, in an element whose loading shows
 * otherwise (skeleton cards, or the content as it arrives): nothing on the page moves when it goes.
 */
export const quietLoadingStyles = hiddenFromSight(unsafeCSS('.loading'));
