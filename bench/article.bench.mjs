// <news-article> rendering the demo article against hand-written DOM (the budget: within
// 1.3×), and the time to its first render from `src` after the bundle has loaded.
// The page sides are bench/article.html + bench/article.js and bench/article-src.html + bench/article-src.js.
import { median, ms, quantile, times } from './lib/stats.mjs';

export const title = '<news-article> rendering';

const RATIO_BUDGET = 1.3;
const PAIRS = 41;
const LOADS = 15;

/** "1.02× · 1.05–1.11× · 1.19×": the lowest, middle half and highest of the pair ratios. */
function spread(ratios) {
  return `${times(Math.min(...ratios))} · ${quantile(ratios, 0.25).toFixed(2)}–${times(quantile(ratios, 0.75))} · ${times(Math.max(...ratios))}`;
}

function watch(page, log) {
  page.on('pageerror', (error) => log(`  page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log(`  console ${message.type()}: ${message.text()}`);
  });
}

/** Loads bench/article-src.html `LOADS` times, each in a fresh context (nothing cached). */
async function firstRenders(browser, baseUrl, log) {
  const afterScript = [];
  const afterNavigation = [];
  for (let load = 0; load < LOADS; load += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    watch(page, log);
    await page.goto(`${baseUrl}/bench/article-src.html`);
    const result = await page.waitForFunction(() => globalThis.firstRender).then((handle) => handle.jsonValue());
    if (result.paragraphs === 0) throw new Error('The article from src rendered no paragraph.');
    afterScript.push(result.afterScript);
    afterNavigation.push(result.afterNavigation);
    await context.close();
  }
  return { afterScript, afterNavigation };
}

export async function run({ browser, baseUrl, log }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  watch(page, log);
  await page.goto(`${baseUrl}/bench/article.html`);
  await page.waitForFunction(() => globalThis.articleBench?.ready);
  log(`  the demo article, ${PAIRS} pairs…`);
  const result = await page.evaluate((pairs) => globalThis.articleBench.compare({ pairs }), PAIRS);
  await page.close();
  if (!result.sameMarkup) throw new Error('<news-article> and the baseline wrote different markup.');
  const ratios = result.rounds.map((round) => round.article / round.baseline);
  const ratio = median(ratios);
  const ok = ratio <= RATIO_BUDGET;

  log(`  first render from src, ${LOADS} cold loads…`);
  const first = await firstRenders(browser, baseUrl, log);

  const rows = [
    [
      'the demo article from `.article`',
      `${ms(median(result.rounds.map((round) => round.article)))} ms`,
      `${ms(median(result.rounds.map((round) => round.baseline)))} ms`,
      `**${times(ratio)}**`,
      spread(ratios),
      `≤ ${times(RATIO_BUDGET)}`,
      ok ? 'ok' : `**over** (${times(ratio / RATIO_BUDGET)} the budget)`,
    ],
    [
      'first render from `src`, after `dist/news-widgets.js` has loaded',
      `${ms(median(first.afterScript))} ms`,
      '—',
      '—',
      `${ms(Math.min(...first.afterScript))}–${ms(Math.max(...first.afterScript))} ms`,
      '—',
      `${ms(median(first.afterNavigation))} ms from navigation`,
    ],
  ];
  const notes = [
    `Each of ${PAIRS} pairs (after 5 unmeasured) renders the demo article (14 body blocks: related headlines, 11 paragraphs, ` +
      `a figure, a 5-photo gallery; lead photo, byline, 5 tags) into a fresh host in one page, alternating which goes first: ` +
      `\`<news-article>\` from \`.article\` (parsing, dates, JSON-LD, the nested \`<news-figure>\` and \`<news-gallery>\` elements ` +
      `included) and the same markup as hand-written innerHTML strings, one per shadow root (the figure and gallery hosts get ` +
      `their own, with the elements' style sheets). A time runs from creating the host to the end of a forced layout; the ratio ` +
      `is the median of the per-pair ratios; the spread is min · p25–p75 · max. The two trees are checked equal (shadow roots ` +
      `included) before any figure is kept. The baseline writes no JSON-LD.`,
    `First render: ${LOADS} loads of a page with \`<news-article src>\` and \`dist/news-widgets.js\`, each in a fresh browser ` +
      `context (served from this machine: no network latency), from the end of the bundle's download (Resource Timing) to the ` +
      `article, its figure and gallery rendered; median, and min–max.`,
  ];
  return { columns: ['figure', 'time (median)', 'innerHTML baseline', 'ratio', 'spread', 'budget', ''], rows, notes, failed: !ok };
}
