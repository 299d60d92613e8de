// Oversized and odd documents through `src`: a 5 MB article, 10,000 blocks, 10,000 feed items,
// 100 levels of nesting, right-to-left text and emoji, zero-width characters, unpaired surrogates.
// Each one is rendered or ends in the error state with its retry button, within a bound generous
// enough to catch only a hang (never a tight timing), and never throws.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/article/news-article.js';
import '../../src/components/card/news-card.js';
import '../../src/components/rail/news-rail.js';
import { stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { watchUncaught } from '../helpers/uncaught.js';

/** Far above what any of these documents takes here (a few seconds at most: long ones render in slices, one a frame); only a hang reaches it. */
const HANG_MS = 30_000;
const IMAGE = '/data/images/ha-noi-ket-hop-dien-va-diem.svg';

type Loading = HTMLElement & { src?: string; updateComplete: Promise<boolean> };

interface Loaded {
  element: Loading;
  root: ShadowRoot;
  event: 'news-load' | 'news-error';
}

let stub: FetchStub | undefined;
let box: HTMLElement;

/** `text` served as JSON at `src` of a new `tag` element, and how it ended; a hang fails. */
async function load(tag: string, text: string): Promise<Loaded> {
  stub = stubFetch(() => new Response(text, { headers: { 'content-type': 'application/json' } }));
  const element = document.createElement(tag) as Loading;
  element.src = '/odd/document.json';
  const event = new Promise<Loaded['event']>((resolve) => {
    element.addEventListener('news-load', () => resolve('news-load'), { once: true });
    element.addEventListener('news-error', () => resolve('news-error'), { once: true });
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`<${tag}> did not settle within ${HANG_MS} ms`)), HANG_MS);
  });
  box.append(element);
  try {
    const kind = await Promise.race([event, hang]);
    await element.updateComplete;
    element.getBoundingClientRect();
    return { element, root: element.shadowRoot!, event: kind };
  } finally {
    clearTimeout(timer);
  }
}

function article(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'odd',
    title: 'Bài báo',
    lang: 'vi',
    publishedAt: '2020-07-15T17:30:00+07:00',
    authors: [{ name: 'Hoàng Phúc' }],
    image: { src: IMAGE, alt: 'Ảnh', width: 1200, height: 800 },
    body: [{ type: 'paragraph', text: 'Đoạn văn.' }],
    ...fields,
  };
}

function feedItems(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `tin-${index}`,
    url: `https://tin-thu-do.example/tin-${index}.html`,
    title: `Tin số ${index}`,
    publishedAt: new Date(Date.UTC(2020, 6, 15) - index * 60_000).toISOString(),
  }));
}

/** `{"a":{"a":…}}` nested `levels` deep. */
function nested(levels: number): unknown {
  let value: unknown = 'đáy';
  for (let level = 0; level < levels; level += 1) value = { a: value };
  return value;
}

const paragraphs = (root: ShadowRoot) => root.querySelectorAll('[part~="paragraph"]');
const headline = (root: ShadowRoot) => root.querySelector('[part~="headline"]')?.textContent;

function expectErrorState({ root, event }: Loaded): void {
  expect(event).to.equal('news-error');
  expect(root.querySelector('[part~="error"]'), 'error panel').not.to.equal(null);
  expect(root.querySelector('[part~="retry-button"]'), 'retry button').not.to.equal(null);
}

