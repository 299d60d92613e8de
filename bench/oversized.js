// The page side of oversized.bench.mjs (a classic script, run before the bundle): builds each
// oversized or odd document of test/hostile/odd-documents.test.ts in memory, serves it to an
// element's `src` through a stubbed fetch (no network or disk in the figure), and times the load
// from putting the element on the page to its whole render (news-load or news-error, its
// updateComplete: every slice, a forced layout), noting the long tasks (≥ 50 ms, the Long Tasks API) and the long frames
// (≥ 50 ms from a frame's first task to its paint, the Long Animation Frames API) on the way.

/** Far above what any of these documents takes; only a hang reaches it. */
const HANG_MS = 30_000;
const IMAGE = '/demo/data/images/ha-noi-ket-hop-dien-va-diem.svg';

function article(fields) {
  return {
    id: 'odd',
    title: 'Bài báo',
    lang: 'vi',
    publishedAt: '2020-07-15T17:30:00+07:00',
    authors: [{ name: 'Hoàng Phúc' }],
    image: { src: IMAGE, alt: 'Ảnh', width: 1200, height: 800 },
    body: [{ type: 'paragraph', text: 'Đoạn văn.' }],
    ...fields,
  };
}

function feedItems(count) {
  return Array.from({ length: count }, (_, index) => ({
    id: `tin-${index}`,
    url: `https://tin-thu-do.example/tin-${index}.html`,
    title: `Tin số ${index}`,
    publishedAt: new Date(Date.UTC(2020, 6, 15) - index * 60_000).toISOString(),
  }));
}

/** `{"a":{"a":…}}` nested `levels` deep. */
function nested(levels) {
  let value = 'đáy';
  for (let level = 0; level < levels; level += 1) value = { a: value };
  return value;
}

const paragraphs = (count, text) => Array.from({ length: count }, (_, index) => ({ type: 'paragraph', text: text(index) }));
const SENTENCE = 'Hà Nội kết hợp giữa diện và điểm trong công tác dân vận. '.repeat(44);
// JSON escapes for lone halves: JSON.parse gives strings that are not well-formed UTF-16.
const LONE = 'Tin \\ud800 lẻ \\udc00 và \\udbff\\ud800 ngược';

/** Each document: the element that loads it, and its JSON text. */
const DOCUMENTS = {
  'article-5mb': { tag: 'news-article', text: () => JSON.stringify(article({ body: paragraphs(2000, (index) => `${index}: ${SENTENCE}`) })) },
  'article-10k-blocks': { tag: 'news-article', text: () => JSON.stringify(article({ body: paragraphs(10_000, (index) => `Đoạn ${index}`) })) },
  'feed-10k-items': { tag: 'news-rail', text: () => JSON.stringify({ title: 'Tin khác', items: feedItems(10_000) }) },
  'article-20001-blocks': { tag: 'news-article', text: () => JSON.stringify(article({ body: paragraphs(20_001, () => 'Đoạn') })) },
  'article-nested-100': { tag: 'news-article', text: () => JSON.stringify(article({ extra: nested(100) })) },
  'feed-nested-100': {
    tag: 'news-rail',
    text: () => {
      const items = feedItems(3);
      items[0].extra = nested(100);
      return JSON.stringify({ items });
    },
  },
  'article-1mb-paragraph': { tag: 'news-article', text: () => JSON.stringify(article({ body: [{ type: 'paragraph', text: 'ắ'.repeat(1_000_000) }] })) },
  'article-rtl-emoji': {
    tag: 'news-article',
    text: () =>
      JSON.stringify(
        article({
          title: 'مرحبا بالعالم — שלום עולם 👋🏽 🇻🇳 👨‍👩‍👧‍👦',
          lang: 'ar',
          body: [
            { type: 'paragraph', text: 'العربية English עברית 123 😀' },
            { type: 'quote', text: '«نص مقتبس» 🗞️', cite: 'مصدر' },
          ],
        }),
      ),
  },
  'article-zero-width': { tag: 'news-article', text: () => JSON.stringify(article({ title: 'Hà\u200BNội\u200C\u200D kết\u2060hợp\uFEFF \u200E\u200F\u202Ediện\u202C' })) },
  'article-unpaired-surrogates': { tag: 'news-article', text: () => `{"id":"odd","title":"${LONE}","body":[{"type":"paragraph","text":"${LONE}"}]}` },
};

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
// Long tasks leave out the rendering a frame does after them (style, layout, paint), which for a
// document rendered in slices is most of each frame's work: long frames count it.
const longFrames = [];
const longFrameObserver = new PerformanceObserver((list) => longFrames.push(...list.getEntries()));
longFrameObserver.observe({ type: 'long-animation-frame', buffered: true });

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

