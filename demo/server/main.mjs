// npm start: the demo site and the reference API on HOST:PORT (default 127.0.0.1:8000).
// Env: PORT, HOST, NEWS_WIDGETS_DB (default demo/.data/news.db), MODERATION (1: new comments are
// pending), NEWS_WIDGETS_RATE_LIMIT (comment posts per minute per client address, default 10, 0 = off).
import { resolve } from 'node:path';
import { createApp, DEFAULT_DB } from './app.mjs';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8000);
const dbFile = process.env.NEWS_WIDGETS_DB ? resolve(process.env.NEWS_WIDGETS_DB) : DEFAULT_DB;

function rateLimitFromEnv(value) {
  if (value === undefined || value === '') return 10;
  const limit = Number(value);
  if (Number.isFinite(limit) && limit >= 0) return limit;
  console.warn(`NEWS_WIDGETS_RATE_LIMIT=${value} is not a number of posts per minute; using 10.`);
  return 10;
}

const server = createApp({
  dbFile,
  rateLimit: rateLimitFromEnv(process.env.NEWS_WIDGETS_RATE_LIMIT),
  moderation: process.env.MODERATION === '1',
});
server.listen(port, host, () => {
  const { address, port: actualPort } = server.address();
  const shown = address.includes(':') ? `[${address}]` : address;
  console.log(`news-widgets demo on http://${shown}:${actualPort}/ (comments in ${dbFile})`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
