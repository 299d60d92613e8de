// The format module in Node (SSR, the CLI): JSON works exactly as in the browser; RSS and Atom,
// which need DOMParser, fail with a clear error instead of throwing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { htmlToText, parseArticle, parseFeed } from '../../../src/format/index.js';

const FEEDS = new URL('../../fixtures/feeds/', import.meta.url);

describe('the format module in Node', () => {
  it('reads articles', () => {
    const result = parseArticle('{"id":"a","title":"Tiêu đề","url":"/a"}', { baseUrl: 'https://news.example/' });
    assert.deepEqual(result, {
      ok: true,
      value: { id: 'a', title: 'Tiêu đề', url: 'https://news.example/a', lang: 'vi', authors: [], body: [], related: [], tags: [] },
      warnings: [],
    });
  });

  it('reads JSON feeds, turning HTML into the same text as in the browser', () => {
    const result = parseFeed(readFileSync(new URL('json-feed.json', FEEDS), 'utf8'));
    assert.ok(result.ok);
    assert.equal(result.value.items[1]?.summary, 'Từ 31/3, Đội cứu hộ sẽ triển khai nhiệm vụ.');
    assert.equal(htmlToText('<p>a</p><script>x</script><p>&agrave; &#8211; b</p>'), 'a à – b');
  });

  for (const name of ['rss.xml', 'atom.xml']) {
    it(`says that ${name} needs a DOM`, () => {
      const result = parseFeed(readFileSync(new URL(name, FEEDS), 'utf8'));
      assert.equal(result.ok, false);
      assert.deepEqual(!result.ok && result.errors.map((problem) => problem.path), ['']);
      assert.match(!result.ok ? (result.errors[0]?.message ?? '') : '', /^XML feeds need a DOM/);
    });
  }
});
