// The reference server's read API and static files, over real HTTP on a free port.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../../demo/server/app.mjs';

let base: string;
const dir = mkdtempSync(join(tmpdir(), 'news-demo-api-'));
const server = createApp({ dbFile: join(dir, 'news.db'), log: () => {} });

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/articles/{id}', () => {
  it('serves the sample article as JSON', async () => {
    const res = await fetch(`${base}/api/articles/ha-noi-ket-hop-dien-va-diem`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    const article = await res.json();
    assert.equal(article.id, 'ha-noi-ket-hop-dien-va-diem');
    assert.equal(article.title, 'Hà Nội sẽ kết hợp giữa “diện” và “điểm” trong công tác dân vận');
  });

  it('answers an unknown or malformed id with a JSON 404', async () => {
    for (const id of ['no-such-article', '..%2F..%2Fpackage', 'UPPER']) {
      const res = await fetch(`${base}/api/articles/${id}`);
      assert.equal(res.status, 404, id);
      assert.equal((await res.json()).error.code, 'not_found');
    }
  });
});

describe('GET /api/feeds/{name}', () => {
  it('pages through "Tin khác" with cursors until next is null', async () => {
    const titles: string[] = [];
    let url: string | null = '/api/feeds/tin-khac';
    let pages = 0;
    while (url) {
      const res: Response = await fetch(new URL(url, base));
      assert.equal(res.status, 200);
      const feed = await res.json();
      titles.push(...feed.items.map((item: { title: string }) => item.title));
      url = feed.next;
      pages += 1;
    }
    assert.ok(pages >= 2, 'more than one page, so "Xem thêm" has something to load');
    assert.equal(titles[0], 'Phát huy giá trị cảnh quan không gian hồ Gươm');
    assert.equal(new Set(titles).size, titles.length, 'no item twice');
  });

  it('serves a one-page feed whole', async () => {
    const feed = await (await fetch(`${base}/api/feeds/nen-xem`)).json();
    assert.equal(feed.title, 'Nên xem');
    assert.equal(feed.items.length, 7);
  });

  it('answers a cursor past the end with a JSON 404', async () => {
    const res = await fetch(`${base}/api/feeds/tin-khac?cursor=99`);
    assert.equal(res.status, 404);
    assert.equal((await res.json()).error.code, 'not_found');
  });
});

describe('static files', () => {
  it('serves the demo page', async () => {
    const res = await fetch(`${base}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await res.text(), /<news-provider/);
  });

  it('never serves the server code, its data folder, or anything outside demo/', async () => {
    for (const path of ['/server/app.mjs', '/.data/news.db', '/%2e%2e/package.json', '/..%2fpackage.json', '/dist/../package.json']) {
      const res = await fetch(`${base}${path}`);
      assert.equal(res.status, 404, path);
    }
  });

  it('refuses methods other than GET and HEAD on pages with a JSON 405', async () => {
    for (const path of ['/index.html', '/api/articles/ha-noi-ket-hop-dien-va-diem', '/api/feeds/tin-khac']) {
      const res = await fetch(`${base}${path}`, { method: 'DELETE' });
      assert.equal(res.status, 405, path);
      assert.equal(res.headers.get('allow'), 'GET, HEAD', path);
      assert.equal((await res.json()).error.code, 'method_not_allowed', path);
    }
  });
});
