// A web-test-runner plugin that runs the real reference comment service for the browser tests:
// two servers (one publishing, one holding comments for moderation) on free ports, each with its
// own temporary database, started with the test server and stopped with it. On another origin
// than the test page, so the tests go through CORS as a partner portal would.
//
// Tests read where they are from a served module:
//   const { COMMENT_ENDPOINT, MODERATED_COMMENT_ENDPOINT, NEW_ARTICLE_URL } = await import('/__comment-server.js');
// A POST to NEW_ARTICLE_URL answers `{ id }`: an article the servers know and nobody else uses, so
// tests never see each other's comments.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../demo/server/app.mjs';

const MODULE_PATH = '/__comment-server.js';
const NEW_ARTICLE_PATH = '/__comment-server/new-article';
const DEMO_ARTICLE = fileURLToPath(new URL('../demo/data/articles/ha-noi-ket-hop-dien-va-diem.json', import.meta.url));

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}/api/comments`));
  });
}

function close(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export function commentServerPlugin() {
  let dir;
  let articles;
  let servers = [];
  let endpoints = {};
  let count = 0;

  return {
    name: 'news-comment-server',

    async serverStart() {
      dir = mkdtempSync(join(tmpdir(), 'news-wtr-comments-'));
      const dataDir = join(dir, 'data');
      articles = join(dataDir, 'articles');
      mkdirSync(articles, { recursive: true });
      copyFileSync(DEMO_ARTICLE, join(articles, 'ha-noi-ket-hop-dien-va-diem.json'));
      const options = { dataDir, rateLimit: 0, log: () => {} };
      servers = [
        createApp({ ...options, dbFile: join(dir, 'published.db') }),
        createApp({ ...options, dbFile: join(dir, 'moderated.db'), moderation: true }),
      ];
      const [published, moderated] = await Promise.all(servers.map(listen));
      endpoints = { COMMENT_ENDPOINT: published, MODERATED_COMMENT_ENDPOINT: moderated };
    },

    async serverStop() {
      await Promise.all(servers.map(close));
      if (dir) rmSync(dir, { recursive: true, force: true });
    },

    serve(context) {
      if (context.path === MODULE_PATH) {
        const constants = { ...endpoints, NEW_ARTICLE_URL: NEW_ARTICLE_PATH };
        const body = Object.entries(constants)
          .map(([name, url]) => `export const ${name} = ${JSON.stringify(url)};\n`)
          .join('');
        return { body, type: 'js', headers: { 'cache-control': 'no-store' } };
      }
      if (context.path === NEW_ARTICLE_PATH) {
        count += 1;
        const id = `bai-thu-${count}`;
        copyFileSync(DEMO_ARTICLE, join(articles, `${id}.json`));
        return { body: JSON.stringify({ id }), type: 'json', headers: { 'cache-control': 'no-store' } };
      }
      return undefined;
    },
  };
}
