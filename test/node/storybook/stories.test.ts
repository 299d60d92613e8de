// Opens every story of the static Storybook (npm test builds it first) in Chromium: no console
// error, no page error, the element rendered, and no axe violation of WCAG 2.2 A/AA.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium, watchPageErrors } from '../helpers/browser.js';
import { serveFolder } from '../helpers/static-server.js';

const INDEX = 'storybook-static/index.json';

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  importPath?: string;
}

const entries: IndexEntry[] = existsSync(INDEX)
  ? Object.values(JSON.parse(readFileSync(INDEX, 'utf8')).entries as Record<string, IndexEntry>)
  : [];
const stories = entries.filter((entry) => entry.type === 'story');

/** The tag a story is about, from its stories file's name: stories/news-card.stories.ts → news-card. */
const tagOf = (story: IndexEntry) => /(news-[a-z-]+)\.stories\.ts$/.exec(story.importPath ?? '')?.[1];

describe('Storybook', () => {
  let browser: Browser;
  let server: Server;
  let base: string;

  before(async () => {
    ({ url: base, server } = await serveFolder('storybook-static'));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('has a built index with stories for every element', () => {
    assert.ok(existsSync(INDEX), `${INDEX} exists (npm run build-storybook)`);
    const titles = new Set(stories.map((story) => story.title));
    for (const file of readFileSync('src/define.ts', 'utf8').matchAll(/\/(news-[a-z-]+)\.js/g)) {
      assert.ok(stories.some((story) => tagOf(story) === file[1]), `stories/${file[1]}.stories.ts has stories`);
    }
    for (const title of titles) assert.match(title, /^(Elements\/|Pages\/)/);
  });

  for (const story of stories) {
    it(`${story.title} › ${story.name}`, async () => {
      const page = await browser.newPage();
      const errors = watchPageErrors(page);
      try {
        // Storybook's own a11y run stays off here: this test runs axe itself.
        await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true`);
        const tag = tagOf(story);
        await page.waitForFunction(
          async (tagName) => {
            const root = document.querySelector('#storybook-root');
            const elements = [...(root?.querySelectorAll(tagName ?? 'news-provider, news-article') ?? [])] as (HTMLElement & {
              updateComplete?: Promise<unknown>;
            })[];
            if (elements.length === 0) return false;
            await Promise.all(elements.map((element) => element.updateComplete));
            return elements.every((element) => (element.shadowRoot?.childNodes.length ?? 0) > 0);
          },
          tag,
          { timeout: 10_000 },
        );
        const violations = await axeViolations(page, '#storybook-root');
        assert.deepEqual(violations, [], 'no axe violation');
        assert.deepEqual(errors, [], 'no console or page error');
      } finally {
        await page.close();
      }
    });
  }
});
