// Oversized and odd documents through `src` (the documents of test/hostile/odd-documents.test.ts):
// for each, the time to the whole render, the longest main-thread task and frame on the way, and
// the heap the element keeps. The issue asks for "bounded time and memory, no freeze"; the tests bound a
// hang, this measures. The page side is bench/oversized.html + bench/oversized.js, against
// dist/news-widgets.js.
import { median, ms } from './lib/stats.mjs';

export const title = 'Oversized and odd documents';

/** BENCH_QUICK=1 loads each document once, to try the benchmark out; its figures mean little. */
const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = QUICK ? 1 : 5;

/** How the rows name the page's opt-in (bench/oversized.html, bench.css; the rail documents it for cards). */
const OPT_IN = 'page opts into `content-visibility`';

/** Each document of oversized.js: how the row names it, and how its load must end. */
const DOCUMENTS = [
  { name: 'article-5mb', label: 'the "5 MB" article: 2,000 paragraphs of 2,500 characters', outcome: 'news-load', shown: 2000 },
  { name: 'article-5mb', optIn: true, label: `the same, ${OPT_IN}`, outcome: 'news-load', shown: 2000 },
  { name: 'article-10k-blocks', label: 'article of 10,000 blocks', outcome: 'news-load', shown: 10_000 },
  { name: 'article-10k-blocks', optIn: true, label: `the same, ${OPT_IN}`, outcome: 'news-load', shown: 10_000 },
  { name: 'feed-10k-items', label: 'feed of 10,000 items', outcome: 'news-load', shown: 10_000 },
  { name: 'feed-10k-items', optIn: true, label: `the same, ${OPT_IN}`, outcome: 'news-load', shown: 10_000 },
  { name: 'article-1mb-paragraph', label: 'article with one 1 MB paragraph', outcome: 'news-load', shown: 1 },
  { name: 'article-20001-blocks', label: 'article of 20,001 blocks (over the limit: refused)', outcome: 'news-error' },
  { name: 'article-nested-100', label: 'article nested 100 levels deep (refused)', outcome: 'news-error' },
  { name: 'feed-nested-100', label: 'feed nested 100 levels deep (refused)', outcome: 'news-error' },
  { name: 'article-rtl-emoji', label: 'article in Arabic and Hebrew with emoji', outcome: 'news-load', shown: 1 },
  { name: 'article-zero-width', label: 'article with zero-width characters', outcome: 'news-load', shown: 1 },
  // Rendered as text or refused: either is right, as long as it is one of them.
  { name: 'article-unpaired-surrogates', label: 'article with unpaired surrogates', shown: 1 },
];

const TAGS = { article: '`<news-article>`', feed: '`<news-rail>`' };
const kB = (bytes) => `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: bytes < 10 * 1024 ? 1 : 0 })} kB`;
const size = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : kB(bytes));

/** Chromium's own counters (Performance.getMetrics; durations in seconds), after two forced garbage collections if `gc`. */
async function metrics(client, { gc }) {
  if (gc) {
    await client.send('HeapProfiler.collectGarbage');
    await client.send('HeapProfiler.collectGarbage');
  }
  const { metrics: list } = await client.send('Performance.getMetrics');
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

/** A fresh page with the bundle (a cold start, as a reader's page would have it) and a CDP session on it. */
async function freshPage(browser, baseUrl, log) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => log(`  page error: ${error.message}`));
  await page.goto(`${baseUrl}/bench/oversized.html`);
  await page.waitForFunction(() => globalThis.oversizedBench && customElements.get('news-rail'));
  const client = await page.context().newCDPSession(page);
  await client.send('Performance.enable');
  return { page, client };
}

/** One load of `document` into its element: the page-side figures, the main thread's split, and what the element keeps. */
async function loadOnce(browser, baseUrl, document, log) {
  const { page, client } = await freshPage(browser, baseUrl, log);
  try {
    const before = await metrics(client, { gc: true });
    const bytes = await page.evaluate((name) => globalThis.oversizedBench.prepare(name), document.name);
    const start = await metrics(client, { gc: false });
    const result = await page.evaluate((options) => globalThis.oversizedBench.measure(options), { contentVisibility: Boolean(document.optIn) });
    const end = await metrics(client, { gc: false });
    // The document's text is gone by now: what is left is what the element keeps.
    const after = await metrics(client, { gc: true });
    const spent = (name) => (end[name] - start[name]) * 1000;
    return {
      ...result,
      bytes,
      styleAndLayout: spent('RecalcStyleDuration') + spent('LayoutDuration'),
      // Script, paint and garbage collection: ScriptDuration misses the microtasks Lit renders in.
      other: spent('TaskDuration') - spent('RecalcStyleDuration') - spent('LayoutDuration'),
      heap: after.JSHeapUsedSize - before.JSHeapUsedSize,
      nodes: after.Nodes - before.Nodes,
    };
  } finally {
    await page.close();
  }
}

