import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CARD_VARIANTS } from '../../../src/components/card/card-template.js';
import '../../../src/components/provider/news-provider.js';
import { RAIL_LAYOUTS, type NewsRail } from '../../../src/components/rail/rail.js';
import { withUtm } from '../../../src/components/rail/syndication.js';
import type { NewsCardClickEvent } from '../../../src/events/news-card-click.js';
import type { NewsErrorEvent } from '../../../src/events/news-error.js';
import { LAYOUT_ATTRIBUTE } from '../../../src/layout/index.js';
import { deferred, jsonResponse, stubFetch, type FetchStub } from '../../helpers/fetch-stub.js';
import { SAMPLE_ARTICLE } from '../../helpers/sample-article.js';
import { cards, headlines, links, loaded, part, titles, watchNavigation } from './rail-helpers.js';

const rect = (element: Element) => element.getBoundingClientRect();

describe('<news-rail>', () => {
  let stub: FetchStub | undefined;
  let navigation: ReturnType<typeof watchNavigation> | undefined;
  afterEach(() => {
    stub?.restore();
    stub = undefined;
    navigation?.stop();
    navigation = undefined;
    document.documentElement.removeAttribute(LAYOUT_ATTRIBUTE);
  });

  /** A rail of `items` in a column 40rem wide. */
  async function rail(items: unknown, attributes: Partial<Record<'layout' | 'variant' | 'heading' | 'limit', string>> = {}) {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <news-rail .items=${items} layout=${attributes.layout ?? 'list'} variant=${attributes.variant ?? ''}
        heading=${attributes.heading ?? 'Nên xem'} limit=${attributes.limit ?? ''}></news-rail>
    </div>`);
    wrapper.style.inlineSize = '40rem';
    const el = wrapper.querySelector('news-rail')!;
    await el.updateComplete;
    return el;
  }

  describe('accessibility', () => {
    it('is accessible', async () => {
      await expect(await rail(headlines(4))).to.be.accessible();
    });

    for (const layout of RAIL_LAYOUTS) {
      it(`is accessible as a ${layout}`, async () => {
        await expect(await rail(headlines(6), { layout })).to.be.accessible();
      });
    }

    it('is accessible while loading and with its error panel', async () => {
      stub = stubFetch(() => new Promise(() => undefined));
      const loading = fixtureSync<NewsRail>(html`<news-rail src="/feed.json"></news-rail>`);
      await loading.updateComplete;
      await expect(loading).to.be.accessible();
      stub.restore();
      stub = stubFetch(() => new Response('', { status: 404 }));
      const failed = fixtureSync<NewsRail>(html`<news-rail src="/feed.json"></news-rail>`);
      await oneEvent(failed, 'news-error');
      await expect(failed).to.be.accessible();
    });

    it('is a region named by its heading, with the cards as a list of headline links', async () => {
      const el = await rail(headlines(3));
      const region = el.shadowRoot!.querySelector('section')!;
      const heading = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
      expect(heading.textContent).to.equal('Nên xem');
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(part(el, 'list')!.getAttribute('role')).to.equal('list');
      expect(cards(el).map((card) => card.getAttribute('role'))).to.deep.equal(['listitem', 'listitem', 'listitem']);
      // One link per card, and the headlines one level below the rail's heading.
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(3);
      expect(cards(el)[0].querySelector('[part~="headline"]')!.getAttribute('aria-level')).to.equal('3');
    });
  });

  describe('properties', () => {
    it('shows the items in order under the heading', async () => {
      const el = await rail(headlines(3));
      expect(titles(el)).to.deep.equal(headlines(3).map((item) => item.title));
      expect(part(el, 'heading')!.textContent).to.equal('Nên xem');
    });

    it('is headed “Có thể bạn quan tâm” (or in English) without a heading or a feed title', async () => {
      const el = await fixture<NewsRail>(html`<news-rail .items=${headlines(2)}></news-rail>`);
      expect(part(el, 'heading')!.textContent).to.equal('Có thể bạn quan tâm');
      el.setAttribute('lang', 'en');
      // The page-wide lang observer re-renders the rail in a microtask of its own.
      await waitUntil(() => part(el, 'heading')!.textContent === 'You may be interested', 'the heading follows lang');
    });

    it('shows no heading with heading=""', async () => {
      const el = await fixture<NewsRail>(html`<news-rail heading="" .items=${headlines(2)}></news-rail>`);
      expect(part(el, 'heading')).to.equal(null);
      expect(el.shadowRoot!.querySelector('section')!.hasAttribute('aria-labelledby')).to.equal(false);
      expect(cards(el)).to.have.length(2);
    });

    it('reads an inline JSON feed, headed by its title', async () => {
      const feed = { title: 'Tin khác', items: headlines(2), next: null };
      const el = await fixture<NewsRail>(html`<news-rail><script type="application/json">${JSON.stringify(feed)}</script></news-rail>`);
      expect(part(el, 'heading')!.textContent).to.equal('Tin khác');
      expect(cards(el)).to.have.length(2);
    });

    it('shows the provider’s related articles under “Có thể bạn quan tâm”', async () => {
      const article = { ...SAMPLE_ARTICLE, related: headlines(3, 'lien-quan') };
      const provider = await fixture(html`<news-provider .article=${article}><news-rail></news-rail></news-provider>`);
      const el = provider.querySelector('news-rail')!;
      await el.updateComplete;
      expect(part(el, 'heading')!.textContent).to.equal('Có thể bạn quan tâm');
      expect(titles(el)).to.deep.equal(article.related.map((item) => item.title));
    });

    it('stacks the cards in a list', async () => {
      const el = await rail(headlines(3), { layout: 'list' });
      const [first, second] = cards(el).map(rect);
      expect(second.top).to.be.at.least(first.bottom);
      expect(second.left).to.equal(first.left);
      // Horizontal cards: the thumbnail beside the text.
      const card = cards(el)[0];
      expect(rect(card.querySelector('[part~="media"]')!).right).to.be.at.most(rect(card.querySelector('[part~="headline"]')!).left);
    });

    it('sets the cards side by side in a grid, and in one column on the mobile layout', async () => {
      const el = await rail(headlines(4), { layout: 'grid' });
      let [first, second] = cards(el).map(rect);
      expect(second.top).to.equal(first.top);
      expect(second.left).to.be.greaterThan(first.right);
      // Vertical cards: the thumbnail above the text.
      const card = cards(el)[0];
      expect(rect(card.querySelector('[part~="media"]')!).bottom).to.be.at.most(rect(card.querySelector('[part~="meta"]')!).top);

      document.documentElement.setAttribute(LAYOUT_ATTRIBUTE, 'mobile');
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      expect(el.dataset.layout).to.equal('mobile');
      [first, second] = cards(el).map(rect);
      expect(second.top).to.be.at.least(first.bottom);
    });

    it('puts the cards in one scrolling row in a carousel', async () => {
      const el = await rail(headlines(6), { layout: 'carousel' });
      const tops = cards(el).map((card) => rect(card).top);
      expect(new Set(tops).size).to.equal(1);
      const track = part(el, 'list')!;
      expect(track.scrollWidth).to.be.greaterThan(track.clientWidth);
      expect(getComputedStyle(track).scrollSnapType).to.contain('x');
      expect(part(el, 'previous-button')).to.not.equal(null);
      expect(part(el, 'next-button')).to.not.equal(null);
      // Its images wait until they are scrolled near.
      expect(cards(el).every((card) => card.querySelector('img')!.loading === 'lazy')).to.equal(true);
    });

    for (const variant of CARD_VARIANTS) {
      it(`shows ${variant} cards with variant="${variant}"`, async () => {
        const el = await rail(headlines(2), { variant });
        expect(part(el, 'list')!.classList.contains(variant)).to.equal(true);
        expect(cards(el)[0].querySelector('[part~="media"]') === null).to.equal(variant === 'compact');
      });
    }

    it('shows no more than limit cards', async () => {
      const el = await rail(headlines(6), { limit: '4' });
      expect(cards(el)).to.have.length(4);
    });

    it('adds the UTM parameters to every link, keeping those a link already has', async () => {
      const items = headlines(2);
      items[1].url += '?utm_source=rss&trang=2';
      const el = await fixture<NewsRail>(html`<news-rail .items=${items} utm-source="doi-tac" utm-medium="rail" utm-campaign="he-2025"></news-rail>`);
      const [first, second] = links(el).map((link) => new URL(link.href).searchParams);
      expect(Object.fromEntries(first)).to.deep.equal({ utm_source: 'doi-tac', utm_medium: 'rail', utm_campaign: 'he-2025' });
      expect(Object.fromEntries(second)).to.deep.equal({ utm_source: 'rss', trang: '2', utm_medium: 'rail', utm_campaign: 'he-2025' });
    });

    it('opens every link in the target, with rel="noopener"', async () => {
      const el = await fixture<NewsRail>(html`<news-rail .items=${headlines(2)} target="_blank"></news-rail>`);
      expect(links(el).map((link) => [link.target, link.rel])).to.deep.equal([
        ['_blank', 'noopener'],
        ['_blank', 'noopener'],
      ]);
    });

    it('shows compact skeletons for a compact rail', async () => {
      stub = stubFetch(() => new Promise(() => undefined));
      const el = await fixture<NewsRail>(html`<news-rail src="/tin.json" variant="compact"></news-rail>`);
      const skeletons = el.shadowRoot!.querySelectorAll('[part~="skeleton"]');
      expect(skeletons).to.have.length(4);
      expect(skeletons[0].querySelector('[part~="media"]')).to.equal(null);
    });

    it('holds the place of the cards with skeletons of their size: nothing moves when they arrive', async () => {
      const response = deferred<Response>();
      stub = stubFetch(() => response.promise);
      const wrapper = await fixture<HTMLElement>(html`<div>
        <news-rail src="/nen-xem.json" limit="3"></news-rail>
        <p>Nội dung sau</p>
      </div>`);
      wrapper.style.inlineSize = '40rem';
      const el = wrapper.querySelector('news-rail')!;
      await el.updateComplete;
      const skeletons = [...el.shadowRoot!.querySelectorAll('[part~="skeleton"]')].map(rect);
      expect(skeletons).to.have.length(3);
      expect(part(el, 'loading')!.textContent!.trim()).to.equal('Đang tải…');
      const after = rect(wrapper.querySelector('p')!).top;

      response.resolve(jsonResponse({ title: 'Nên xem', items: headlines(3) }));
      await loaded(el);
      expect(cards(el).map(rect)).to.deep.equal(skeletons);
      expect(rect(wrapper.querySelector('p')!).top).to.equal(after);
    });
  });

  describe('events', () => {
    it('fires a cancelable news-card-click with the item and the link’s final href', async () => {
      const el = await fixture<NewsRail>(html`<news-rail .items=${headlines(2)} utm-source="doi-tac"></news-rail>`);
      navigation = watchNavigation();
      setTimeout(() => links(el)[1].click());
      const event = await oneEvent<NewsCardClickEvent>(el, 'news-card-click');
      expect(event).to.include({ bubbles: true, composed: true, cancelable: true });
      expect(event.detail.item).to.include({ id: 'bai-2', url: 'https://tin-thu-do.example/bai/2.html' });
      expect(event.detail.href).to.equal('https://tin-thu-do.example/bai/2.html?utm_source=doi-tac');
      expect(navigation.followed).to.deep.equal([true]);

      el.addEventListener('news-card-click', (cardClick) => cardClick.preventDefault());
      links(el)[0].click();
      expect(navigation.followed).to.deep.equal([true, false]);
    });

    it('fires news-load with the feed', async () => {
      stub = stubFetch(() => jsonResponse({ title: 'Nên xem', items: headlines(2) }));
      const el = fixtureSync<NewsRail>(html`<news-rail src="/nen-xem.json"></news-rail>`);
      const { detail } = await oneEvent(el, 'news-load');
      expect((detail.value as { title: string }).title).to.equal('Nên xem');
    });
  });

  describe('errors', () => {
    it('shows the error panel when the feed cannot be loaded, and loads it again with retry', async () => {
      let fail = true;
      stub = stubFetch(() => (fail ? new Response('', { status: 404 }) : jsonResponse({ items: headlines(2) })));
      const el = fixtureSync<NewsRail>(html`<news-rail src="/nen-xem.json"></news-rail>`);
      const { detail } = await oneEvent<NewsErrorEvent>(el, 'news-error');
      expect(detail.kind).to.equal('http');
      expect(part(el, 'error')!.textContent).to.contain('Không tải được nội dung.');
      fail = false;
      part(el, 'retry-button')!.click();
      await loaded(el);
      expect(cards(el)).to.have.length(2);
      expect(part(el, 'error')).to.equal(null);
    });

    it('shows the error panel for a document that is not a feed', async () => {
      stub = stubFetch(() => new Response('<!doctype html><p>Không phải nguồn tin</p>'));
      const el = fixtureSync<NewsRail>(html`<news-rail src="/nen-xem.json"></news-rail>`);
      const { detail } = await oneEvent<NewsErrorEvent>(el, 'news-error');
      expect(detail.kind).to.equal('parse');
      expect(part(el, 'retry-button')).to.not.equal(null);
    });

    it('shows the empty state for items that are all unusable, without throwing', async () => {
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        const el = await fixture<NewsRail>(html`<news-rail .items=${[42, null, { title: 'Không có liên kết' }]}></news-rail>`);
        expect(part(el, 'empty')!.textContent).to.equal('Chưa có nội dung.');
        expect(cards(el)).to.have.length(0);
      } finally {
        console.warn = warn;
      }
    });

    it('leaves a link it cannot read as it is, rather than adding UTM parameters to it', () => {
      expect(withUtm('https://[tin-thu-do', { utm_source: 'doi-tac' })).to.equal('https://[tin-thu-do');
      expect(withUtm('https://tin-thu-do.example/a.html', {})).to.equal('https://tin-thu-do.example/a.html');
    });

    it('falls back to the list layout for an unknown layout', async () => {
      const el = await rail(headlines(2), { layout: 'spiral' });
      expect(el.shadowRoot!.querySelector('section')!.classList.contains('layout-list')).to.equal(true);
    });
  });
});
