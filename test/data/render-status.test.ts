import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { TestDataElement } from '../helpers/data-element.js';
import '../helpers/data-element.js';
import { stubFetch, untilAborted, type FetchStub } from '../helpers/fetch-stub.js';

function part(el: TestDataElement, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** An element whose document is not valid: `title` is missing and `items` is not a list. */
async function invalid(lang = 'vi'): Promise<TestDataElement> {
  const el = fixtureSync<TestDataElement>(html`<test-data-element lang=${lang} .doc=${{ items: 'x' }}></test-data-element>`);
  await oneEvent(el, 'news-error');
  return el;
}

describe('renderStatus', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  async function loading(lang = 'vi'): Promise<TestDataElement> {
    stub = stubFetch(untilAborted);
    return fixture<TestDataElement>(html`<test-data-element lang=${lang} src="/slow.json"></test-data-element>`);
  }

  describe('accessibility', () => {
    it('is accessible while loading', async () => {
      await expect(await loading()).to.be.accessible();
    });

    it('is accessible with the error panel', async () => {
      await expect(await invalid()).to.be.accessible();
    });

    it('announces loading politely', async () => {
      const status = part(await loading(), 'loading')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.textContent!.trim()).to.equal('Đang tải…');
    });

    it('announces an error at once', async () => {
      expect(part(await invalid(), 'error')!.getAttribute('role')).to.equal('alert');
    });
  });

  describe('states', () => {
    it('shows the load error message and a retry button, in Vietnamese by default', async () => {
      const el = await invalid();
      expect(part(el, 'error')!.querySelector('.message')!.textContent).to.equal('Không tải được nội dung.');
      expect(part(el, 'retry-button')!.textContent!.trim()).to.equal('Thử lại');
    });

    it('speaks the page’s language', async () => {
      const el = await invalid('en');
      expect(part(el, 'error')!.querySelector('.message')!.textContent).to.equal('This content could not be loaded.');
      expect(part(el, 'retry-button')!.textContent!.trim()).to.equal('Retry');
      expect(part(await loading('en'), 'loading')!.textContent!.trim()).to.equal('Loading…');
    });

    it('lists the parser’s problems in development builds', async () => {
      const details = part(await invalid(), 'error-details')!;
      expect(details.querySelector('summary')!.textContent).to.equal('Chi tiết lỗi');
      const problems = [...details.querySelectorAll('li')].map((item) => item.textContent);
      expect(problems).to.deep.equal(['title: Required.', 'items: Not a list.']);
    });

    it('lists no problems for a failed fetch', async () => {
      stub = stubFetch(() => new Response('', { status: 404 }));
      const el = fixtureSync<TestDataElement>(html`<test-data-element src="/missing.json"></test-data-element>`);
      await oneEvent(el, 'news-error');
      expect(part(el, 'error')).to.not.equal(null);
      expect(part(el, 'error-details')).to.equal(null);
    });

    it('shows the empty state', async () => {
      const el = await fixture<TestDataElement>(html`<test-data-element .doc=${{ title: 'Tin khác', items: [] }}></test-data-element>`);
      expect(part(el, 'empty')!.textContent).to.equal('Chưa có nội dung.');
      expect(part(el, 'error')).to.equal(null);
    });

    it('shows nothing once ready', async () => {
      const el = await fixture<TestDataElement>(html`<test-data-element .doc=${{ title: 'Tin khác' }}></test-data-element>`);
      expect(part(el, 'status')).to.equal(null);
    });
  });
});
