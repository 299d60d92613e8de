// Long documents render in slices: the first slice of blocks or cards at once, the rest in later
// tasks, so that the page keeps answering while they arrive; `updateComplete` still means "all of
// it is shown". Normal documents (the demo article, rails of up to 1,000 cards) render in one
// update, as before. Every wait here is an ordering (an event, a promise), never a time.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsArticle } from '../../src/components/article/article.js';
import '../../src/components/article/news-article.js';
import '../../src/components/rail/news-rail.js';
import type { NewsRail } from '../../src/components/rail/rail.js';
import type { Article, ArticleRef } from '../../src/format/types.js';
import { announcement, cards, links } from '../components/rail/rail-helpers.js';
import { jsonResponse, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { watchUncaught } from '../helpers/uncaught.js';

/** Far above what these take here (a few seconds at most); only a hang reaches it. */
const HANG_MS = 60_000;

function longArticle(blocks: number, prefix = 'Đoạn'): Article {
  return {
    id: `bai-${prefix}`,
    title: `Bài dài: ${prefix}`,
    lang: 'vi',
    publishedAt: '2020-07-15T17:30:00+07:00',
    authors: [{ name: 'Hoàng Phúc' }],
    body: [
      { type: 'related', items: [{ url: 'https://tin-thu-do.example/lien-quan.html', title: 'Tin liên quan' }] },
      ...Array.from({ length: blocks - 1 }, (_, index) => ({ type: 'paragraph' as const, text: `${prefix} ${index + 1}` })),
    ],
    related: [],
    tags: [],
  };
}

/** Bare headlines (no image or summary: 10,000 of them must stay light), unlike the rail suite's `headlines`. */
function headlines(count: number, prefix = 'tin'): ArticleRef[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    url: `https://tin-thu-do.example/${prefix}/${index}.html`,
    title: `${prefix} số ${index}`,
  }));
}

const paragraphs = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[part~="paragraph"]')];
const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Counts the element's updates from now on. */
function countUpdates(element: HTMLElement) {
  const el = element as unknown as { updated(changed: Map<PropertyKey, unknown>): void };
  const counter = { updates: 0 };
  const updated = el.updated.bind(el);
  el.updated = (changed) => {
    counter.updates += 1;
    updated(changed);
  };
  return counter;
}

/** What `measure()` finds in a task queued right after the element went on the page: a timer and a posted message. */
function inNextTasks<T>(measure: () => T): Promise<{ timer: T; message: T }> {
  const timer = new Promise<T>((resolve) => setTimeout(() => resolve(measure())));
  const message = new Promise<T>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(measure());
    };
    channel.port2.postMessage(undefined);
  });
  return Promise.all([timer, message]).then(([timer, message]) => ({ timer, message }));
}

