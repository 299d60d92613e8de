// Server-rendered pages in Chromium: readable with JavaScript off (declarative shadow DOM), and
// hydrated in place by the bundle — the same nodes, the same text, nothing moving.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { renderArticle, renderCard, renderPage, renderRail, type Article, type Feed } from '../../../src/ssr.js';
import { launchChromium, watchPageErrors } from '../helpers/browser.js';
import { hydrate } from './hydrate.js';
import { serveSsrSite, type SsrSite } from './ssr-site.js';

const DATA = new URL('../../../demo/data/', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, DATA), 'utf8'));
const ARTICLE: Article = readJson('articles/ha-noi-ket-hop-dien-va-diem.json');
const NEN_XEM: Feed = readJson('feeds/nen-xem.json');
const TIN_KHAC: Feed = readJson('feeds/tin-khac-1.json');

const fragmentsPage = `<!doctype html>
<html lang="vi">
  <head><meta charset="utf-8" /><title>Fragments</title><script type="module" src="news-widgets.js"></script></head>
  <body>
    ${renderArticle(ARTICLE)}
    ${renderRail(TIN_KHAC, { heading: 'Tin khác', layout: 'grid' })}
    ${renderCard(NEN_XEM.items[0])}
  </body>
</html>`;

const PAGES = {
  'page.html': renderPage(ARTICLE, { rails: [{ feed: NEN_XEM, heading: 'Nên xem', limit: 4 }] }),
  'fragments.html': fragmentsPage,
};
/** Where the first related headline leads. */
const LINKED_PAGE = { [ARTICLE.related[0].url.slice(1)]: '<!doctype html><title>Tạo đột phá</title>' };
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };

let site: SsrSite;
let browser: Browser;

before(async () => {
  site = await serveSsrSite({ ...PAGES, ...LINKED_PAGE });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** The text of each element `locator` finds, spaces collapsed. */
async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

const paragraphs = ARTICLE.body.flatMap((block) => (block.type === 'paragraph' ? [block.text!] : []));
const galleryCaptions = ARTICLE.body.flatMap((block) => (block.type === 'gallery' ? block.images.map((image) => image.caption!) : []));

describe('a server-rendered page with JavaScript off', () => {
  let page: Page;
  let errors: string[];

  before(async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.desktop });
    page = await context.newPage();
    errors = watchPageErrors(page);
    await page.goto(`${site.url}/page.html`);
  });
  after(() => page.context().close());

  it('shows the headline, the summary and every paragraph', async () => {
    const headline = page.locator('news-article h1');
    assert.ok(await headline.isVisible());
    assert.equal(await headline.innerText(), ARTICLE.title);
    assert.ok(await page.locator('news-article [part="header"] [part="summary"]').isVisible());
    assert.deepEqual(await page.locator('news-article [part="paragraph"]').allInnerTexts(), paragraphs);
  });

  it('shows the photos with their captions and credits, and the byline', async () => {
    // The demo's lead photo stands in its body too: it is shown once, there.
    const photo = page.locator('news-article news-figure[part="figure"]');
    assert.equal(await photo.locator('figcaption').innerText(), `${ARTICLE.image!.caption} Ảnh: Hoàng Phúc`);
    const box = await photo.locator('img').boundingBox();
    assert.ok(box && box.width > 500 && Math.abs(box.width / box.height - 1.5) < 0.02, 'the photo has its own shape and size');
    assert.deepEqual(await texts(page.locator('news-gallery .slide figcaption')), galleryCaptions.map((caption) => `${caption} Ảnh: Hoàng Phúc`));
    assert.equal(await page.locator('news-article [part="byline"]').innerText(), 'Hoàng Phúc');
  });

  it('lays the article out as designed: a large serif headline over body text', async () => {
    const size = (selector: string) => page.locator(selector).first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    assert.ok((await size('news-article h1')) > 1.5 * (await size('news-article [part="paragraph"]')));
    const column = await page.locator('news-article [part="paragraph"]').first().boundingBox();
    assert.ok(column && column.width > 400 && column.width < 800, `a reading column, not the full width (${column?.width})`);
  });

  it('gives every rail its heading and its headlines as links that work', async () => {
    const links = page.locator('news-rail a[part="title"]');
    const expected = [...ARTICLE.related, ...NEN_XEM.items.slice(0, 4)];
    // (Text, not innerText: a page may give the cards `content-visibility: auto`, which hides them from innerText until scrolled to.)
    assert.deepEqual(await texts(links), expected.map((item) => item.title));
    assert.deepEqual(await page.locator('news-rail [part="heading"]').allInnerTexts(), ['Có thể bạn quan tâm', 'Nên xem']);
    await links.first().click();
    await page.waitForURL(`**${expected[0].url}`);
    assert.equal(await page.title(), 'Tạo đột phá');
    assert.deepEqual(errors, []);
  });
});

