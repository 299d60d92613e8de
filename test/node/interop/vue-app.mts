// The Vue 3 page of the interop test (built by esbuild in the test run, with Vue's runtime
// template compiler). Vue sets a property when the element has it; `isCustomElement` tells the
// compiler that news-* tags are not Vue components.
import { createApp, ref, shallowRef } from 'vue';
import '../../../dist/esm/components/article/news-article.js';
import '../../../dist/esm/components/rail/news-rail.js';
import '../../../dist/esm/components/mobile-toggle/news-mobile-toggle.js';
import type { NewsCardClickEvent } from '../../../dist/esm/events/news-card-click.js';
import type { NewsLayoutChangeEvent } from '../../../dist/esm/events/news-layout-change.js';
import { FIRST, SECOND } from './interop-data.js';

const app = createApp({
  setup() {
    // shallowRef: the elements get the plain object, not a deep reactive proxy of it.
    const article = shallowRef(FIRST);
    const clicked = ref<string[]>([]);
    const layout = ref('');
    return {
      article,
      clicked,
      layout,
      next: () => (article.value = SECOND),
      onCardClick(event: NewsCardClickEvent) {
        event.preventDefault();
        clicked.value = [...clicked.value, event.detail.href];
      },
      onLayoutChange: (event: NewsLayoutChangeEvent) => (layout.value = event.detail.layout),
    };
  },
  template: `<main>
    <news-article :article="article" heading-level="1">
      <news-rail :items="article.related" heading="Có thể bạn quan tâm" @news-card-click="onCardClick"></news-rail>
    </news-article>
    <news-mobile-toggle @news-layout-change="onLayoutChange"></news-mobile-toggle>
    <button id="next" type="button" @click="next">Bài tiếp</button>
    <output id="clicked">{{ clicked.join(' ') }}</output>
    <output id="layout">{{ layout }}</output>
  </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('news-');
app.mount('#app');
