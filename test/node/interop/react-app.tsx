// The React 19 page of the interop test (built by esbuild in the test run). React 19 sets the
// properties of a custom element natively and listens to `on<event-name>` props.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type {} from '../../../types/react.js';
// Registered before React renders, so React sees `article` and `items` as properties, not attributes.
import '../../../dist/esm/components/article/news-article.js';
import '../../../dist/esm/components/rail/news-rail.js';
import '../../../dist/esm/components/mobile-toggle/news-mobile-toggle.js';
import type { NewsCardClickEvent } from '../../../dist/esm/events/news-card-click.js';
import { FIRST, SECOND } from './interop-data.js';

function App() {
  const [article, setArticle] = useState(FIRST);
  const [clicked, setClicked] = useState<string[]>([]);
  const [layout, setLayout] = useState('');
  const onCardClick = (event: NewsCardClickEvent) => {
    event.preventDefault();
    setClicked((hrefs) => [...hrefs, event.detail.href]);
  };
  return (
    <main>
      <news-article article={article} heading-level={1}>
        <news-rail items={article.related} heading="Có thể bạn quan tâm" onnews-card-click={onCardClick}></news-rail>
      </news-article>
      <news-mobile-toggle onnews-layout-change={(event) => setLayout(event.detail.layout)}></news-mobile-toggle>
      <button id="next" type="button" onClick={() => setArticle(SECOND)}>
        Bài tiếp
      </button>
      <output id="clicked">{clicked.join(' ')}</output>
      <output id="layout">{layout}</output>
    </main>
  );
}

createRoot(document.querySelector('#app')!).render(<App />);