describe('the bundle', () => {
  it("carries Lit's hydrate support, which must run before Lit", () => {
    // Without it, upgrading elements would discard the server's shadow trees and render anew.
    const bundle = readFileSync('dist/news-widgets.js', 'utf8');
    // LitElement only asks for the support (`litElementHydrateSupport?.(…)`); the support itself
    // defines it and watches the `defer-hydration` attribute.
    assert.match(bundle, /litElementHydrateSupport=/);
    assert.ok(bundle.includes('defer-hydration'), "src/bundle.ts imports '@lit-labs/ssr-client/lit-element-hydrate-support.js' first");
  });
});

for (const [viewport, size] of Object.entries(VIEWPORTS)) {
  describe(`hydrating server-rendered pages (${viewport})`, () => {
    for (const path of Object.keys(PAGES)) {
      it(`${path}: the bundle takes over the same nodes, text and layout, with no layout shift`, async () => {
        const page = await browser.newPage({ viewport: size });
        const errors = watchPageErrors(page);
        const { marked, before, after, shifts } = await hydrate(page, `${site.url}/${path}`);
        assert.ok(marked > 50, `the server rendered the parts (${marked})`);
        assert.equal(after.text, before.text, 'the same text');
        assert.deepEqual(
          after.parts.filter((part) => !part.marked).map((part) => part.name),
          [],
          'no part was rendered anew',
        );
        assert.deepEqual(after.parts.map((part) => `${part.name} ${part.where}`), before.parts.map((part) => `${part.name} ${part.where}`));
        assert.deepEqual(shifts, []);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  });
}

describe('a server-rendered rail on a phone', () => {
  /** The first card of the page's first rail: its height, its thumbnail's width and place, its summary's height. */
  async function firstCard(page: Page) {
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    return page.locator('news-rail').first().evaluate((rail) => {
      const card = rail.shadowRoot!.querySelector('#list > [part~="card"]')!;
      const [media, headline, summary] = ['media', 'headline', 'summary'].map((part) => card.querySelector(`[part~="${part}"]`)!.getBoundingClientRect());
      return {
        layout: rail.getAttribute('data-layout'),
        card: Math.round(card.getBoundingClientRect().height),
        thumbnail: Math.round(media.width),
        beside: media.right <= headline.left,
        summary: Math.round(summary.height),
      };
    });
  }

  async function withoutScript(viewport: { width: number; height: number }) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/fragments.html`);
      return await firstCard(page);
    } finally {
      await context.close();
    }
  }

  it('paints compact cards before any script runs, and hydrating changes nothing', async () => {
    const desktop = await withoutScript(VIEWPORTS.desktop);
    assert.ok(desktop.summary > 0 && desktop.thumbnail > 200 && !desktop.beside, `desktop: full cards (${JSON.stringify(desktop)})`);

    const phone = await withoutScript(VIEWPORTS.mobile);
    assert.deepEqual(
      { layout: phone.layout, thumbnail: phone.thumbnail, beside: phone.beside, summary: phone.summary },
      { layout: null, thumbnail: 96, beside: true, summary: 0 },
      'phone: a small thumbnail beside the headline, no summary, from the HTML alone',
    );
    assert.ok(phone.card < desktop.card / 2, `phone: a compact card (${phone.card} px, not ${desktop.card})`);

    const page = await browser.newPage({ viewport: VIEWPORTS.mobile });
    try {
      const { shifts } = await hydrate(page, `${site.url}/fragments.html`);
      assert.deepEqual(await firstCard(page), { ...phone, layout: 'mobile' }, 'hydrated: the same card, now told it is on the mobile layout');
      assert.deepEqual(shifts, []);
    } finally {
      await page.close();
    }
  });
});

describe('a hydrated article with HTML paragraphs', () => {
  it('shows the text the server wrote, then the sanitized HTML once the bundle runs', async () => {
    const html = 'Xem <a href="/bai-viet/khac.html">bài khác</a> và <strong>điểm chính</strong>.<script>alert(1)</script>';
    const article: Article = { ...ARTICLE, body: [{ type: 'paragraph', html }] };
    const site = await serveSsrSite({ 'html.html': `<!doctype html><html lang="vi"><head><script type="module" src="news-widgets.js"></script></head><body>${renderArticle(article)}</body></html>` });
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    try {
      const errors = watchPageErrors(page);
      const { before } = await hydrate(page, `${site.url}/html.html`);
      assert.ok(before.text.includes('Xem bài khác và điểm chính.'), 'the server wrote the text');
      const paragraph = page.locator('news-article [part="paragraph"]');
      await paragraph.locator('strong').waitFor();
      assert.equal(await paragraph.locator('a').getAttribute('href'), `${site.url}/bai-viet/khac.html`);
      assert.equal(await paragraph.innerText(), 'Xem bài khác và điểm chính.', 'the same words, the script gone');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      await site.close();
    }
  });
});

describe('a hydrated page', () => {
  let page: Page;
  before(async () => {
    page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    await hydrate(page, `${site.url}/page.html`);
  });
  after(() => page.close());

  it('pages through the gallery', async () => {
    const counter = page.locator('news-gallery [part="counter"] span[aria-hidden="true"]').first();
    assert.equal(await counter.innerText(), `1 / ${galleryCaptions.length}`);
    await page.locator('news-gallery .gallery > [part="controls"] [part="next-button"]').click();
    await page.waitForFunction(() => document.querySelector('news-article')?.shadowRoot?.querySelector('news-gallery')?.shadowRoot?.querySelector('[part="counter"] span')?.textContent?.startsWith('2'));
  });

  it('fires news-card-click from a rail, which the page may cancel', async () => {
    await page.evaluate(() => {
      document.addEventListener('news-card-click', (event) => {
        event.preventDefault();
        document.body.dataset.clicked = event.detail.href;
      });
    });
    await page.locator('news-rail a[part="title"]').nth(4).click();
    assert.equal(await page.evaluate(() => document.body.dataset.clicked), new URL(NEN_XEM.items[1].url, site.url).href);
    assert.equal(new URL(page.url()).pathname, '/page.html', 'no navigation');
  });
});

describe('a long server-rendered article and rail', () => {
  it('hydrate whole: the first render takes over every block and card the server wrote, none is sliced off', async () => {
    // Longer than what the browser renders in one update (200 blocks, 1,000 cards).
    const body = Array.from({ length: 600 }, (_, index) => ({ type: 'paragraph' as const, text: `Đoạn ${index + 1}` }));
    const items = Array.from({ length: 1_500 }, (_, index) => ({ id: `tin-${index}`, url: `https://tin-thu-do.example/tin/${index}.html`, title: `Tin số ${index}` }));
    const html = `${renderArticle({ ...ARTICLE, body })}${renderRail({ items, next: null }, { heading: 'Tin khác' })}`;
    const site = await serveSsrSite({ 'long.html': `<!doctype html><html lang="vi"><head><script type="module" src="news-widgets.js"></script></head><body>${html}</body></html>` });
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    try {
      const errors = watchPageErrors(page);
      const { before, after } = await hydrate(page, `${site.url}/long.html`);
      const count = (parts: { name: string }[], name: string) => parts.filter((part) => part.name === name).length;
      assert.equal(count(before.parts, 'p[part=paragraph]'), 600, 'the server wrote every block');
      assert.equal(count(before.parts, 'div[part=card]'), 1_500, 'the server wrote every card');
      assert.equal(after.text, before.text, 'the same text');
      assert.deepEqual(
        after.parts.filter((part) => !part.marked).map((part) => part.name),
        [],
        'no part was rendered anew',
      );
      assert.equal(after.parts.length, before.parts.length);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      await site.close();
    }
  });
});
