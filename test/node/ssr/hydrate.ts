// Loading a server-rendered page in two steps: the server's DOM first (the bundle held back),
// then the bundle, taking stock of text, nodes and layout before and after (page-probe.js).
import type { Page } from 'playwright-core';

const PROBE = new URL('page-probe.js', import.meta.url).pathname;

export interface PartState {
  name: string;
  marked: boolean;
  where: string;
}

declare global {
  interface Window {
    newsProbe: { shifts(): number[]; text(): string; mark(): number; parts(): PartState[]; hydrated(): boolean };
  }
}

/** Opens `url` with the bundle held back, takes stock of the server's DOM, lets the bundle run, and takes stock again. */
export async function hydrate(page: Page, url: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/news-widgets.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript({ path: PROBE });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading' && !customElements.get('news-article'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const marked = await page.evaluate(() => window.newsProbe.mark());
  const before = { text: await page.evaluate(() => window.newsProbe.text()), parts: await page.evaluate(() => window.newsProbe.parts()) };
  release();
  await page.waitForFunction(() => window.newsProbe.hydrated(), undefined, { timeout: 10_000 });
  // Two frames, so layout (and any shift) after hydration is done and reported.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const after = { text: await page.evaluate(() => window.newsProbe.text()), parts: await page.evaluate(() => window.newsProbe.parts()) };
  return { marked, before, after, shifts: await page.evaluate(() => window.newsProbe.shifts()) };
}

