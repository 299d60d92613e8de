import { ContextProvider } from '@lit/context';
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { newsContext, type NewsContext } from '../../src/data/index.js';
import type { Article } from '../../src/format/types.js';
import type { TestDataElement } from '../helpers/data-element.js';
import '../helpers/data-element.js';
import {
  deferred,
  jsonResponse,
  responseFrom,
  stubFetch,
  untilAborted,
  type FetchHandler,
  type FetchStub,
} from '../helpers/fetch-stub.js';

const DOC = { title: 'Hà Nội kết hợp “diện” và “điểm”' };

/** A valid Article, as a provider would give it, carrying a relative link for the test parser. */
const CONTEXT_ARTICLE = {
  id: 'c',
  title: 'Từ bài viết của provider',
  lang: 'vi',
  authors: [],
  body: [],
  related: [],
  tags: [],
  link: 'story.html',
} as Article;

function title(el: TestDataElement): string | undefined {
  return el.shadowRoot!.querySelector('[part="title"]')?.textContent ?? undefined;
}

/** Renders `template`, then makes its parent a provider of `context`: one that appears after its consumers. */
async function withLateProvider(context: NewsContext, template: TemplateResult) {
  const el = await fixture<TestDataElement>(template);
  const provider = new ContextProvider(el.parentElement!, { context: newsContext, initialValue: context });
  provider.hostConnected();
  await el.updateComplete;
  return { el, provider };
}

