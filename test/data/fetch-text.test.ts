import { expect } from '@open-wc/testing';
import { FetchError } from '../../src/data/fetch-error.js';
import { fetchText, usableTimeout, type FetchTextOptions } from '../../src/data/fetch-text.js';
import { jsonResponse, responseFrom, stubFetch, untilAborted, type FetchStub } from '../helpers/fetch-stub.js';

const URL_A = 'https://news.example/api/articles/a';

function options(overrides: Partial<FetchTextOptions> = {}): FetchTextOptions {
  return { signal: new AbortController().signal, maxBytes: 1024, retryDelay: 0, ...overrides };
}

/** The error `promise` rejects with; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject.');
}

describe('fetchText', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('returns the text and the URL it came from after redirects', async () => {
    stub = stubFetch(() => responseFrom('https://cdn.example/a.json', jsonResponse({ title: 'A' })));
    const fetched = await fetchText(URL_A, options());
    expect(fetched).to.deep.equal({ text: '{"title":"A"}', url: 'https://cdn.example/a.json' });
  });

  it('sends no cookies or credentials', async () => {
    stub = stubFetch(() => jsonResponse({}));
    await fetchText(URL_A, options());
    expect(stub.requests[0].credentials).to.equal('omit');
  });

  it('resolves a relative URL against the page when the response has none', async () => {
    stub = stubFetch(() => jsonResponse({}));
    const { url } = await fetchText('data/a.json', options());
    expect(url).to.equal(new URL('data/a.json', document.baseURI).href);
  });

  it('does not retry a 4xx answer', async () => {
    stub = stubFetch(() => new Response('gone', { status: 404, statusText: 'Not Found' }));
    const error = await rejection(fetchText(URL_A, options()));
    expect(error).to.be.instanceOf(FetchError).and.include({ kind: 'http', status: 404 });
    expect((error as Error).message).to.contain('404 Not Found');
    expect(stub.requests).to.have.length(1);
  });

  it('retries a 5xx answer once, and returns the retry’s text', async () => {
    const answers = [new Response('', { status: 503 }), jsonResponse({ title: 'A' })];
    stub = stubFetch(() => answers.shift()!);
    expect((await fetchText(URL_A, options())).text).to.equal('{"title":"A"}');
    expect(stub.requests).to.have.length(2);
  });

  it('gives up after one retry', async () => {
    stub = stubFetch(() => new Response('', { status: 500 }));
    const error = await rejection(fetchText(URL_A, options()));
    expect(error).to.include({ kind: 'http', status: 500 });
    expect(stub.requests).to.have.length(2);
  });

  it('retries a network failure once', async () => {
    stub = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await rejection(fetchText(URL_A, options()));
    expect(error).to.include({ kind: 'network' });
    expect(stub.requests).to.have.length(2);
  });

  it('reports a connection that breaks off in the middle of the body', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"title":'));
        controller.error(new TypeError('network error'));
      },
    });
    stub = stubFetch(() => new Response(broken));
    const error = await rejection(fetchText(URL_A, options()));
    expect(error).to.be.instanceOf(FetchError).and.include({ kind: 'network' });
  });

  it('times out when the server does not answer', async () => {
    stub = stubFetch(untilAborted);
    const error = await rejection(fetchText(URL_A, options({ timeout: 20 })));
    expect(error).to.be.instanceOf(FetchError).and.include({ kind: 'timeout' });
  });

  it('loads with the default timeout when given one that is no positive number (a bad attribute)', async () => {
    stub = stubFetch(() => jsonResponse({ title: 'A' }));
    // AbortSignal.timeout() itself throws on each of these.
    for (const timeout of [Number.NaN, -1, 0, Number.POSITIVE_INFINITY, 1e300]) {
      const { text } = await fetchText(URL_A, options({ timeout }));
      expect(text, String(timeout)).to.equal('{"title":"A"}');
    }
    expect([Number.NaN, -5, 0, undefined].map((timeout) => usableTimeout(timeout, 10_000))).to.deep.equal([10_000, 10_000, 10_000, 10_000]);
    expect(usableTimeout(250, 10_000)).to.equal(250);
    expect(usableTimeout(1e300, 10_000), 'the longest timer').to.equal(2_147_483_647);
  });

  it('rejects with the caller’s reason when aborted, without retrying', async () => {
    stub = stubFetch(untilAborted);
    const controller = new AbortController();
    const loading = fetchText(URL_A, options({ signal: controller.signal }));
    controller.abort();
    const error = await rejection(loading);
    expect(error).to.be.instanceOf(DOMException).and.include({ name: 'AbortError' });
    expect(stub.requests).to.have.length(1);
  });

  it('stops waiting to retry when aborted', async () => {
    const controller = new AbortController();
    stub = stubFetch(() => {
      setTimeout(() => controller.abort()); // once the pause before the retry has begun
      return new Response('', { status: 502 });
    });
    const error = await rejection(fetchText(URL_A, options({ signal: controller.signal, retryDelay: 60_000 })));
    expect(error).to.include({ name: 'AbortError' });
    expect(stub.requests).to.have.length(1);
  });

  it('does not retry when aborted as the failed answer arrives', async () => {
    const controller = new AbortController();
    stub = stubFetch(() => {
      controller.abort();
      return new Response('', { status: 502 });
    });
    const error = await rejection(fetchText(URL_A, options({ signal: controller.signal, retryDelay: 60_000 })));
    expect(error).to.include({ name: 'AbortError' });
    expect(stub.requests).to.have.length(1);
  });

  it('refuses a body whose declared length is over the limit, without reading it', async () => {
    let pulled = false;
    let cancelled = false;
    const body = new ReadableStream(
      { pull: () => void (pulled = true), cancel: () => void (cancelled = true) },
      { highWaterMark: 0 },
    );
    stub = stubFetch(() => new Response(body, { headers: { 'content-length': '2048' } }));
    const error = await rejection(fetchText(URL_A, options()));
    expect(error).to.include({ kind: 'too-large' });
    expect({ pulled, cancelled }).to.deep.equal({ pulled: false, cancelled: true });
  });

  it('stops reading a body that grows over the limit', async () => {
    let chunksSent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        chunksSent += 1;
        controller.enqueue(new Uint8Array(512));
      },
    });
    stub = stubFetch(() => new Response(endless));
    const error = await rejection(fetchText(URL_A, options()));
    expect(error).to.include({ kind: 'too-large' });
    expect(chunksSent).to.be.below(5);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('"Thời sự"');
    const split = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 3));
        controller.enqueue(bytes.slice(3));
        controller.close();
      },
    });
    stub = stubFetch(() => new Response(split));
    expect((await fetchText(URL_A, options())).text).to.equal('"Thời sự"');
  });
});
