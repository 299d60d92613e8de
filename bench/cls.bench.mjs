// Cumulative layout shift of the demo page while its photos arrive late (the budget: 0), on
// a desktop and a phone viewport, from the reference server as `npm start` runs it; and of the
// server-rendered page (/ssr/{id}) while the bundle hydrates it.
import { startReferenceServer } from './lib/reference-server.mjs';

export const title = 'Layout shift (CLS) with slow images';

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const PAGES = { 'the demo page `/`': '/', 'the server-rendered article `/ssr/…`': '/ssr/ha-noi-ket-hop-dien-va-diem' };
const LOADS = 5;
const IMAGE_DELAY_MS = 400;

/** The page's CLS once everything has loaded: the sum of every layout shift not caused by input. */
async function layoutShift(browser, url, viewport, log) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`  page error: ${error.message}`));
  // Every photo answers late, as on a slow connection.
  await page.route('**/data/images/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, IMAGE_DELAY_MS));
    await route.continue();
  });
  await page.addInitScript(() => {
    globalThis.cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) globalThis.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.locator('news-article h1').waitFor();
  await page.waitForLoadState('networkidle');
  const cls = await page.evaluate(() => globalThis.cls);
  await context.close();
  return cls;
}

export async function run({ browser, log }) {
  const server = await startReferenceServer();
  const rows = [];
  let failed = false;
  try {
    for (const [pageName, path] of Object.entries(PAGES)) {
      for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
        log(`  ${pageName}, ${viewportName}, ${LOADS} loads…`);
        const shifts = [];
        for (let load = 0; load < LOADS; load += 1) shifts.push(await layoutShift(browser, `${server.base}${path}`, viewport, log));
        const worst = Math.max(...shifts);
        failed ||= worst > 0;
        rows.push([pageName, `${viewportName} ${viewport.width}×${viewport.height}`, worst.toFixed(4), '0', worst > 0 ? '**over**' : 'met']);
      }
    }
  } finally {
    await server.stop();
  }
  return {
    columns: ['page', 'viewport', 'CLS (worst of loads)', 'budget', ''],
    rows,
    notes: [
      `Each row: ${LOADS} loads in fresh browser contexts, every image delayed ${IMAGE_DELAY_MS} ms; CLS is the sum of the layout-shift entries without recent input, read once the network is idle (feeds, comments and photos loaded).`,
    ],
    failed,
  };
}
