// The page side of the "time to first render" figure of article.bench.mjs (a classic script, run
// before the bundle): once <news-article> has loaded its `src` and rendered, records the times from
// the end of the bundle's download and from the start of navigation.
document.addEventListener(
  'news-load',
  async (event) => {
    const element = event.target;
    await element.updateComplete;
    await Promise.all([...element.shadowRoot.querySelectorAll('news-figure, news-gallery')].map((child) => child.updateComplete));
    const rendered = performance.now();
    const script = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/dist/news-widgets.js'));
    globalThis.firstRender = {
      afterScript: rendered - script.responseEnd,
      afterNavigation: rendered,
      paragraphs: element.shadowRoot.querySelectorAll('[part~="paragraph"]').length,
    };
  },
  { once: true },
);
