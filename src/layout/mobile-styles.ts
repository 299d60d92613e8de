import { unsafeCSS, type CSSResult } from 'lit';
import { MOBILE_QUERY } from './layout-store.js';

/** A host the LayoutController has put on the mobile layout. */
const MOBILE_HOST = unsafeCSS(":host([data-layout='mobile'])");
/** On a narrow viewport: a host not (yet) told its layout, as server-rendered markup is before its script runs. */
const NARROW_HOST = unsafeCSS(":host(:not([data-layout='desktop']))");

/**
 * An element's rules for the mobile layout, written once. `rules` is given the selector of a host
 * on the mobile layout and writes each rule with it:
 *
 * ```ts
 * mobileStyles((host) => css`
 *   ${host} .thumbnails {
 *     display: none;
 *   }
 * `);
 * ```
 *
 * The rules apply to a host with `data-layout="mobile"` (set by LayoutController), and also, on a
 * viewport as narrow as `MOBILE_QUERY`, to a host without `data-layout`: server-rendered markup on
 * a phone paints the mobile look before any script runs, and hydrating it (which sets
 * `data-layout="mobile"` there in `auto` mode) changes nothing. A reader who chose the desktop
 * version (`data-layout="desktop"`) keeps it on any screen.
 *
 * A function rather than CSS nesting inside `:host(…)`, which Chromium reads but Safari has been
 * reported to drop (https://github.com/w3c/csswg-drafts/issues/9496, still so in late 2024), and
 * iPhones are where these rules matter most.
 */
export function mobileStyles(rules: (host: CSSResult) => CSSResult): CSSResult {
  // Joined as text: lit-analyzer cannot parse an expression in the prelude of an at-rule.
  return unsafeCSS(`${rules(MOBILE_HOST)}\n@media ${MOBILE_QUERY} {\n${rules(NARROW_HOST)}\n}`);
}
