// The single-file bundle as a site builder uses it: one <script type="module"> import.
// (npm test builds before the browser tests run.)
import { expect } from '@open-wc/testing';

const BUNDLE = '/dist/news-widgets.js';
const CLASSES = {
  'news-provider': 'NewsProvider',
  'news-article': 'NewsArticle',
  'news-card': 'NewsCard',
  'news-figure': 'NewsFigure',
  'news-gallery': 'NewsGallery',
  'news-rail': 'NewsRail',
  'news-comments': 'NewsComments',
  'news-mobile-toggle': 'NewsMobileToggle',
};

describe('dist/news-widgets.js', () => {
  it('registers every element and exports the parsers', async () => {
    const bundle = await import(/* @vite-ignore */ BUNDLE);
    for (const [tag, name] of Object.entries(CLASSES)) {
      expect(bundle[name], name).to.be.a('function');
      expect(customElements.get(tag), tag).to.equal(bundle[name]);
    }
    const parsed = bundle.parseArticle({ id: 'a', title: 'Tiêu đề' });
    expect(parsed.ok).to.equal(true);
    expect(parsed.value.lang).to.equal('vi');
    expect(bundle.parseFeed({ items: [] }).ok).to.equal(true);
  });

  it('is harmless to load twice', async () => {
    const first = await import(/* @vite-ignore */ BUNDLE);
    const again = await import(/* @vite-ignore */ `${BUNDLE}?again`);
    expect(again.NewsProvider).to.not.equal(first.NewsProvider);
    expect(customElements.get('news-provider')).to.equal(first.NewsProvider);
  });
});
