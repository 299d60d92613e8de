// Creating and removing 1,000 of each element (with data) must leave nothing behind: no DOM
// nodes, no event listeners, no heap growth beyond noise. Chromium counts them (CDP
// Performance.getMetrics) after a forced garbage collection.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { CDPSession, Page } from 'playwright-core';
import { watchPageErrors } from '../helpers/browser.js';
import { useServerAndBrowser } from '../helpers/server-and-browser.js';

const CYCLES = 1000;
const article = JSON.parse(readFileSync('demo/data/articles/ha-noi-ket-hop-dien-va-diem.json', 'utf8'));
const feed = JSON.parse(readFileSync('demo/data/feeds/nen-xem.json', 'utf8'));

/** How each element is made, in the page, with its data. */
const MAKERS: Record<string, string> = {
  'news-article': `(el) => { el.article = data.article; }`,
  'news-card': `(el) => { el.article = data.feed.items[0]; }`,
  'news-rail': `(el) => { el.items = data.feed.items; el.heading = 'Nên xem'; }`,
  'news-figure': `(el) => { el.image = data.article.image; }`,
  'news-gallery': `(el) => { el.images = data.article.body.find((block) => block.type === 'gallery').images; }`,
  'news-provider': `(el) => { el.article = data.article; }`,
  'news-comments': `(el) => { el.setAttribute('endpoint', '/comments-stub'); el.setAttribute('article-id', 'a'); el.setAttribute('loading', 'eager'); }`,
  'news-mobile-toggle': `() => {}`,
};

/** An empty page on the demo server's origin, so /dist/ and /data/ are its own. */
const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>create and remove</title>
<script type="module" src="/dist/news-widgets.js"></script></head><body><main id="stage"></main></body></html>`;

const running = useServerAndBrowser();

async function metrics(client: CDPSession): Promise<Record<string, number>> {
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await client.send('Performance.getMetrics');
  return Object.fromEntries(list.map((metric: { name: string; value: number }) => [metric.name, metric.value]));
}

async function cycle(page: Page, tag: string, count: number): Promise<void> {
  await page.evaluate(
    async ({ tag, count, make, data }) => {
      // The comment list answers from memory: no network in a memory test.
      window.fetch = async () => new Response(JSON.stringify({ comments: [], next: null, total: 0 }), { headers: { 'Content-Type': 'application/json' } });
      const setup = (0, eval)(make) as (el: Element) => void;
      const stage = document.getElementById('stage')!;
      (window as unknown as { data: unknown }).data = data;
      for (let index = 0; index < count; index += 1) {
        const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
        setup(el);
        stage.append(el);
        await el.updateComplete;
        el.remove();
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    },
    { tag, count, make: MAKERS[tag].replaceAll('data.', 'window.data.'), data: { article, feed } },
  );
}

describe(`creating and removing ${CYCLES} of each element`, () => {
  for (const tag of Object.keys(MAKERS)) {
    it(`<${tag}> leaves no nodes, listeners or heap behind`, async () => {
      const page = await running.browser.newPage();
      const errors = watchPageErrors(page);
      try {
        await page.route(`${running.server.base}/memory.html`, (route) => route.fulfill({ body: PAGE, contentType: 'text/html' }));
        await page.goto(`${running.server.base}/memory.html`);
        await page.waitForFunction(() => customElements.get('news-rail') !== undefined);
        const client = await page.context().newCDPSession(page);
        await client.send('Performance.enable');
        await cycle(page, tag, 50); // warm up: styles adopted, templates and lazy modules in place
        const start = await metrics(client);
        await cycle(page, tag, CYCLES);
        const end = await metrics(client);
        assert.ok(end.Nodes - start.Nodes < 200, `DOM nodes grew by ${end.Nodes - start.Nodes}`);
        assert.ok(end.JSEventListeners - start.JSEventListeners < 50, `listeners grew by ${end.JSEventListeners - start.JSEventListeners}`);
        const heapGrowth = end.JSHeapUsedSize - start.JSHeapUsedSize;
        assert.ok(heapGrowth < 2 * 1024 * 1024, `heap grew by ${(heapGrowth / 1024).toFixed(0)} KB`);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }
});
