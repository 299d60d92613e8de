// Load figures of the reference comment service, for `npm run bench` (bench/run.mjs), or alone:
// `node bench/comments.mjs` prints its own table.
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startReferenceServer } from './lib/reference-server.mjs';

const ARTICLE = 'ha-noi-ket-hop-dien-va-diem';
/** Posts made before measuring, so every connection is open and the server's code is warm. */
const WARM_UP_POSTS = 200;

/**
 * @typedef {{ name: string, value: string, note: string }} BenchRow
 */

/**
 * Starts the reference server as `npm start` runs it (its own process, a fresh database on disk,
 * WAL with synchronous=FULL, one log line per request), has `clients` concurrent clients post
 * `posts` comments in total over keep-alive connections (after a short warm-up), then reads them
 * all back through the cursor pages, and checks that each was stored and listed exactly once.
 * @param {{ clients?: number, posts?: number, pageSize?: number }} [options]
 * @returns {Promise<BenchRow[]>}
 */
export async function benchComments({ clients = 50, posts = 2000, pageSize = 20 } = {}) {
  const { base, stop } = await startReferenceServer();
  try {
    /** `clients` clients in parallel posting `count` comments in all; the time each post took. */
    async function postAll(count, ids) {
      const times = [];
      await Promise.all(
        Array.from({ length: clients }, async (_, client) => {
          for (let i = client; i < count; i += clients) {
            const sent = performance.now();
            const res = await fetch(`${base}/api/comments`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ article: ARTICLE, author: `Bạn đọc ${client}`, text: `Ý kiến số ${i}: ${'chữ '.repeat(40)}` }),
            });
            const body = await res.json();
            times.push(performance.now() - sent);
            if (res.status !== 201) throw new Error(`POST answered ${res.status}: ${JSON.stringify(body)}`);
            ids.add(body.comment.id);
          }
        }),
      );
      return times;
    }

    const ids = new Set();
    await postAll(WARM_UP_POSTS, ids);
    const started = performance.now();
    const postTimes = await postAll(posts, ids);
    const postSeconds = (performance.now() - started) / 1000;

    const pageTimes = [];
    const listed = new Map();
    let cursor = null;
    do {
      const query = new URLSearchParams({ article: ARTICLE, sort: 'newest', limit: String(pageSize) });
      if (cursor) query.set('cursor', cursor);
      const sent = performance.now();
      const res = await fetch(`${base}/api/comments?${query}`);
      const page = await res.json();
      pageTimes.push(performance.now() - sent);
      for (const comment of page.comments) listed.set(comment.id, (listed.get(comment.id) ?? 0) + 1);
      cursor = page.next;
    } while (cursor);
    const total = WARM_UP_POSTS + posts;
    const exact = ids.size === total && listed.size === total && [...listed.values()].every((count) => count === 1);

    const setting = `${clients} concurrent clients, ${posts.toLocaleString('en')} posts after ${WARM_UP_POSTS} to warm up, keep-alive; server in its own process, WAL + synchronous=FULL in ${tmpdir()}`;
    return [
      { name: 'comments: POST latency p50 / p99', value: `${ms(percentile(postTimes, 50))} / ${ms(percentile(postTimes, 99))}`, note: setting },
      { name: 'comments: POST throughput', value: `${Math.round(posts / postSeconds).toLocaleString('en')} posts/s`, note: `${postSeconds.toFixed(2)} s in all` },
      {
        name: 'comments: GET page latency p50 / p99',
        value: `${ms(percentile(pageTimes, 50))} / ${ms(percentile(pageTimes, 99))}`,
        note: `${pageTimes.length} pages of ${pageSize} (${total.toLocaleString('en')} comments), newest first, through the cursors`,
      },
      {
        name: 'comments: stored once, listed once',
        value: exact ? 'yes' : 'NO',
        note: `${ids.size} distinct ids answered, ${listed.size} listed`,
      },
    ];
  } finally {
    await stop();
  }
}

/** The nearest-rank percentile of `values`. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function ms(value) {
  return `${value.toFixed(1)} ms`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await benchComments();
  console.log('| measure | value | conditions |\n| --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.name} | ${row.value} | ${row.note} |`);
}
