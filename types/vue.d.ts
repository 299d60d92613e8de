// Vue 3 templates: `<news-article :article="a" @news-load="…">` type-checked by vue-tsc (Volar).
// The compiler must also be told these are custom elements (the README shows `isCustomElement`).
// Use: `import type {} from 'news-widgets/types/vue';` once in the app.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { NewsElementProperties, NewsEventName, NewsTagName } from './elements.js';

/** A custom element as Vue sees a component: its properties as props, its events as emits. */
export type NewsVueElement<E extends HTMLElement> = new () => E & {
  $props: HTMLAttributes & NewsElementProperties<E> & PublicProps;
  $emit: EmitFn<{ [K in NewsEventName]: (event: GlobalEventHandlersEventMap[K]) => void }>;
};

type NewsGlobalComponents = { [T in NewsTagName]: NewsVueElement<HTMLElementTagNameMap[T]> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: the members come from the extended type
  interface GlobalComponents extends NewsGlobalComponents {}
}
