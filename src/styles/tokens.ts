import { css } from 'lit';

/**
 * The theme tokens, with their defaults: include it first in every element's styles. A page
 * themes the kit by setting `--news-*` properties on any ancestor (usually `:root`). Setting the
 * public properties here would hide those, so each is copied into a private `--_news-*` property
 * with its default as the fallback; rules read the private ones, and the defaults live only here.
 * Colors follow the reader's light or dark preference unless `--news-color-scheme` says `light`
 * or `dark`.
 */
export const tokens = css`
  :host {
    color-scheme: var(--news-color-scheme, light dark);
    --_news-font-body: var(--news-font-body, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_news-font-heading: var(--news-font-heading, Georgia, 'Noto Serif', 'Times New Roman', serif);
    --_news-color-text: var(--news-color-text, light-dark(#222222, #e8e8e8));
    --_news-color-muted: var(--news-color-muted, light-dark(#6b6b6b, #a3a3a3));
    --_news-color-accent: var(--news-color-accent, light-dark(#9f224e, #f28ab0));
    --_news-color-link: var(--news-color-link, light-dark(#0a5a9c, #8ab4f8));
    --_news-color-surface: var(--news-color-surface, light-dark(#ffffff, #161616));
    --_news-color-border: var(--news-color-border, light-dark(#e2e2e2, #3a3a3a));
    --_news-focus-ring: var(--news-focus-ring, 2px solid var(--_news-color-link));
    --_news-space-s: var(--news-space-s, 0.5rem);
    --_news-space-m: var(--news-space-m, 1rem);
    --_news-space-l: var(--news-space-l, 1.5rem);
    --_news-radius: var(--news-radius, 4px);
    /* Each element paints its own surface, so a dark theme reads on a light page too. */
    background: var(--_news-color-surface);
    color: var(--_news-color-text);
  }
`;
