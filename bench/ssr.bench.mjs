// Server rendering with news-widgets/ssr (dist/esm/ssr.js), in this Node process: the median
// time of 200 renders of the demo article, of a 20-card rail and of the whole demo page, and the
// size of the HTML each gives (as sent, and gzipped).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { median, ms, quantile } from './lib/stats.mjs';

export const title = 'Server rendering (news-widgets/ssr)';

const RUNS = 200;
const WARM_UP = 20;
const CARDS = 20;
const DATA = new URL('../demo/data/', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, DATA), 'utf8'));

/** 20 distinct headlines from the demo feeds, repeated under new ids and URLs where the feeds run out. */
function twentyCards() {
  const items = ['nen-xem', 'tin-khac-1', 'tin-khac-2', 'tin-khac-3'].flatMap((name) => readJson(`feeds/${name}.json`).items);
  return Array.from({ length: CARDS }, (_, index) => {
    const item = items[index % items.length];
    return index < items.length ? item : { ...item, id: `${item.id}-${index}`, url: `${item.url}?copy=${index}` };
  });
}

/** Milliseconds of each of RUNS calls of `render`, after WARM_UP unmeasured ones; and its output. */
function time(render) {
  let html = '';
  for (let run = 0; run < WARM_UP; run++) html = render();
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    render();
    times.push(performance.now() - start);
  }
  return { times, html };
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const size = (html) => `${kB(Buffer.byteLength(html))} (gzip ${kB(gzipSync(html).length)})`;

/** The figures as rows `{ figure, value }`. */
export async function measureSsr() {
  const { renderArticle, renderPage, renderRail } = await import('../dist/esm/ssr.js');
  const article = readJson('articles/ha-noi-ket-hop-dien-va-diem.json');
  const rail = { title: 'Tin khác', items: twentyCards() };
  const page = {
    rails: [
      { feed: readJson('feeds/nen-xem.json'), heading: 'Nên xem' },
      { feed: readJson('feeds/tin-khac-1.json'), heading: 'Tin khác', layout: 'grid' },
    ],
  };
  const cases = [
    ['the demo article (`renderArticle`)', () => renderArticle(article)],
    [`a ${CARDS}-card rail (\`renderRail\`)`, () => renderRail(rail)],
    ['the demo page: article, related, 2 rails (`renderPage`)', () => renderPage(article, page)],
  ];
  const rows = [];
  for (const [name, render] of cases) {
    const { times, html } = time(render);
    rows.push({ figure: `render time, ${name}: median · p95 of ${RUNS}`, value: `${ms(median(times))} ms · ${ms(quantile(times, 0.95))} ms` });
    rows.push({ figure: `HTML size, ${name}`, value: size(html) });
  }
  return rows;
}

export async function run({ log }) {
  log(`  ${RUNS} renders of each, after ${WARM_UP} to warm up…`);
  const rows = await measureSsr();
  return {
    columns: ['figure', 'value'],
    rows: rows.map(({ figure, value }) => [figure, value]),
    notes: [
      'Rendered in the bench process (one Node thread), with declarative shadow DOM, each element\'s styles inline and its data as inline JSON.',
    ],
  };
}
