import { expect } from '@open-wc/testing';
import { loadDocument, readDocument } from '../../src/data/load-document.js';
import { parseFeed } from '../../src/format/feed.js';
import type { ParseFunction } from '../../src/data/types.js';
import { jsonResponse, responseFrom, stubFetch, untilAborted, type FetchStub } from '../helpers/fetch-stub.js';

const FEED_URL = 'https://news.example/feeds/tin-khac.json';
const ITEM = { id: 'a', url: 'bai-a.html', title: 'Bài A' };

describe('loadDocument', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('reads a fetched feed, its links resolved against the URL it came from after redirects', async () => {
    stub = stubFetch(() => responseFrom('https://cdn.example/tin/khac.json', jsonResponse({ items: [ITEM] })));
    const result = await loadDocument(FEED_URL, parseFeed, { signal: new AbortController().signal });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.url).to.equal('https://cdn.example/tin/khac.json');
    expect(result.value.items.map((item) => item.url)).to.deep.equal(['https://cdn.example/tin/bai-a.html']);
  });

  it('turns a failed fetch and a document that is not valid into errors, never exceptions', async () => {
    stub = stubFetch(() => new Response('Không có', { status: 404 }));
    const missing = await loadDocument(FEED_URL, parseFeed, { signal: new AbortController().signal });
    expect(missing).to.deep.include({ ok: false });
    expect('error' in missing && missing.error.kind).to.equal('http');
    stub.restore();

    stub = stubFetch(() => jsonResponse({ items: 'không phải danh sách' }));
    const invalid = await loadDocument(FEED_URL, parseFeed, { signal: new AbortController().signal });
    expect('error' in invalid && invalid.error.kind).to.equal('parse');
    expect('error' in invalid && invalid.error.message).to.match(/^The document is not valid: items: /);
  });

  it('says a load was aborted, without reading it', async () => {
    stub = stubFetch(untilAborted);
    const controller = new AbortController();
    const loading = loadDocument(FEED_URL, parseFeed, { signal: controller.signal });
    controller.abort();
    expect(await loading).to.deep.equal({ ok: false, aborted: true });
  });
});

describe('readDocument', () => {
  it('keeps a parse function that throws from reaching the page', () => {
    const throwing: ParseFunction<never> = () => {
      throw new RangeError('quá sâu');
    };
    const result = readDocument(throwing, '{}', {});
    expect(result).to.deep.equal({
      ok: false,
      error: { kind: 'parse', message: 'The document could not be read (RangeError: quá sâu).' },
    });
  });
});
