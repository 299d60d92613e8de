// A host page with the contract's strict Content-Security-Policy (Trusted Types required): every
// element works on it — the article with HTML blocks and its JSON-LD, a rail, a gallery's lightbox,
// comments posted to the real reference server, the mobile toggle — and the page records no
// `securitypolicyviolation` event. The page's script is bundled from source with esbuild (with
// code splitting, so the DOMPurify chunk is loaded lazily as in the real bundle) and served, with
// the data and the comment API, from the page's own origin, as 'self' demands.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { resolveInside, sendFile } from '../../../demo/server/static-files.mjs';
import { watchPageErrors } from '../helpers/browser.js';
import { useServerAndBrowser } from '../helpers/server-and-browser.js';
import { DEMO_ARTICLE } from '../server/server-fixture.js';

/** The policy of the contract, word for word. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types news-widgets lit-html dompurify 'allow-duplicates'";

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DATA = `${ROOT}demo/data`;

/**
 * The demo article, with the two ways raw HTML comes in: an `html` block and a paragraph's `html`.
 * The markup is clean on purpose: Chromium reports every on* attribute of markup it parses, in any
 * document of the page (the Sanitizer API, DOMParser, an inert document alike), as a
 * script-src-attr violation, before the sanitizer removes it. Hostile markup never runs (see
 * test/hostile), but its reports reach the host's CSP reporting; that is the data's, not ours.
 */
function articleWithHtml(): string {
  const article = JSON.parse(readFileSync(`${DATA}/articles/${DEMO_ARTICLE}.json`, 'utf8'));
  article.body.push(
    { type: 'html', html: '<p>Khối <strong title="html-block">HTML</strong> <a href="/bai-viet/x.html">liên kết</a></p>' },
    { type: 'paragraph', html: 'Đoạn <em title="html-paragraph">nghiêng</em><img src="/data/images/x.svg">' },
  );
  return JSON.stringify(article);
}

const GALLERY = JSON.stringify({
  caption: 'Hồ Gươm',
  images: [
    { src: '/data/images/phat-huy-gia-tri-canh-quan-khong-gian-ho-guom.svg', alt: 'Hồ Gươm', width: 480, height: 320, caption: 'Một', credit: 'TTXVN' },
    { src: '/data/images/moi-cong-dan-thu-do-phai-tro-thanh-mot-cong-dan-so.svg', alt: 'Phố', width: 480, height: 320, caption: 'Hai' },
  ],
});

// Inline JSON is data, not script: the policy allows it.
const PAGE = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Strict CSP</title><script type="module" src="/app/page.js"></script></head>
<body>
  <news-mobile-toggle></news-mobile-toggle>
  <news-provider src="/article.json" comments-endpoint="/api/comments">
    <news-article></news-article>
    <news-rail src="/data/feeds/nen-xem.json" limit="4"></news-rail>
    <news-comments loading="eager"></news-comments>
  </news-provider>
  <news-gallery id="gallery"><script type="application/json">${GALLERY}</script></news-gallery>
</body>
</html>`;

/** The page's own origin: the page, its bundled script, the data, and the comment API passed through. */
async function startHost(api: string): Promise<{ url: string; server: Server }> {
  const bundle = await build({
    entryPoints: { page: fileURLToPath(new URL('page.ts', import.meta.url)) },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: '/app',
    write: false,
    logLevel: 'silent',
  });
  const files = new Map(bundle.outputFiles.map((file) => [file.path, file.text]));
  const article = articleWithHtml();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    res.setHeader('Content-Security-Policy', STRICT_CSP);
    // The browser asks for a favicon on its own; that is not the page's request.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (path === '/article.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(article);
    if (files.has(path)) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(files.get(path));
    if (path.startsWith('/api/')) {
      const upstream = new URL(req.url!, api);
      const forward = httpRequest(upstream, { method: req.method, headers: { ...req.headers, host: upstream.host } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      return void req.pipe(forward);
    }
    const file = path.startsWith('/data/') ? resolveInside(DATA, path.slice('/data'.length)) : null;
    if (!file || !(await sendFile(req, res, file))) res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('a host page with a strict Content-Security-Policy and Trusted Types', () => {
  const running = useServerAndBrowser();
  let host: { url: string; server: Server };

  before(async () => {
    host = await startHost(running.server.base);
  });

  after(() => {
    host?.server.close();
    host?.server.closeAllConnections();
  });

  for (const sanitizer of ['native Sanitizer API', 'DOMPurify'] as const) {
    it(`every element works, with no violation (${sanitizer})`, async () => {
      const page: Page = await running.browser.newPage();
      // Bounds that catch a hang, not a measure of speed.
      page.setDefaultTimeout(15_000);
      const errors = watchPageErrors(page);
      await page.goto(`${host.url}/${sanitizer === 'DOMPurify' ? '?dompurify' : ''}`);
      await page.waitForFunction(() => (window as unknown as { ready?: Promise<unknown> }).ready);
      await page.evaluate(() => (window as unknown as { ready: Promise<unknown> }).ready);

      // The article, its HTML blocks sanitized (the handlers gone), and its JSON-LD.
      await page.locator('news-article h1').waitFor();
      assert.equal(await page.locator('news-article strong[title="html-block"]').textContent(), 'HTML');
      assert.equal(await page.locator('news-article em[title="html-paragraph"]').textContent(), 'nghiêng');
      assert.equal(await page.locator('news-article p:has(em[title="html-paragraph"]) img').count(), 0, 'the sanitizer removed the <img>');
      const jsonLd = await page.locator('news-article > script[type="application/ld+json"]').textContent();
      assert.equal(JSON.parse(jsonLd!)['@type'], 'NewsArticle');

      // The rail's cards.
      await page.locator('news-rail [part~="card"]').first().waitFor();
      assert.equal(await page.locator('news-rail [part~="card"]').count(), 4);

      // The gallery's lightbox opens and closes.
      await page.locator('#gallery [part~="slide"] button').first().click();
      const lightbox = page.locator('#gallery dialog[part~="lightbox"]');
      await lightbox.waitFor();
      assert.equal(await lightbox.evaluate((dialog: HTMLDialogElement) => dialog.open), true);
      await page.keyboard.press('Escape');
      await lightbox.waitFor({ state: 'hidden' });

      // A comment posted through the form shows up in the list.
      const comments = page.locator('news-comments');
      const text = `Bình luận dưới CSP nghiêm ngặt (${sanitizer})`;
      await comments.locator('textarea[name="text"]').fill(text);
      await comments.locator('input[name="author"]').fill('Bạn đọc');
      await comments.locator('[part~="submit-button"]').click();
      await comments.locator('[part~="text"]', { hasText: text }).waitFor();

      // The toggle switches the page's layout.
      const before = await page.evaluate(() => document.documentElement.dataset.newsLayout);
      await page.locator('news-mobile-toggle button').click();
      await page.waitForFunction((was) => document.documentElement.dataset.newsLayout !== was, before);

      const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
