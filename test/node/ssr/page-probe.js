// Injected into test pages before anything else runs (page.addInitScript): what the hydration
// tests look at, through every shadow root. Plain JavaScript, so the browser gets it as written.
(() => {
  const shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });

  // Rendered by the browser only (news-widgets/ssr leaves them out): not part of what is compared.
  const CLIENT_ONLY = ['news-comments', 'news-mobile-toggle'];

  /** Every element of the document and of every shadow root in it, in tree order; client-only elements' insides left out. */
  const elements = (root = document) => {
    const found = [];
    const visit = (node) => {
      for (const child of node.children) {
        found.push(child);
        if (CLIENT_ONLY.includes(child.localName)) continue;
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    };
    visit(root);
    return found;
  };

  /** The text a reader sees, shadow trees included, without styles, scripts or templates. */
  const text = () => {
    const parts = [];
    const visit = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) parts.push(child.data);
        if (child.nodeType !== Node.ELEMENT_NODE || ['script', 'style', 'template', ...CLIENT_ONLY].includes(child.localName)) continue;
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    };
    visit(document.body);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  };

  const parts = () => elements().filter((element) => element.hasAttribute('part'));

  window.newsProbe = {
    /** Layout shifts not caused by input, so far. */
    shifts: () => [...shifts],
    text,
    /** Marks every element that has a part, so a re-render (new nodes) can be told from hydration. */
    mark: () => parts().map((element) => (element.newsProbeMark = true)).length,
    /** Parts, with whether each is a node marked before, and where each is on screen. */
    parts: () =>
      parts().map((element) => {
        const box = element.getBoundingClientRect();
        const where = [box.x, box.y, box.width, box.height].map((value) => Math.round(value)).join(',');
        return { name: `${element.localName}[part=${element.getAttribute('part')}]`, marked: element.newsProbeMark === true, where };
      }),
    /** True once every news element is defined, has rendered, and waits for no host to hydrate it. */
    hydrated: () =>
      elements()
        .filter((element) => element.localName.startsWith('news-'))
        .every((element) => customElements.get(element.localName) && element.hasUpdated && !element.hasAttribute('defer-hydration')),
  };
})();