describe('odd documents through src', () => {
  const uncaught = watchUncaught();

  beforeEach(async () => {
    box = await fixture(html`<div></div>`);
  });

  afterEach(() => {
    stub?.restore();
    stub = undefined;
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  describe('size', () => {
    it('renders a 5 MB article (2,000 paragraphs of 2.5 kB)', async function () {
      this.timeout(HANG_MS * 2);
      const text = 'Hà Nội kết hợp giữa diện và điểm trong công tác dân vận. '.repeat(44);
      const body = Array.from({ length: 2000 }, (_, index) => ({ type: 'paragraph', text: `${index}: ${text}` }));
      const json = JSON.stringify(article({ body }));
      expect(new Blob([json]).size).to.be.greaterThan(5_000_000);
      const loaded = await load('news-article', json);
      expect(loaded.event).to.equal('news-load');
      expect(paragraphs(loaded.root)).to.have.length(2000);
      expect(paragraphs(loaded.root)[1999].textContent).to.contain('1999: Hà Nội');
    });

    it('renders an article of 10,000 blocks', async function () {
      this.timeout(HANG_MS * 2);
      const body = Array.from({ length: 10_000 }, (_, index) => ({ type: 'paragraph', text: `Đoạn ${index}` }));
      const loaded = await load('news-article', JSON.stringify(article({ body })));
      expect(loaded.event).to.equal('news-load');
      expect(paragraphs(loaded.root)).to.have.length(10_000);
      expect(paragraphs(loaded.root)[9999].textContent).to.equal('Đoạn 9999');
    });

    it('shows a feed of 10,000 items in <news-rail>', async function () {
      this.timeout(HANG_MS * 2);
      const loaded = await load('news-rail', JSON.stringify({ title: 'Tin khác', items: feedItems(10_000) }));
      expect(loaded.event).to.equal('news-load');
      const cards = loaded.root.querySelectorAll('[part~="card"]');
      expect(cards.length).to.be.greaterThan(0);
      expect(cards[0].textContent).to.contain('Tin số 0');
    });

    it('refuses more blocks than the parser allows (20,001) with the error state', async function () {
      this.timeout(HANG_MS * 2);
      const body = Array.from({ length: 20_001 }, () => ({ type: 'paragraph', text: 'Đoạn' }));
      expectErrorState(await load('news-article', JSON.stringify(article({ body }))));
    });
  });

  describe('nesting', () => {
    it('refuses an article nested 100 levels deep with the error state', async () => {
      expectErrorState(await load('news-article', JSON.stringify(article({ extra: nested(100) }))));
    });

    it('refuses a feed nested 100 levels deep with the error state', async () => {
      const items = feedItems(3);
      items[0].extra = nested(100);
      expectErrorState(await load('news-rail', JSON.stringify({ items })));
    });

    it('refuses an article reference nested 100 levels deep in <news-card>', async () => {
      const ref = { url: 'https://tin-thu-do.example/a.html', title: 'Tin', extra: nested(100) };
      expectErrorState(await load('news-card', JSON.stringify(ref)));
    });
  });

  describe('text', () => {
    it('renders right-to-left text and emoji as given', async () => {
      const title = 'مرحبا بالعالم — שלום עולם 👋🏽 🇻🇳 👨‍👩‍👧‍👦';
      const body = [
        { type: 'paragraph', text: 'العربية English עברית 123 😀' },
        { type: 'quote', text: '«نص مقتبس» 🗞️', cite: 'مصدر' },
      ];
      const loaded = await load('news-article', JSON.stringify(article({ title, lang: 'ar', body })));
      expect(loaded.event).to.equal('news-load');
      expect(headline(loaded.root)).to.equal(title);
      expect(paragraphs(loaded.root)[0].textContent).to.equal('العربية English עברית 123 😀');
      expect(loaded.root.querySelector('article')?.getAttribute('lang')).to.equal('ar');
    });

    it('renders zero-width characters as text, in the article, the card and the rail', async () => {
      const title = 'Hà\u200BNội\u200C\u200D kết\u2060hợp\uFEFF \u200E\u200F\u202Ediện\u202C';
      const inArticle = await load('news-article', JSON.stringify(article({ title })));
      expect(headline(inArticle.root)).to.equal(title);
      stub?.restore();
      const ref = { url: 'https://tin-thu-do.example/a.html', title };
      const inCard = await load('news-card', JSON.stringify(ref));
      expect(inCard.event).to.equal('news-load');
      expect(inCard.root.textContent).to.contain(title);
      stub?.restore();
      const inRail = await load('news-rail', JSON.stringify({ items: [{ ...ref, id: 'a' }] }));
      expect(inRail.event).to.equal('news-load');
      expect(inRail.root.textContent).to.contain(title);
    });

    it('shows unpaired surrogates as text or refuses them cleanly, in every element', async () => {
      // JSON escapes for lone halves: JSON.parse gives strings that are not well-formed UTF-16.
      const title = 'Tin \\ud800 lẻ \\udc00 và \\udbff\\ud800 ngược';
      const texts = {
        'news-article': `{"id":"odd","title":"${title}","body":[{"type":"paragraph","text":"${title}"}]}`,
        'news-card': `{"url":"https://tin-thu-do.example/a.html","title":"${title}"}`,
        'news-rail': `{"items":[{"id":"a","url":"https://tin-thu-do.example/a.html","title":"${title}"}]}`,
      };
      for (const [tag, text] of Object.entries(texts)) {
        stub?.restore();
        const loaded = await load(tag, text);
        if (loaded.event === 'news-error') expectErrorState(loaded);
        else expect(loaded.root.textContent, tag).to.contain('lẻ');
      }
    });

    it('keeps a 1 MB single paragraph whole', async function () {
      this.timeout(HANG_MS * 2);
      const text = 'ắ'.repeat(1_000_000);
      const loaded = await load('news-article', JSON.stringify(article({ body: [{ type: 'paragraph', text }] })));
      expect(loaded.event).to.equal('news-load');
      expect(paragraphs(loaded.root)[0].textContent).to.have.length(1_000_000);
    });
  });
});