let prepared;

globalThis.oversizedBench = {
  /** Builds the document `name` (outside the timing) and keeps it for `measure()`; resolves to its size in bytes. */
  async prepare(name) {
    await customElements.whenDefined('news-rail');
    const { tag, text } = DOCUMENTS[name];
    prepared = { tag, text: text() };
    return new Blob([prepared.text]).size;
  },

  /**
   * Loads the prepared document into a new element: `time` from appending it to its whole render
   * (`updateComplete`: every slice of a long document), the `longest` long task and the
   * `longestFrame` (0 when none reached 50 ms) from then to the frame after, and what shows.
   * With `contentVisibility`, the page opts the cards and paragraphs into `content-visibility: auto`.
   */
  async measure({ contentVisibility }) {
    const { tag, text } = prepared;
    document.getElementById('stage').classList.toggle('content-visibility', contentVisibility);
    const realFetch = window.fetch;
    window.fetch = async () => new Response(text, { headers: { 'content-type': 'application/json' } });
    const element = document.createElement(tag);
    element.src = '/odd/document.json';
    const settled = new Promise((resolve) => {
      element.addEventListener('news-load', () => resolve('news-load'), { once: true });
      element.addEventListener('news-error', () => resolve('news-error'), { once: true });
      setTimeout(() => resolve('hang'), HANG_MS);
    });
    // The document was built in an earlier task; start on a quiet main thread.
    await frame();
    const start = performance.now();
    document.getElementById('stage').append(element);
    const outcome = await settled;
    await element.updateComplete;
    await Promise.all([...element.shadowRoot.querySelectorAll('news-figure, news-gallery')].map((child) => child.updateComplete));
    element.getBoundingClientRect();
    const time = performance.now() - start;
    // The frame that paints it is part of the freeze a reader would feel.
    await frame();
    await frame();
    // A frame's entry comes some time after its paint: wait for the ones still on their way.
    await new Promise((resolve) => setTimeout(resolve, 200));
    longFrames.push(...longFrameObserver.takeRecords());
    const since = (entries) => Math.max(0, ...entries.filter((entry) => entry.startTime + entry.duration > start).map((entry) => entry.duration));
    const longest = since(longTasks);
    const longestFrame = since(longFrames);
    const shown = element.shadowRoot.querySelectorAll('[part~="paragraph"], [part~="card"]').length;
    const error = element.shadowRoot.querySelector('[part~="error"] [part~="retry-button"]') !== null;
    window.fetch = realFetch;
    prepared = undefined;
    return { outcome, time, longest, longestFrame, shown, error };
  },

  /** The parser alone on the prepared document, as the element calls it: milliseconds. */
  async parse() {
    const { parseArticle, parseFeed } = await import('/dist/news-widgets.js');
    const { tag, text } = prepared;
    const parse = tag === 'news-rail' ? parseFeed : parseArticle;
    await frame();
    const start = performance.now();
    parse(text, { baseUrl: location.href });
    const time = performance.now() - start;
    prepared = undefined;
    return time;
  },
};
