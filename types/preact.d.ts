// JSX for Preact 10, which sets a property when the element has it and listens to `onnews-…`
// props as the `news-…` events. Use: `import type {} from 'news-widgets/types/preact';`.
// Preact declares its JSX namespace in `preact/src/jsx` (re-exported as `JSX`), so that is the
// module augmented here.
import type { JSXInternal } from 'preact/src/jsx';
import type { NewsElementProperties, NewsEventName, NewsTagName } from './elements.js';

export type NewsPreactEventProps = {
  [K in NewsEventName as `on${K}`]?: (event: GlobalEventHandlersEventMap[K]) => void;
};

export type NewsPreactProps<E extends HTMLElement> = JSXInternal.HTMLAttributes<E> & NewsElementProperties<E> & NewsPreactEventProps;

type NewsIntrinsicElements = { [T in NewsTagName]: NewsPreactProps<HTMLElementTagNameMap[T]> };

declare module 'preact/src/jsx' {
  namespace JSXInternal {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: the members come from the extended type
    interface IntrinsicElements extends NewsIntrinsicElements {}
  }
}
