// npm start: the demo site and the reference API on HOST:PORT (default 127.0.0.1:8000).
import { createApp } from './app.mjs';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8000);

const server = createApp();
server.listen(port, host, () => {
  console.log(`news-widgets demo on http://${host}:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