/** Two frames: any slice still due for a replaced document would have come by now. */
const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('long documents, rendered in slices', () => {
  const uncaught = watchUncaught();
  let box: HTMLElement;
  let stub: FetchStub | undefined;

  beforeEach(async () => {
    box = await fixture(html`<div></div>`);
  });

  /** Puts `el` on the page and waits for its `news-load` (the first update that shows its data). */
  async function appendLoaded(el: HTMLElement): Promise<void> {
    const loaded = oneEvent(el, 'news-load');
    box.append(el);
    await loaded;
  }

  afterEach(() => {
    stub?.restore();
    stub = undefined;
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  describe('<news-article>', () => {
    it('shows every block of a 10,000-block article once updateComplete resolves', async function () {
      this.timeout(HANG_MS);
      const el = document.createElement('news-article') as NewsArticle;
      el.article = longArticle(10_000);
      await appendLoaded(el);
      // The first update shows the headline and the first slice of the body.
      const first = paragraphs(el).length;
      expect(first, 'blocks in the first update').to.be.within(1, 9_998);
      expect(part(el, 'headline')!.textContent).to.equal('Bài dài: Đoạn');
      await el.updateComplete;
      const all = paragraphs(el);
      expect(all).to.have.length(9_999);
      expect(all[9_998].textContent).to.equal('Đoạn 9999');
      expect(el.shadowRoot!.querySelectorAll('[part~="related"]')).to.have.length(1);
    });

    it('lets a timer and a message queued right after it run before the rest of the body is shown', async function () {
      this.timeout(HANG_MS);
      const el = document.createElement('news-article') as NewsArticle;
      el.article = longArticle(10_000);
      box.append(el);
      const seen = await inNextTasks(() => paragraphs(el).length);
      expect(seen.timer, 'blocks shown when the timer ran').to.be.below(9_999);
      expect(seen.message, 'blocks shown when the message arrived').to.be.below(9_999);
      await el.updateComplete;
      expect(paragraphs(el)).to.have.length(9_999);
    });

    it('shows only the new article when `.article` changes while the old one is still arriving', async function () {
      this.timeout(HANG_MS);
      const el = document.createElement('news-article') as NewsArticle;
      el.article = longArticle(10_000, 'Cũ');
      await appendLoaded(el);
      expect(paragraphs(el).length).to.be.below(9_999);
      el.article = longArticle(3_000, 'Mới');
      await el.updateComplete;
      await twoFrames();
      const texts = paragraphs(el).map((paragraph) => paragraph.textContent!);
      expect(texts).to.have.length(2_999);
      expect(texts.filter((text) => !text.startsWith('Mới '))).to.deep.equal([]);
      expect(texts.at(-1)).to.equal('Mới 2999');
      expect(part(el, 'headline')!.textContent).to.equal('Bài dài: Mới');
    });

    it('renders the demo article whole in its first update', async () => {
      const article = await (await fetch('/data/articles/ha-noi-ket-hop-dien-va-diem.json')).json();
      const el = document.createElement('news-article') as NewsArticle;
      el.article = article;
      const counter = countUpdates(el);
      await appendLoaded(el);
      const expected = article.body.filter((block: { type: string }) => block.type === 'paragraph').length;
      // All of the body is there when the first update says it has loaded.
      expect(paragraphs(el)).to.have.length(expected);
      expect(el.shadowRoot!.querySelectorAll('[part~="gallery"]')).to.have.length(1);
      await el.updateComplete;
      expect(counter.updates).to.equal(1);
    });

    it('keeps the focus on a link of the first slice while the rest arrives', async function () {
      this.timeout(HANG_MS);
      const el = document.createElement('news-article') as NewsArticle;
      el.article = longArticle(10_000);
      await appendLoaded(el);
      expect(paragraphs(el).length, 'the rest still to come').to.be.below(9_999);
      const link = part(el, 'related-link')!;
      link.focus();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(link);
      expect(paragraphs(el)).to.have.length(9_999);
    });
  });

  describe('<news-rail>', () => {
    it('shows every card of a 10,000-item feed once updateComplete resolves, and announces none of them', async function () {
      this.timeout(HANG_MS);
      stub = stubFetch(() => jsonResponse({ title: 'Tin khác', items: headlines(10_000), next: '/tin/trang-2.json' }));
      const el = document.createElement('news-rail') as NewsRail;
      el.src = '/tin/trang-1.json';
      await appendLoaded(el);
      const first = cards(el).length;
      expect(first, 'cards in the first update').to.be.within(1, 9_999);
      expect(links(el)[0].textContent).to.equal('tin số 0');
      // "See more" comes after the last card, once it is there.
      expect(part(el, 'more-button')).to.equal(null);
      expect(announcement(el)).to.equal('');
      await el.updateComplete;
      expect(cards(el)).to.have.length(10_000);
      expect(links(el)[9_999].textContent).to.equal('tin số 9999');
      expect(part(el, 'more-button')!.textContent!.trim()).to.equal('Xem thêm');
      expect(announcement(el)).to.equal('');
    });

    it('lets a timer and a message queued right after it run before the last card is shown', async function () {
      this.timeout(HANG_MS);
      const el = document.createElement('news-rail') as NewsRail;
      el.items = headlines(10_000);
      box.append(el);
      const seen = await inNextTasks(() => cards(el).length);
      expect(seen.timer, 'cards shown when the timer ran').to.be.below(10_000);
      expect(seen.message, 'cards shown when the message arrived').to.be.below(10_000);
      await el.updateComplete;
      expect(cards(el)).to.have.length(10_000);
    });

    it('shows only the new feed when `.items` changes while the old one is still arriving', async function () {
      this.timeout(HANG_MS);
      const el = document.createElement('news-rail') as NewsRail;
      el.items = headlines(10_000, 'cu');
      await appendLoaded(el);
      expect(cards(el).length).to.be.below(10_000);
      el.items = headlines(1_500, 'moi');
      await el.updateComplete;
      await twoFrames();
      const titles = links(el).map((link) => link.textContent!);
      expect(titles).to.have.length(1_500);
      expect(titles.filter((title) => !title.startsWith('moi '))).to.deep.equal([]);
    });

    it('renders a rail of 1,000 cards whole in its first update', async () => {
      const el = document.createElement('news-rail') as NewsRail;
      el.items = headlines(1_000);
      const counter = countUpdates(el);
      await appendLoaded(el);
      expect(cards(el)).to.have.length(1_000);
      await el.updateComplete;
      expect(counter.updates).to.equal(1);
    });

    it('focuses the first card of a long "See more" page at once, announces the page once, and shows the rest after', async function () {
      this.timeout(HANG_MS);
      stub = stubFetch((request) =>
        request.url.endsWith('trang-2.json')
          ? jsonResponse({ items: headlines(1_500, 'sau'), next: null })
          : jsonResponse({ items: headlines(10, 'dau'), next: '/tin/trang-2.json' }),
      );
      const el = document.createElement('news-rail') as NewsRail;
      el.src = '/tin/trang-1.json';
      await appendLoaded(el);
      await el.updateComplete;
      expect(cards(el)).to.have.length(10);
      const focused = oneEvent(el.shadowRoot!, 'focusin');
      part(el, 'more-button')!.click();
      await focused;
      // The page's first card has the focus while most of the page is still to come.
      expect(el.shadowRoot!.activeElement).to.equal(links(el)[10]);
      expect(cards(el).length).to.be.below(1_510);
      expect(announcement(el)).to.equal('Đã thêm 1500 tin');
      await el.updateComplete;
      expect(cards(el)).to.have.length(1_510);
      expect(el.shadowRoot!.activeElement).to.equal(links(el)[10]);
      expect(announcement(el)).to.equal('Đã thêm 1500 tin');
      expect(part(el, 'end')!.textContent).to.equal('Đã hết tin.');
    });

    it('keeps the focus the arrow keys gave a card of a long carousel while the rest arrives; End reaches the last card', async function () {
      this.timeout(HANG_MS);
      const el = document.createElement('news-rail') as NewsRail;
      el.layout = 'carousel';
      el.items = headlines(3_000);
      await appendLoaded(el);
      links(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(el.shadowRoot!.activeElement).to.equal(links(el)[1]);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, 'the focus stays while the cards arrive').to.equal(links(el)[1]);
      await sendKeys({ press: 'End' });
      expect(el.shadowRoot!.activeElement).to.equal(links(el)[2_999]);
      expect(links(el)[2_999].textContent).to.equal('tin số 2999');
    });
  });
});
