import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/provider/news-provider.js';
import type { NewsProvider } from '../../../src/components/provider/provider.js';
import type { NewsErrorEvent } from '../../../src/events/news-error.js';
import type { TestContextProbe } from '../../helpers/context-probe.js';
import '../../helpers/context-probe.js';
import type { TestDataElement } from '../../helpers/data-element.js';
import '../../helpers/data-element.js';
import { jsonResponse, responseFrom, stubFetch, type FetchStub } from '../../helpers/fetch-stub.js';
import { SAMPLE_ARTICLE } from '../../helpers/sample-article.js';

const DEMO_ARTICLE = '/demo/data/articles/ha-noi-ket-hop-dien-va-diem.json';

function part(el: NewsProvider, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function probeIn(el: NewsProvider): TestContextProbe {
  return el.querySelector('test-context-probe')!;
}

describe('<news-provider>', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  describe('accessibility', () => {
    it('is accessible', async () => {
      const el = await fixture<NewsProvider>(html`<news-provider .article=${SAMPLE_ARTICLE}>
        <p>Nội dung trang</p>
      </news-provider>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with its error panel', async () => {
      stub = stubFetch(() => new Response('', { status: 404 }));
      const el = fixtureSync<NewsProvider>(html`<news-provider src="/missing.json"><p>Nội dung</p></news-provider>`);
      await oneEvent(el, 'news-error');
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('gives its article to the elements inside it', async () => {
      const el = await fixture<NewsProvider>(html`<news-provider .article=${SAMPLE_ARTICLE}>
        <test-data-element></test-data-element>
      </news-provider>`);
      const consumer = el.querySelector<TestDataElement>('test-data-element')!;
      await consumer.updateComplete;
      expect(consumer.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(SAMPLE_ARTICLE.title);
    });

    it('loads the article from src, resolving its URLs against where it came from', async () => {
      stub = stubFetch(() => responseFrom('https://cdn.example/2020/07/a.json', jsonResponse(SAMPLE_ARTICLE)));
      const el = fixtureSync<NewsProvider>(html`<news-provider src="/a.json"><test-context-probe></test-context-probe></news-provider>`);
      await oneEvent(el, 'news-load');
      const context = probeIn(el).context!;
      expect(context.state).to.equal('ready');
      expect(context.article!.url).to.equal('https://cdn.example/2020/07/ha-noi-ket-hop-dien-va-diem.html');
      expect(context.baseUrl).to.equal('https://cdn.example/2020/07/a.json');
    });

    it('loads the demo article from the server', async () => {
      const el = fixtureSync<NewsProvider>(html`<news-provider src=${DEMO_ARTICLE}></news-provider>`);
      const { detail } = await oneEvent(el, 'news-load');
      expect(detail.value).to.include({ id: 'ha-noi-ket-hop-dien-va-diem', lang: 'vi' });
    });

    it('reads an inline JSON article', async () => {
      const el = await fixture<NewsProvider>(html`<news-provider>
        <script type="application/json">${JSON.stringify(SAMPLE_ARTICLE)}</script>
        <test-context-probe></test-context-probe>
      </news-provider>`);
      expect(probeIn(el).context!.article!.id).to.equal(SAMPLE_ARTICLE.id);
    });

    it('prefers .article to src', async () => {
      stub = stubFetch(() => jsonResponse({ ...SAMPLE_ARTICLE, id: 'fetched' }));
      const el = await fixture<NewsProvider>(html`<news-provider src="/a.json" .article=${SAMPLE_ARTICLE}>
        <test-context-probe></test-context-probe>
      </news-provider>`);
      expect(probeIn(el).context!.article!.id).to.equal(SAMPLE_ARTICLE.id);
      expect(stub.requests).to.have.length(0);
    });

    it('gives the article’s language, unless it has a lang of its own', async () => {
      const el = await fixture<NewsProvider>(html`<news-provider .article=${{ ...SAMPLE_ARTICLE, lang: 'en' }}>
        <test-context-probe></test-context-probe>
      </news-provider>`);
      expect(probeIn(el).context!.lang).to.equal('en');
      el.setAttribute('lang', 'vi');
      // The page-wide lang observer re-renders the provider in a microtask of its own.
      await waitUntil(() => probeIn(el).context!.lang === 'vi', 'the context follows the lang attribute');
    });

    it('gives its comments endpoint', async () => {
      const el = await fixture<NewsProvider>(html`<news-provider comments-endpoint="/api/comments">
        <test-context-probe></test-context-probe>
      </news-provider>`);
      expect(probeIn(el).context!.commentsEndpoint).to.equal('/api/comments');
    });

    it('lets the elements inside parse its article only once', async () => {
      const el = await fixture<NewsProvider>(html`<news-provider .article=${SAMPLE_ARTICLE}>
        <test-data-element></test-data-element>
      </news-provider>`);
      const consumer = el.querySelector<TestDataElement>('test-data-element')!;
      el.requestUpdate();
      await el.updateComplete;
      await consumer.updateComplete;
      expect(consumer.parses).to.equal(1);
    });
  });

  describe('events', () => {
    it('fires news-load with the parsed article', async () => {
      const el = fixtureSync<NewsProvider>(html`<news-provider .article=${SAMPLE_ARTICLE}></news-provider>`);
      const event = await oneEvent(el, 'news-load');
      expect(event).to.include({ bubbles: true, composed: true });
      expect(event.detail.value).to.deep.include({ id: SAMPLE_ARTICLE.id, tags: SAMPLE_ARTICLE.tags });
    });

    it('fires news-error with the parser’s problems for a document that is not an article', async () => {
      stub = stubFetch(() => jsonResponse({ headline: 'Không phải bài viết' }));
      const el = fixtureSync<NewsProvider>(html`<news-provider src="/a.json"></news-provider>`);
      const { detail } = await oneEvent<NewsErrorEvent>(el, 'news-error');
      expect(detail.kind).to.equal('parse');
      expect(detail.errors!.map((problem) => problem.path)).to.include.members(['id', 'title']);
    });
  });

  describe('errors', () => {
    it('shows the error panel above its content, which stays', async () => {
      stub = stubFetch(() => new Response('', { status: 404 }));
      const el = fixtureSync<NewsProvider>(html`<news-provider src="/missing.json">
        <test-data-element></test-data-element>
      </news-provider>`);
      await oneEvent(el, 'news-error');
      const children = [...el.shadowRoot!.children].map((child) => child.localName);
      expect(children).to.deep.equal(['div', 'slot']);
      expect(part(el, 'error')!.textContent).to.contain('Không tải được nội dung.');
      // The elements inside wait for the provider instead of repeating its error.
      const consumer = el.querySelector<TestDataElement>('test-data-element')!;
      expect(consumer.data.state).to.equal('idle');
    });

    it('shows the loading placeholder until the article arrives', async () => {
      stub = stubFetch(() => jsonResponse(SAMPLE_ARTICLE));
      const el = await fixture<NewsProvider>(html`<news-provider src="/a.json"></news-provider>`);
      expect(part(el, 'loading')).to.not.equal(null);
      await oneEvent(el, 'news-load');
      expect(part(el, 'status')).to.equal(null);
    });

    it('loads again from its retry button once the server recovers', async () => {
      let serverUp = false;
      stub = stubFetch(() => (serverUp ? jsonResponse(SAMPLE_ARTICLE) : new Response('', { status: 404 })));
      const el = fixtureSync<NewsProvider>(html`<news-provider src="/a.json">
        <test-data-element></test-data-element>
      </news-provider>`);
      await oneEvent(el, 'news-error');
      serverUp = true;
      part(el, 'retry-button')!.click();
      await oneEvent(el, 'news-load');
      const consumer = el.querySelector<TestDataElement>('test-data-element')!;
      await consumer.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(consumer.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(SAMPLE_ARTICLE.title);
    });
  });
});
