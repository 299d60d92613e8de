// JSX for React 19, which sets custom elements' properties natively: `<news-article article={a}>`
// sets the `article` property, `onnews-card-click={f}` listens to `news-card-click`.
// Use: `import type {} from 'news-widgets/types/react';` once in the app (or list the file in tsconfig).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsElementProperties, NewsEventName, NewsTagName } from './elements.js';

/** `onnews-load`, `onnews-card-click`…: React 19 listens to the event named after `on`. */
export type NewsReactEventProps = {
  [K in NewsEventName as `on${K}`]?: (event: GlobalEventHandlersEventMap[K]) => void;
};

export type NewsReactProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  NewsElementProperties<E> &
  NewsReactEventProps & { class?: string };

type NewsIntrinsicElements = { [T in NewsTagName]: NewsReactProps<HTMLElementTagNameMap[T]> };

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: the members come from the extended type
    interface IntrinsicElements extends NewsIntrinsicElements {}
  }
}