describe('DataController', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  describe('sources', () => {
    it('shows the property value, without fetching src', async () => {
      stub = stubFetch(() => jsonResponse({ title: 'Fetched' }));
      const el = await fixture<TestDataElement>(html`<test-data-element src="/a.json" .doc=${DOC}></test-data-element>`);
      expect(title(el)).to.equal(DOC.title);
      expect(el.data.state).to.equal('ready');
      expect(stub.requests).to.have.length(0);
    });

    it('fetches src when the property is not set, before the inline script', async () => {
      stub = stubFetch(() => jsonResponse({ title: 'Fetched' }));
      const el = fixtureSync<TestDataElement>(html`<test-data-element src="/a.json">
        <script type="application/json">{ "title": "Inline" }</script>
      </test-data-element>`);
      await oneEvent(el, 'news-load');
      expect(title(el)).to.equal('Fetched');
    });

    it('reads an inline JSON script child when there is no property or src', async () => {
      const el = await fixture<TestDataElement>(html`<test-data-element>
        <script type="application/json">{ "title": "Inline" }</script>
      </test-data-element>`);
      expect(title(el)).to.equal('Inline');
    });

    it('ignores a JSON script that is not its own child', async () => {
      const el = await fixture<TestDataElement>(html`<test-data-element>
        <div><script type="application/json">{ "title": "Nested" }</script></div>
      </test-data-element>`);
      expect(el.data.state).to.equal('idle');
    });

    it('prefers the inline script to the provider', async () => {
      const { el } = await withLateProvider(
        { state: 'ready', article: CONTEXT_ARTICLE },
        html`<test-data-element><script type="application/json">{ "title": "Inline" }</script></test-data-element>`,
      );
      expect(title(el)).to.equal('Inline');
    });

    it('takes its value from a provider that appears after it', async () => {
      const { el } = await withLateProvider(
        { state: 'ready', article: CONTEXT_ARTICLE, baseUrl: 'https://news.example/2024/' },
        html`<test-data-element></test-data-element>`,
      );
      expect(title(el)).to.equal(CONTEXT_ARTICLE.title);
      expect(el.data.value?.link).to.equal('https://news.example/2024/story.html');
    });

    it('waits quietly while the provider loads, then shows its article', async () => {
      const { el, provider } = await withLateProvider({ state: 'loading' }, html`<test-data-element></test-data-element>`);
      expect(el.data.state).to.equal('idle');
      expect(el.shadowRoot!.querySelector('[part~="status"]')).to.equal(null);
      provider.setValue({ state: 'ready', article: CONTEXT_ARTICLE });
      await oneEvent(el, 'news-load');
      expect(title(el)).to.equal(CONTEXT_ARTICLE.title);
    });

    it('is empty when the provider’s article has nothing for it', async () => {
      const { el } = await withLateProvider({ state: 'ready' }, html`<test-data-element></test-data-element>`);
      expect(el.data.state).to.equal('empty');
    });

    it('falls back to src when the property is cleared', async () => {
      stub = stubFetch(() => jsonResponse({ title: 'Fetched' }));
      const el = await fixture<TestDataElement>(html`<test-data-element src="/a.json" .doc=${DOC}></test-data-element>`);
      el.doc = undefined;
      await oneEvent(el, 'news-load');
      expect(title(el)).to.equal('Fetched');
    });

    it('is idle, and shows nothing, without any source', async () => {
      const el = await fixture<TestDataElement>(html`<test-data-element></test-data-element>`);
      expect(el.data.state).to.equal('idle');
      expect(el.shadowRoot!.children).to.have.length(0);
    });
  });

  describe('parsing', () => {
    it('parses a property value once, however often the element updates', async () => {
      const el = await fixture<TestDataElement>(html`<test-data-element .doc=${DOC}></test-data-element>`);
      el.requestUpdate();
      await el.updateComplete;
      el.doc = DOC;
      await el.updateComplete;
      expect(el.parses).to.equal(1);
    });

    it('parses again when the property gets a new object', async () => {
      const el = await fixture<TestDataElement>(html`<test-data-element .doc=${DOC}></test-data-element>`);
      el.doc = { title: 'Bản mới' };
      await el.updateComplete;
      expect(title(el)).to.equal('Bản mới');
      expect(el.parses).to.equal(2);
    });

    it('resolves a property value’s relative URLs against the page', async () => {
      const el = await fixture<TestDataElement>(html`<test-data-element .doc=${{ ...DOC, link: 'story.html' }}></test-data-element>`);
      expect(el.data.value?.link).to.equal(new URL('story.html', document.baseURI).href);
      expect(el.data.baseUrl).to.equal(document.baseURI);
    });

    it('resolves a fetched document’s relative URLs against where it came from', async () => {
      stub = stubFetch(() => responseFrom('https://cdn.example/feeds/a.json', jsonResponse({ ...DOC, link: 'b.html' })));
      const el = fixtureSync<TestDataElement>(html`<test-data-element src="/redirected.json"></test-data-element>`);
      await oneEvent(el, 'news-load');
      expect(el.shadowRoot!.querySelector('a')!.href).to.equal('https://cdn.example/feeds/b.html');
    });

    it('shows the empty state for a valid value with nothing in it', async () => {
      const el = await fixture<TestDataElement>(html`<test-data-element .doc=${{ ...DOC, items: [] }}></test-data-element>`);
      expect(el.data.state).to.equal('empty');
    });

    it('warns about skipped parts in development builds', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        await fixture(html`<test-data-element .doc=${{ ...DOC, note: 'x' }}></test-data-element>`);
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('<test-data-element>').and.contain('note: Unknown field, skipped.');
    });
  });

  describe('events', () => {
    it('fires news-load, bubbling out of shadow roots, with the parsed value, once rendered', async () => {
      stub = stubFetch(() => jsonResponse(DOC));
      const el = fixtureSync<TestDataElement>(html`<test-data-element src="/a.json"></test-data-element>`);
      const event = await oneEvent(document.body, 'news-load');
      expect(event.target).to.equal(el);
      expect(event).to.include({ bubbles: true, composed: true });
      expect(event.detail.value).to.deep.equal(DOC);
      expect(title(el)).to.equal(DOC.title);
    });

    it('fires news-load for an empty value too', async () => {
      const el = fixtureSync<TestDataElement>(html`<test-data-element .doc=${{ ...DOC, items: [] }}></test-data-element>`);
      const event = await oneEvent(el, 'news-load');
      expect(event.detail.value).to.deep.equal({ ...DOC, items: [] });
    });

    it('fires news-error, bubbling out of shadow roots, with the kind and message', async () => {
      const el = fixtureSync<TestDataElement>(html`<test-data-element .doc=${{ headline: 'Không có title' }}></test-data-element>`);
      const event = await oneEvent(document.body, 'news-error');
      expect(event.target).to.equal(el);
      expect(event).to.include({ bubbles: true, composed: true });
      expect(event.detail).to.deep.equal({
        kind: 'parse',
        message: 'The document is not valid: title: Required.',
        errors: [{ path: 'title', message: 'Required.' }],
      });
    });
  });

  describe('errors', () => {
    async function failedLoad(handler: FetchHandler, timeout?: number) {
      stub = stubFetch(handler);
      const el = fixtureSync<TestDataElement>(html`<test-data-element src="/a.json" .timeout=${timeout}></test-data-element>`);
      const event = await oneEvent(el, 'news-error');
      expect(el.data.state).to.equal('error');
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
      return { el, error: event.detail };
    }

    it('reports a 404 without retrying', async () => {
      const { error } = await failedLoad(() => new Response('', { status: 404 }));
      expect(error.kind).to.equal('http');
      expect(stub!.requests).to.have.length(1);
    });

    it('reports a 500 after one retry', async () => {
      const { error } = await failedLoad(() => new Response('', { status: 500 }));
      expect(error.kind).to.equal('http');
      expect(stub!.requests).to.have.length(2);
    });

    it('reports a network failure after one retry', async () => {
      const { error } = await failedLoad(() => Promise.reject(new TypeError('Failed to fetch')));
      expect(error.kind).to.equal('network');
      expect(stub!.requests).to.have.length(2);
    });

    it('reports a server that does not answer in time', async () => {
      const { error } = await failedLoad(untilAborted, 50);
      expect(error.kind).to.equal('timeout');
    });

    it('reports a response over the size limit', async () => {
      const { error } = await failedLoad(() => new Response('{}', { headers: { 'content-length': String(9 * 1024 * 1024) } }));
      expect(error.kind).to.equal('too-large');
    });

    it('reports text that is not JSON, without retrying', async () => {
      const { error } = await failedLoad(() => new Response('<html>Đăng nhập</html>'));
      expect(error).to.include({ kind: 'parse' });
      expect(error.errors).to.deep.equal([{ path: '', message: 'Not JSON.' }]);
      expect(stub!.requests).to.have.length(1);
    });

    it('reports every problem of a document that is not valid', async () => {
      const { error } = await failedLoad(() => jsonResponse({ items: 'nope' }));
      expect(error.errors).to.deep.equal([
        { path: 'title', message: 'Required.' },
        { path: 'items', message: 'Not a list.' },
      ]);
    });

    it('turns a parse function that throws into the error state', async () => {
      const el = fixtureSync<TestDataElement>(html`<test-data-element .doc=${{ ...DOC, link: 'http://[' }}></test-data-element>`);
      const { detail } = await oneEvent(el, 'news-error');
      expect(detail.kind).to.equal('parse');
      expect(detail.message).to.contain('Invalid URL');
    });

    it('never shows an older src’s answer after src changed', async () => {
      const late = deferred<Response>();
      const current = deferred<Response>();
      stub = stubFetch((request) => (request.url.endsWith('/old.json') ? late.promise : current.promise));
      const el = await fixture<TestDataElement>(html`<test-data-element src="/old.json"></test-data-element>`);
      el.src = '/new.json';
      await el.updateComplete;
      expect(stub.requests[0].signal.aborted).to.equal(true);
      // The old server answers anyway, and first.
      late.resolve(jsonResponse({ title: 'Old' }));
      current.resolve(jsonResponse({ title: 'New' }));
      const { detail } = await oneEvent(el, 'news-load');
      expect(detail.value).to.deep.equal({ title: 'New' });
      expect(title(el)).to.equal('New');
      expect(el.parses).to.equal(1);
    });

    it('aborts its load when removed from the page, and loads again when put back', async () => {
      stub = stubFetch((request) => (stub!.requests.length === 1 ? untilAborted(request) : jsonResponse(DOC)));
      const el = await fixture<TestDataElement>(html`<test-data-element src="/a.json"></test-data-element>`);
      const parent = el.parentElement!;
      el.remove();
      expect(stub.requests[0].signal.aborted).to.equal(true);
      parent.append(el);
      await oneEvent(el, 'news-load');
      expect(title(el)).to.equal(DOC.title);
      expect(stub.requests).to.have.length(2);
    });

    it('loads again when the retry button is pressed', async () => {
      let serverUp = false;
      const { el } = await failedLoad(() => (serverUp ? jsonResponse(DOC) : new Response('', { status: 404 })));
      serverUp = true;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await oneEvent(el, 'news-load');
      expect(title(el)).to.equal(DOC.title);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    });
  });
});
