// React 19 and Vue 3 pages using the elements, built with esbuild as an app would be, in
// Chromium: an Article passed as a property, news-card-click and news-layout-change handled by
// the framework, new data rendered when the app's state changes. Also type-checks the JSX and
// Vue typings against real uses. (npm test builds first: the pages import dist/esm.)
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchPageErrors } from '../helpers/browser.js';
import { serveFolder } from '../helpers/static-server.js';
import { FIRST, SECOND } from './interop-data.js';

const HERE = new URL('.', import.meta.url).pathname;
const APPS = { react: 'react-app.tsx', vue: 'vue-app.mts' };

let dir: string;
let base: string;
let close: () => void;
let browser: Browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'news-interop-'));
  await build({
    entryPoints: Object.fromEntries(Object.entries(APPS).map(([name, file]) => [name, join(HERE, file)])),
    outdir: dir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    logLevel: 'error',
    // Vue's full build compiles the page's template in the browser.
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      // Development builds, whose warnings (an unresolved component, a bad prop) the test sees.
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  for (const name of Object.keys(APPS)) {
    writeFileSync(
      join(dir, `${name}.html`),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${name}</title><script type="module" src="${name}.js"></script></head><body><div id="app"></div></body></html>`,
    );
  }
  symlinkSync(resolve('demo/data'), join(dir, 'data'));
  const served = await serveFolder(dir);
  base = served.url;
  close = () => served.server.close();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  close?.();
  rmSync(dir, { recursive: true, force: true });
});

for (const framework of Object.keys(APPS)) {
  describe(`a ${framework === 'react' ? 'React 19' : 'Vue 3'} app`, () => {
    let page: Page;
    let errors: string[];

    before(async () => {
      page = await browser.newPage();
      errors = watchPageErrors(page);
      // The development builds' warnings (a prop set the wrong way, a tag taken for a component) count too.
      page.on('console', (message) => {
        if (message.type() === 'warning') errors.push(`console warning: ${message.text()}`);
      });
      await page.goto(`${base}/${framework}.html`);
    });
    after(() => page.close());

    it('passes the Article as a property, and the article renders it', async () => {
      await page.locator('news-article h1').waitFor();
      assert.equal(await page.locator('news-article h1').innerText(), FIRST.title);
      const attributes = await page.locator('news-article').evaluate((element) => element.getAttributeNames());
      assert.ok(!attributes.includes('article'), `a property, not an attribute (${attributes})`);
      assert.equal(await page.locator('news-rail a[part="title"]').count(), FIRST.related.length);
    });

    it('hears news-card-click and may cancel it', async () => {
      await page.locator('news-rail a[part="title"]').first().click();
      await page.waitForFunction(() => document.querySelector('#clicked')?.textContent);
      assert.equal(await page.locator('#clicked').textContent(), new URL(FIRST.related[0].url, base).href);
      assert.equal(new URL(page.url()).pathname, `/${framework}.html`, 'the app handled it: no navigation');
    });

    it('hears news-layout-change', async () => {
      await page.locator('news-mobile-toggle button').click();
      await page.waitForFunction(() => document.querySelector('#layout')?.textContent === 'mobile');
    });

    it('renders new data when the app changes its state', async () => {
      await page.locator('#next').click();
      await page.waitForFunction((title) => document.querySelector('news-article')?.shadowRoot?.querySelector('h1')?.textContent === title, SECOND.title);
      await page.waitForFunction(
        (title) => document.querySelector('news-rail')?.shadowRoot?.querySelector('a[part="title"]')?.textContent?.trim() === title,
        SECOND.related[0].title,
      );
      assert.deepEqual(errors, []);
    });
  });
}

describe('the framework typings', () => {
  it('type-check real uses in React (JSX) and Vue (GlobalComponents), and refuse wrong ones', async () => {
    // react-types.tsx and vue-types.mts hold @ts-expect-error lines: a wrong use that type-checks fails too.
    const { stdout } = await promisify(execFile)('npx', ['tsc', '-p', join(HERE, 'tsconfig.json')]).catch((error) => error);
    assert.equal(stdout, '');
  });
});
