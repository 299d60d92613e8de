// The demo newspaper page end to end, as a reader uses it: the real reference server (its own
// SQLite file) on a free port, the built bundle, Debian's Chromium.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { watchPageErrors } from '../helpers/browser.js';
import { useServerAndBrowser } from '../helpers/server-and-browser.js';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const running = useServerAndBrowser();

async function openDemo(viewport = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const context = await running.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await page.goto(`${running.server.base}/`);
  await page.locator('news-article h1').waitFor();
  return { page, errors };
}

/** The links of a rail's cards (each card has exactly one). */
const railLinks = (page: Page, rail: string) => page.locator(`${rail} a[href*="/bai-viet/"]`);

describe('the demo page', () => {
  it('shows every section of the newspaper page, filled', async () => {
    const { page, errors } = await openDemo();
    assert.equal(await page.locator('news-article h1').innerText(), 'Hà Nội sẽ kết hợp giữa “diện” và “điểm” trong công tác dân vận');
    assert.equal(await page.locator('news-article [part~="paragraph"]').count(), 11, 'every paragraph of the seed');
    await page.locator('news-article').getByText('Hoàng Phúc', { exact: true }).first().waitFor();

    const related = page.locator('news-rail.related');
    await related.getByRole('heading', { name: 'Có thể bạn quan tâm' }).waitFor();
    assert.equal(await railLinks(page, 'news-rail.related').count(), 3);

    await page.getByRole('heading', { name: 'Nên xem' }).waitFor();
    await railLinks(page, 'aside news-rail').nth(6).waitFor();
    assert.equal(await railLinks(page, 'aside news-rail').count(), 7);

    await page.getByRole('heading', { name: 'Tin khác' }).waitFor();
    assert.ok((await railLinks(page, 'news-rail.more-news').count()) >= 1);

    const comments = page.locator('news-comments');
    await comments.scrollIntoViewIfNeeded();
    await comments.getByRole('heading', { name: 'Ý kiến bạn đọc' }).waitFor();
    await page.locator('news-comments [part~="list"], news-comments [part~="empty"]').first().waitFor();
    assert.equal(await page.locator('news-comments [part~="error"]').count(), 0, 'no error panel in the comments');
    assert.equal(await page.locator('news-mobile-toggle button').innerText(), 'Phiên bản di động');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('pages through "Tin khác" with "Xem thêm" to its end', async () => {
    const { page, errors } = await openDemo();
    const rail = page.locator('news-rail.more-news');
    await rail.scrollIntoViewIfNeeded();
    const more = rail.getByRole('button', { name: 'Xem thêm' });
    await more.waitFor();
    while (await more.isVisible()) {
      const before = await railLinks(page, 'news-rail.more-news').count();
      await more.click();
      await page.waitForFunction(
        ([selector, count]) => {
          const rail = document.querySelector(selector as string);
          const links = rail?.shadowRoot?.querySelectorAll('a[href*="/bai-viet/"]').length ?? 0;
          return links > (count as number);
        },
        ['news-rail.more-news', before],
      );
    }
    assert.equal(await railLinks(page, 'news-rail.more-news').count(), 10, 'all ten "Tin khác" items');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('lets a reader post a comment and see it', async () => {
    const { page, errors } = await openDemo();
    const comments = page.locator('news-comments');
    await comments.scrollIntoViewIfNeeded();
    await comments.getByLabel('Họ tên').fill('Bạn đọc thử');
    await comments.getByLabel('Ý kiến của bạn').fill('Bài viết hay, cảm ơn tác giả.\nMong có thêm số liệu.');
    await comments.getByRole('button', { name: 'Gửi bình luận' }).click();
    await comments.getByText('Bài viết hay, cảm ơn tác giả.').waitFor();
    await comments.getByText('Bạn đọc thử', { exact: true }).first().waitFor();

    // The comment is stored: a new visit shows it too.
    await page.reload();
    const again = page.locator('news-comments');
    await again.scrollIntoViewIfNeeded();
    await again.getByText('Bài viết hay, cảm ơn tác giả.').waitFor();
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('switches between the desktop and the phone layout with the toggle, and keeps the choice', async () => {
    const { page, errors } = await openDemo();
    const columns = () => page.locator('.columns').evaluate((element) => getComputedStyle(element).gridTemplateColumns.split(' ').length);
    assert.equal(await columns(), 2, 'desktop: article and side column');
    // Scrolled to, the footer brings the comments above it near the viewport: they load and grow,
    // moving the toggle. Click once they are shown, as a reader would.
    await page.locator('news-mobile-toggle').scrollIntoViewIfNeeded();
    await page.locator('news-comments [part~="list"], news-comments [part~="empty"]').first().waitFor();
    await page.locator('news-mobile-toggle button').click();
    assert.equal(await page.locator('html').getAttribute('data-news-layout'), 'mobile');
    assert.equal(await columns(), 1, 'phone: one column');
    assert.equal(await page.locator('news-mobile-toggle button').innerText(), 'Phiên bản máy tính');
    await page.reload();
    await page.locator('news-article h1').waitFor();
    assert.equal(await page.locator('html').getAttribute('data-news-layout'), 'mobile', 'the choice is kept');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  for (const [name, viewport] of Object.entries({ desktop: DESKTOP, phone: PHONE })) {
    it(`does not shift while slow images load (${name})`, async () => {
      const context = await running.browser.newContext({ viewport });
      const page = await context.newPage();
      const errors = watchPageErrors(page);
      // Every image answers late, as on a slow connection.
      await page.route('**/data/images/**', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      });
      await page.addInitScript(() => {
        (window as unknown as { cls: number }).cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${running.server.base}/`);
      await page.locator('news-article h1').waitFor();
      await page.waitForLoadState('networkidle');
      const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
      assert.equal(cls, 0, `cumulative layout shift on ${name}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

describe('a partner portal on another origin', () => {
  it('shows the publisher headlines with one tag and one script, with UTM attribution', async () => {
    // The partner's own server: a plain page, nothing else.
    const partnerPage = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đối tác</title>
      <link rel="icon" href="data:,">
      <script type="module" src="${running.server.base}/dist/news-widgets.js"></script></head>
      <body><news-rail src="${running.server.base}/api/feeds/tin-khac" heading="Tin Thủ đô" utm-source="doi-tac"></news-rail></body></html>`;
    const partner = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(partnerPage));
    await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
    const context = await running.browser.newContext();
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    try {
      await page.goto(`http://127.0.0.1:${(partner.address() as AddressInfo).port}/`);
      const first = page.locator('news-rail a[href*="/bai-viet/"]').first();
      await first.waitFor();
      const href = new URL((await first.getAttribute('href'))!);
      assert.equal(href.origin, running.server.base, 'links go to the publisher, resolved against its feed');
      assert.equal(href.searchParams.get('utm_source'), 'doi-tac');
      assert.equal(await page.getByRole('heading', { name: 'Tin Thủ đô' }).count(), 1);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      partner.close();
    }
  });
});
