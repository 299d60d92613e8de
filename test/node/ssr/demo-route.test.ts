// The demo server's /ssr/{id}: the whole article with JavaScript off, hydrated cleanly with it on.
// (npm test builds first: the route renders with dist/esm/ssr.js and the page loads the bundle.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Article } from '../../../src/format/types.js';
import { watchPageErrors } from '../helpers/browser.js';
import { useServerAndBrowser } from '../helpers/server-and-browser.js';
import { hydrate } from './hydrate.js';
import { textOf } from './html-text.js';

const ID = 'ha-noi-ket-hop-dien-va-diem';
const ARTICLE: Article = JSON.parse(readFileSync(`demo/data/articles/${ID}.json`, 'utf8'));
const running = useServerAndBrowser();

describe('GET /ssr/{id}', () => {
  it('answers with the whole article rendered on the server', async () => {
    const res = await fetch(`${running.server.base}/ssr/${ID}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    const html = await res.text();
    assert.match(html, /^<!doctype html>/);
    assert.ok(html.includes('<script type="module" src="/dist/news-widgets.js"></script>'));
    const text = textOf(html);
    for (const block of ARTICLE.body) if (block.type === 'paragraph') assert.ok(text.includes(block.text!));
    for (const heading of ['Có thể bạn quan tâm', 'Nên xem', 'Tin khác', 'Xem thêm']) assert.ok(text.includes(heading), heading);
  });

  it('answers 404 for an unknown article and 405 for other methods', async () => {
    assert.equal((await fetch(`${running.server.base}/ssr/no-such-article`)).status, 404);
    assert.equal((await fetch(`${running.server.base}/ssr/${ID}`, { method: 'POST' })).status, 405);
  });

  it('reads in full with JavaScript off', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.server.base}/ssr/${ID}`);
    assert.equal(await page.locator('news-article h1').innerText(), ARTICLE.title);
    const paragraphs = ARTICLE.body.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));
    assert.deepEqual(await page.locator('news-article [part="paragraph"]').allInnerTexts(), paragraphs);
    assert.ok((await page.locator('news-rail a[part="title"]').count()) > 10);
    await context.close();
  });

  it('hydrates with JavaScript on: same nodes and text, no layout shift, no error; comments and "Xem thêm" then work', async () => {
    const page = await running.browser.newPage();
    const errors = watchPageErrors(page);
    const { before, after, shifts } = await hydrate(page, `${running.server.base}/ssr/${ID}`);
    assert.equal(after.text, before.text);
    assert.deepEqual(after.parts.filter((part) => !part.marked).map((part) => part.name), []);
    assert.deepEqual(shifts, []);
    // Client-only: the comments load from the API once the bundle runs and they come near the viewport.
    await page.locator('news-comments').scrollIntoViewIfNeeded();
    await page.locator('news-comments [part~="list"], news-comments [part~="empty"]').first().waitFor();
    assert.equal(await page.locator('news-comments [part~="error"]').count(), 0, 'no error panel in the comments');
    // The "Tin khác" rail pages through the API from the page the server rendered.
    const tinKhac = page.locator('news-rail[heading="Tin khác"]');
    const cards = await tinKhac.locator('a[part="title"]').count();
    await tinKhac.locator('[part="more-button"]').click();
    await page.waitForFunction(
      (count) => (document.querySelector('news-rail[heading="Tin khác"]')?.shadowRoot?.querySelectorAll('a[part="title"]').length ?? 0) > count,
      cards,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});
