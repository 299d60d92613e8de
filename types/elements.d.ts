// What the framework typings share: every news-* tag with its class, the properties a page may
// set on it, and the news-* events. Read from the library's own declarations (each register
// module adds its tag to HTMLElementTagNameMap, each event to GlobalEventHandlersEventMap), so
// a new element or event is typed here with no change to this file.
import type { LitElement } from 'lit';
// The register modules, for their HTMLElementTagNameMap and event map entries.
import type {} from '../dist/esm/define.js';

/** Every tag of the library: `news-article`, `news-card`, … */
export type NewsTagName = Extract<keyof HTMLElementTagNameMap, `news-${string}`>;

/** Every event of the library: `news-load`, `news-card-click`, … */
export type NewsEventName = Extract<keyof GlobalEventHandlersEventMap, `news-${string}`>;

/** The element's own public properties (`article`, `src`, `heading`…), each optional; no methods, nothing of LitElement. */
export type NewsElementProperties<E> = {
  [K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};