/** The parser alone on `document`, in another fresh page so it runs as cold as in the element: milliseconds. */
async function parseOnce(browser, baseUrl, document, log) {
  const { page } = await freshPage(browser, baseUrl, log);
  try {
    await page.evaluate((name) => globalThis.oversizedBench.prepare(name), document.name);
    return await page.evaluate(() => globalThis.oversizedBench.parse());
  } finally {
    await page.close();
  }
}

/** "812.0 ms (max 840.0)", or "< 50 ms" when no task reached the Long Tasks API's threshold. */
function longestTask(durations) {
  const max = Math.max(...durations);
  if (max === 0) return '< 50 ms';
  const middle = median(durations);
  return `${middle > 0 ? `${ms(middle)} ms` : '< 50 ms'} (max ${ms(max)})`;
}

function check(document, result) {
  if (result.outcome === 'hang') throw new Error(`${document.label}: no news-load or news-error within 30 s.`);
  if (document.outcome && result.outcome !== document.outcome) throw new Error(`${document.label}: ${result.outcome}, not ${document.outcome}.`);
  if (result.outcome === 'news-error' && !result.error) throw new Error(`${document.label}: no error panel with its retry button.`);
  if (result.outcome === 'news-load' && result.shown !== document.shown) {
    throw new Error(`${document.label}: ${result.shown} paragraphs or cards shown, not ${document.shown}.`);
  }
}

export async function run({ browser, baseUrl, log }) {
  const rows = [];
  let longestOfAll = 0;
  let longestFrameOfAll = 0;
  for (const document of DOCUMENTS) {
    log(`  ${document.label}, ${RUNS} loads…`);
    const results = [];
    const parses = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await loadOnce(browser, baseUrl, document, log);
      check(document, result);
      results.push(result);
      // The opt-in changes nothing in parsing: its row does not measure it again.
      if (!document.optIn) parses.push(await parseOnce(browser, baseUrl, document, log));
    }
    const medianOf = (key) => median(results.map((result) => result[key]));
    const times = results.map((result) => result.time);
    const longest = results.map((result) => result.longest);
    const longestFrames = results.map((result) => result.longestFrame);
    longestOfAll = Math.max(longestOfAll, ...longest);
    longestFrameOfAll = Math.max(longestFrameOfAll, ...longestFrames);
    const [first] = results;
    rows.push([
      document.label,
      TAGS[document.name.split('-')[0]],
      size(first.bytes),
      first.outcome === 'news-load' ? `rendered (${first.shown.toLocaleString('en')})` : 'error panel, retry',
      `**${ms(median(times))} ms**`,
      `${ms(Math.min(...times))}–${ms(Math.max(...times))} ms`,
      document.optIn ? '—' : `${ms(median(parses))} ms`,
      `${ms(medianOf('styleAndLayout'))} ms · ${ms(medianOf('other'))} ms`,
      longestTask(longest),
      longestTask(longestFrames),
      size(medianOf('heap')),
      medianOf('nodes').toLocaleString('en'),
    ]);
  }
  const notes = [
    `Each document is built in the page, served to the element's \`src\` from memory (a stubbed fetch: no network or disk in ` +
      `the figure) and loaded ${RUNS} times, each in a fresh page with \`dist/news-widgets.js\` (a cold start, as a reader's page ` +
      `would have it). **whole render**: from appending the element to the end of a forced layout after its \`news-load\` or ` +
      `\`news-error\` and its \`updateComplete\` (reading the text, parsing, rendering: every slice of a long document); median and min–max. **parse alone**: ` +
      `\`parseArticle\` or \`parseFeed\` on the same text in another fresh page, median. **style & layout · the rest**: ` +
      `Chromium's own counters (Performance.getMetrics) over the load and the two frames after it: style recalculation and ` +
      `layout, then the rest of the main thread's busy time (script, Lit's rendering, paint, garbage collection). **longest ` +
      `task**: the longest main-thread task from the append to two frames after the render (the frame that paints it included), ` +
      `from the Long Tasks API, which reports tasks of 50 ms or more only; the median of the loads, and the longest of all. ` +
      `**longest frame**: the same for frames, from the Long Animation Frames API: from the first task of a frame to its ` +
      `paint, so the style, layout and paint a frame does after its tasks count too (long tasks leave them out). ` +
      `**heap kept**: \`JSHeapUsedSize\` after two forced garbage collections, after the load (the document's text released) ` +
      `minus before it was built; **DOM nodes**: Chromium's node count, the same way. Both are what the element keeps while it ` +
      `is on the page, not the transient peak while parsing.`,
    `The ${OPT_IN} rows add \`content-visibility: auto\` to the rail's \`::part(card)\` (bench.css, as the rail's documentation ` +
      `suggests) and the article's \`::part(paragraph)\` (bench/oversized.html): for comparison, not a default. The longest ` +
      `task of all: ${ms(longestOfAll)} ms; the longest frame of all: ${ms(longestFrameOfAll)} ms.`,
  ];
  return {
    columns: [
      'document',
      'element',
      'size',
      'outcome',
      'whole render (median)',
      'spread',
      'parse alone',
      'style & layout · the rest',
      'longest task',
      'longest frame',
      'heap kept',
      'DOM nodes',
    ],
    rows,
    notes,
  };
}
