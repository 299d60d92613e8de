// "Xem thêm": <news-rail> paging through a feed's `next` links (test/fixtures/feeds-rail/paging/:
// trang-1.json → trang-2.json → tiep/trang-3.json, the last page one folder down).
import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsRail } from '../../../src/components/rail/rail.js';
import type { NewsErrorEvent } from '../../../src/events/news-error.js';
import { jsonResponse, stubFetch, untilAborted, type FetchStub } from '../../helpers/fetch-stub.js';
import { announcement, cards, FEEDS, headlines, links, loaded, part } from './rail-helpers.js';

const FIRST_PAGE = `${FEEDS}/paging/trang-1.json`;
const pageUrl = (path: string) => new URL(`${FEEDS}/paging/${path}`, document.baseURI).href;

/** Clicks "See more" and waits until the rail has announced what came of it. */
async function seeMore(el: NewsRail): Promise<void> {
  part(el, 'more-button')!.click();
  // The click clears the last announcement, so that the same words are announced again.
  await el.updateComplete;
  await waitUntil(() => announcement(el) !== '', 'the page arrives or fails');
  await el.updateComplete;
}

describe('<news-rail>', () => {
  let stub: FetchStub | undefined;
  afterEach(() => {
    stub?.restore();
    stub = undefined;
  });

  async function pagedRail(attributes = ''): Promise<NewsRail> {
    const el = fixtureSync<NewsRail>(html`<news-rail src=${FIRST_PAGE} limit=${attributes}></news-rail>`);
    await loaded(el);
    return el;
  }

  describe('properties', () => {
    it('pages through three pages to the end with “Xem thêm”', async () => {
      const el = await pagedRail();
      expect(cards(el)).to.have.length(4);
      expect(part(el, 'more-button')!.textContent!.trim()).to.equal('Xem thêm');
      expect(part(el, 'end')).to.equal(null);

      await seeMore(el);
      // Page 2 repeats one article of page 1: it is shown once.
      expect(cards(el)).to.have.length(8);
      expect(announcement(el)).to.equal('Đã thêm 4 tin');
      expect(el.shadowRoot!.activeElement).to.equal(links(el)[4]);
      expect(links(el)[4].href).to.equal(pageUrl('bai-viet/nong-dan-thu-do-day-manh-xay-dung-chuoi-san-xuat-tra-hoa-vang.html'));

      await seeMore(el);
      expect(cards(el)).to.have.length(10);
      expect(announcement(el)).to.equal('Đã thêm 2 tin');
      expect(el.shadowRoot!.activeElement).to.equal(links(el)[8]);
      // The last page's links resolve against its own URL, one folder down.
      expect(links(el)[8].href).to.equal(
        pageUrl('tiep/bai-viet/doan-dai-bieu-cap-cao-thanh-pho-ha-noi-tham-lam-viec-tai-new-zealand.html'),
      );
      expect(part(el, 'more-button')).to.equal(null);
      expect(part(el, 'end')!.textContent).to.equal('Đã hết tin.');
    });

    it('says it in English too', async () => {
      const el = fixtureSync<NewsRail>(html`<news-rail lang="en" src=${FIRST_PAGE}></news-rail>`);
      await loaded(el);
      expect(part(el, 'more-button')!.textContent!.trim()).to.equal('See more');
      await seeMore(el);
      expect(announcement(el)).to.equal('Added 4 stories');
    });

    it('never pages past the limit', async () => {
      const el = await pagedRail('6');
      await seeMore(el);
      expect(cards(el)).to.have.length(6);
      expect(part(el, 'more-button')).to.equal(null);
    });

    it('shows the button while the page loads as busy, and ignores more clicks', async () => {
      const el = await pagedRail();
      const realFetch = window.fetch.bind(window);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      stub = stubFetch(async (request) => {
        await held;
        return realFetch(request);
      });
      part(el, 'more-button')!.click();
      await el.updateComplete;
      const button = part(el, 'more-button')!;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Đang tải…');
      button.click();
      release();
      await waitUntil(() => cards(el).length === 8, 'the page arrives');
      expect(stub.requests).to.have.length(1);
    });
  });

  describe('accessibility', () => {
    it('moves the focus to the end message when the last page brings nothing new', async () => {
      const page1 = await (await fetch(FIRST_PAGE)).json();
      const el = await pagedRail();
      stub = stubFetch(() => jsonResponse({ items: page1.items.slice(0, 2), next: null }));
      part(el, 'more-button')!.focus();
      await seeMore(el);
      expect(announcement(el)).to.equal('Không có tin mới');
      expect(cards(el)).to.have.length(4);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'end'));
    });
  });

  describe('keyboard', () => {
    it('pages with Enter on the button and moves the focus to the first new card', async () => {
      const el = await pagedRail();
      part(el, 'more-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cards(el).length === 8, 'the page arrives');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(links(el)[4]);
    });
  });

  describe('errors', () => {
    it('keeps what it shows when a page fails, says so, and retries from the button', async () => {
      const el = await pagedRail();
      const realFetch = window.fetch.bind(window);
      let failures = 1;
      stub = stubFetch((request) => {
        if (request.url.endsWith('trang-2.json') && failures-- > 0) return new Response('', { status: 404, statusText: 'Not Found' });
        return realFetch(request);
      });
      setTimeout(() => part(el, 'more-button')!.click());
      const { detail } = await oneEvent<NewsErrorEvent>(el, 'news-error');
      await el.updateComplete;
      expect(detail).to.include({ kind: 'http' });
      expect(cards(el)).to.have.length(4);
      expect(part(el, 'more-error')!.textContent).to.equal('Không tải được thêm tin.');
      expect(announcement(el)).to.equal('Không tải được thêm tin.');
      expect(part(el, 'more-button')!.textContent!.trim()).to.equal('Thử lại');

      await seeMore(el);
      expect(cards(el)).to.have.length(8);
      expect(part(el, 'more-error')).to.equal(null);
      expect(part(el, 'more-button')!.textContent!.trim()).to.equal('Xem thêm');
      expect(stub.requests.map((request) => new URL(request.url).pathname)).to.deep.equal([
        `${FEEDS}/paging/trang-2.json`,
        `${FEEDS}/paging/trang-2.json`,
      ]);
    });

    it('treats a page that is not a feed as a failed page', async () => {
      const el = await pagedRail();
      stub = stubFetch(() => new Response('<html>Lỗi máy chủ</html>'));
      setTimeout(() => part(el, 'more-button')!.click());
      const { detail } = await oneEvent<NewsErrorEvent>(el, 'news-error');
      expect(detail.kind).to.equal('parse');
      expect(cards(el)).to.have.length(4);
    });

    it('drops the bad items of a further page and reports them once', async () => {
      const el = await pagedRail();
      stub = stubFetch(() =>
        jsonResponse({ items: [{ id: 'x', url: 'javascript:alert(1)', title: 'Độc hại' }, ...headlines(1, 'trang-2')], next: null }),
      );
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        await seeMore(el);
      } finally {
        console.warn = warn;
      }
      expect(cards(el)).to.have.length(5);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('items[0].url');
    });

    it('can ask again for a page cut off by leaving the page', async () => {
      const el = await pagedRail();
      stub = stubFetch(untilAborted);
      part(el, 'more-button')!.click();
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      expect(stub.requests[0].signal.aborted).to.equal(true);
      stub.restore();
      stub = undefined;
      parent.append(el);
      await el.updateComplete;
      expect(part(el, 'more-button')!.textContent!.trim()).to.equal('Xem thêm');
      await seeMore(el);
      expect(cards(el)).to.have.length(8);
    });

    it('starts over when its src changes', async () => {
      const el = await pagedRail();
      await seeMore(el);
      el.src = `${FEEDS}/json-feed.json`;
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        await loaded(el);
      } finally {
        console.warn = warn;
      }
      expect(cards(el)).to.have.length(3);
      expect(part(el, 'end')).to.equal(null);
      expect(announcement(el)).to.equal('');
    });
  });
});
