// A portal that embeds two publishers may load two copies of the bundle (two versions, two
// URLs). The second copy leaves the tags the first defined alone, says so once per tag, and the
// page keeps working with the elements that are there. (npm test builds first.)
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, watchPageErrors } from '../helpers/browser.js';
import { serveFolder } from '../helpers/static-server.js';

const ARTICLE = { id: 'a', title: 'Hai bản thư viện trên một trang', body: [{ type: 'paragraph', text: 'Đoạn văn.' }] };

let dir: string;
let site: Awaited<ReturnType<typeof serveFolder>>;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'news-two-copies-'));
  for (const copy of ['publisher-a', 'publisher-b']) {
    mkdirSync(join(dir, copy));
    for (const file of readdirSync('dist')) {
      if (/^news-widgets.*\.js$/.test(file)) copyFileSync(join('dist', file), join(dir, copy, file));
    }
  }
  writeFileSync(
    join(dir, 'portal.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Portal</title>
      <script type="module" src="publisher-a/news-widgets.js"></script>
      <script type="module" src="publisher-b/news-widgets.js"></script>
    </head><body>
      <news-article><script type="application/json">${JSON.stringify(ARTICLE)}</script></news-article>
      <news-mobile-toggle></news-mobile-toggle>
    </body></html>`,
  );
  site = await serveFolder(dir);
});

after(() => {
  site.server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('two copies of the bundle on one page', () => {
  it('keep the first copy\'s elements, warn once per tag, and the page works', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors = watchPageErrors(page);
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.goto(`${site.url}/portal.html`);
      await page.waitForFunction(() => (document.querySelector('news-article') as { hasUpdated?: boolean } | null)?.hasUpdated);
      assert.equal(await page.locator('news-article h1').innerText(), ARTICLE.title);
      // Both copies' API works: the second's parser, the first's elements.
      const parsed = await page.evaluate(async () => {
        const b = await import('./publisher-b/news-widgets.js' as string);
        return b.parseArticle('{"id":"x","title":"Tiêu đề"}').ok;
      });
      assert.equal(parsed, true);
      await page.locator('news-mobile-toggle button').click();
      await page.waitForFunction(() => document.documentElement.dataset.newsLayout === 'mobile');
      const tags = await page.evaluate(() => ['news-article', 'news-provider', 'news-figure', 'news-gallery', 'news-mobile-toggle'].filter((tag) => customElements.get(tag)));
      assert.equal(tags.length, 5);
      for (const tag of tags) {
        assert.equal(warnings.filter((warning) => warning.includes(`<${tag}> is already registered by another class`)).length, 1, tag);
      }
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
