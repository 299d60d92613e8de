// Across every element: the page's layout, container queries, light and dark themes, tokens and
// parts reaching inside composites, and the language switching at run time.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/article/news-article.js';
import '../../src/components/card/news-card.js';
import '../../src/components/comments/news-comments.js';
import '../../src/components/figure/news-figure.js';
import '../../src/components/gallery/news-gallery.js';
import '../../src/components/mobile-toggle/news-mobile-toggle.js';
import '../../src/components/rail/news-rail.js';
import type { Image } from '../../src/format/types.js';
import { registerTranslation } from '../../src/i18n/registry.js';
import { LAYOUT_ATTRIBUTE, LAYOUT_STORAGE_KEY } from '../../src/layout/layout-store.js';
import { COMMENT_ENDPOINT, newArticle, seed } from '../components/comments/comment-server.js';
import { headlines } from '../components/rail/rail-helpers.js';
import { deferred, jsonResponse, stubFetch } from '../helpers/fetch-stub.js';
import { SAMPLE_ARTICLE } from '../helpers/sample-article.js';
import { emulateMedia, setViewport } from '@web/test-runner-commands';

const PHOTO: Image = {
  src: '/data/images/ha-noi-ket-hop-dien-va-diem.svg',
  alt: 'Bà Trương Thị Mai đứng phát biểu tại bàn họp',
  width: 1200,
  height: 800,
  caption: 'Trưởng ban Dân vận Trung ương phát biểu kết luận cuộc làm việc.',
  credit: 'Hoàng Phúc',
};
const PHOTOS: Image[] = ['phat-huy-gia-tri-canh-quan-khong-gian-ho-guom', 'moi-cong-dan-thu-do-phai-tro-thanh-mot-cong-dan-so', 'tao-san-choi-the-thao-cho-doan-vien-nguoi-lao-dong'].map(
  (name, index) => ({ src: `/data/images/${name}.svg`, alt: `Ảnh số ${index + 1}`, width: 480, height: 320, caption: `Ảnh số ${index + 1}` }),
);
const ARTICLE = { ...SAMPLE_ARTICLE, image: PHOTO };

type Kind = 'article' | 'figure' | 'gallery' | 'card' | 'rail' | 'comments' | 'mobile-toggle';
const KINDS: Kind[] = ['article', 'figure', 'gallery', 'card', 'rail', 'comments', 'mobile-toggle'];

async function template(kind: Kind): Promise<TemplateResult> {
  switch (kind) {
    case 'article':
      return html`<news-article .article=${ARTICLE}></news-article>`;
    case 'figure':
      return html`<news-figure .image=${PHOTO}></news-figure>`;
    case 'gallery':
      return html`<news-gallery .images=${PHOTOS}></news-gallery>`;
    case 'card':
      return html`<news-card .article=${headlines(1)[0]}></news-card>`;
    case 'rail':
      return html`<news-rail layout="grid" .items=${headlines(4)}></news-rail>`;
    case 'comments':
      return html`<news-comments loading="eager" endpoint=${COMMENT_ENDPOINT} article-id=${await newArticle()} max-length="27739"></news-comments>`;
    case 'mobile-toggle':
      return html`<news-mobile-toggle></news-mobile-toggle>`;
  }
}

/** Each element showing every control it has: the lightbox, paging, a reply, related links; `ready` shows when they are there. */
async function withControls(kind: Kind): Promise<{ content: TemplateResult; ready?: string }> {
  switch (kind) {
    case 'article':
      return { content: html`<news-article src="/data/articles/ha-noi-ket-hop-dien-va-diem.json"></news-article>`, ready: '[part~="related-link"]' };
    case 'figure':
      return { content: html`<news-figure lightbox .image=${PHOTO}></news-figure>` };
    case 'rail':
      return { content: html`<news-rail layout="carousel" src="/data/feeds/tin-khac-1.json"></news-rail>`, ready: '[part~="more-button"]' };
    case 'comments': {
      const article = await newArticle();
      await seed(article, [{ text: 'Bài viết rất hay, cảm ơn tác giả.' }]);
      const content = html`<news-comments loading="eager" endpoint=${COMMENT_ENDPOINT} article-id=${article}></news-comments>`;
      return { content, ready: '[part~="reply-button"]' };
    }
    default:
      return { content: await template(kind) };
  }
}

/** Every element of a shadow root, also inside the shadow roots of the elements it holds. */
function deepElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element, ...deepElements(element.shadowRoot)] : [element]));
}

/** The text a reader sees in an element, nested shadow roots included. */
function deepText(el: Element): string {
  return deepElements(el.shadowRoot!)
    .filter((element) => element.children.length === 0 || element instanceof HTMLButtonElement)
    .map((element) => element.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');
}

/**
 * Mounts an element (or `content`) in a wrapper of the given width and waits until it shows its
 * content, and `ready` when given (a selector inside it).
 */
async function mount<T extends HTMLElement = HTMLElement>(
  kind: Kind,
  attributes: { width?: string; theme?: string; lang?: string; content?: TemplateResult; ready?: string } = {},
) {
  const { width = '60rem', theme = 'light', lang = 'vi', content, ready } = attributes;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} data-news-theme=${theme} class="wrapper">${content ?? (await template(kind))}</div>`);
  wrapper.style.inlineSize = width;
  // The elements leave the background to the page, which paints its own dark surface in dark mode.
  if (theme === 'dark') wrapper.style.background = '#161616';
  const el = wrapper.firstElementChild as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  if (kind === 'comments') await waitUntil(() => el.shadowRoot!.querySelector('[part~="form"]'), 'the comment form shows');
  if (ready) await waitUntil(() => deepElements(el.shadowRoot!).some((element) => element.matches(ready)), `${ready} shows`);
  for (const nested of deepElements(el.shadowRoot!)) await (nested as Partial<typeof el>).updateComplete;
  return { wrapper, el };
}

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const columns = (element: Element) => getComputedStyle(element).gridTemplateColumns.split(' ').filter(Boolean).length;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function setLayout(layout: 'mobile' | 'desktop') {
  document.documentElement.setAttribute(LAYOUT_ATTRIBUTE, layout);
}

/** The element's parent, or the host of the shadow root it is the top of. */
const parentOf = (element: Element) => element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined);

/** True when `element` sits in a box that scrolls or clips sideways (a carousel, a gallery's track), below `top`. */
function inScroller(element: Element, top: Element): boolean {
  for (let parent = parentOf(element); parent && parent !== top; parent = parentOf(parent)) {
    if (getComputedStyle(parent).overflowX !== 'visible') return true;
  }
  return false;
}

/**
 * What a finger can tap in an element, with the box that takes the tap: buttons, fields and links
 * that stand alone. A card's link covers its card; links inside a sentence are left out, as
 * WCAG 2.5.5 allows, and so is what is hidden (the comment form's honeypot).
 */
function tapTargets(el: Element): { name: string; box: DOMRect }[] {
  return deepElements(el.shadowRoot!)
    .filter((element) => element.matches('button, input, select, textarea, a[href]'))
    .filter((element) => element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"]'))
    .filter((element) => element.closest('.card') || !(element instanceof HTMLAnchorElement && element.closest('p')))
    .map((element) => ({
      name: element.getAttribute('part') ?? element.localName,
      box: (element.closest('.card') ?? element).getBoundingClientRect(),
    }));
}

/** The cards of a rail, with the boxes of their thumbnail, headline and summary. */
function railCards(el: Element) {
  return [...el.shadowRoot!.querySelectorAll('#list > [part~="card"]')].map((card) => ({
    card: card.getBoundingClientRect(),
    media: card.querySelector('[part~="media"]')!.getBoundingClientRect(),
    headline: card.querySelector('[part~="headline"]')!.getBoundingClientRect(),
    summary: card.querySelector('[part~="summary"]')!.getBoundingClientRect(),
  }));
}

describe('i18n and theming across the elements', () => {
  beforeEach(() => setLayout('desktop'));
  afterEach(() => {
    localStorage.removeItem(LAYOUT_STORAGE_KEY);
    setLayout('desktop');
    document.documentElement.style.removeProperty('--news-color-text');
  });

  describe('accessibility', () => {
    for (const kind of KINDS) {
      for (const theme of ['light', 'dark']) {
        it(`<news-${kind}> is accessible in the ${theme} theme`, async () => {
          const { el } = await mount(kind, { theme });
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe('layout', () => {
    it('a grid rail has several columns on desktop and one on mobile', async () => {
      const { el } = await mount('rail');
      expect(columns(q(el, '[part~="list"]'))).to.be.greaterThan(1);
      setLayout('mobile');
      await waitUntil(() => columns(q(el, '[part~="list"]')) === 1, 'one column on mobile');
    });

    it('a grid rail in a 300px sidebar shows one column on desktop', async () => {
      const { el } = await mount('rail', { width: '300px' });
      expect(columns(q(el, '[part~="list"]'))).to.equal(1);
    });

    for (const layout of ['list', 'grid'] as const) {
      it(`a ${layout} rail shows compact cards on mobile: a small thumbnail beside the headline, no summary`, async () => {
        const { el } = await mount('rail', { content: html`<news-rail layout=${layout} .items=${headlines(4)}></news-rail>` });
        const [desktop] = railCards(el);
        expect(desktop.summary.height, 'a summary on desktop').to.be.greaterThan(0);
        setLayout('mobile');
        await waitUntil(() => railCards(el)[0].summary.height === 0, 'no summary on mobile');
        const [mobile] = railCards(el);
        expect(mobile.media.width, 'a 6rem thumbnail').to.equal(96);
        expect(desktop.media.width).to.be.greaterThan(96);
        expect(mobile.media.right, 'beside the headline').to.be.at.most(mobile.headline.left);
        expect(mobile.card.height, `a card ${mobile.card.height} px tall, not ${desktop.card.height}`).to.be.lessThan(desktop.card.height * 0.7);
        expect(mobile.headline.height, 'the headline stays').to.be.greaterThan(0);
      });
    }

    it('a list rail in a 20rem sidebar shows compact cards on desktop too; at 40rem the full cards', async () => {
      // Other headlines in each: rails on one page never show the same article twice.
      const rail = (prefix: string) => html`<news-rail layout="list" .items=${headlines(2, prefix)}></news-rail>`;
      const [narrow] = railCards((await mount('rail', { width: '20rem', content: rail('hep') })).el);
      const [wide] = railCards((await mount('rail', { width: '40rem', content: rail('rong') })).el);
      expect(narrow.summary.height, 'no summary in the sidebar').to.equal(0);
      expect(narrow.media.width, 'a 6rem thumbnail').to.be.at.most(96);
      expect(narrow.media.right, 'beside the headline').to.be.at.most(narrow.headline.left);
      expect(wide.summary.height, 'a summary in a wide column').to.be.greaterThan(0);
      expect(wide.media.width).to.be.greaterThan(96);
    });

    it('a carousel rail stays a row to swipe on mobile, of cards without their summary', async () => {
      setLayout('mobile');
      const { el } = await mount('rail', { width: '360px', content: html`<news-rail layout="carousel" .items=${headlines(4)}></news-rail>` });
      const [first, second] = railCards(el);
      expect(second.card.top, 'side by side').to.equal(first.card.top);
      expect(second.card.left).to.be.greaterThan(first.card.right);
      expect(first.summary.height).to.equal(0);
      expect(first.media.bottom, 'the thumbnail above the headline').to.be.at.most(first.headline.top);
    });

    it('on mobile the skeleton cards take the compact size, so nothing moves when the cards arrive', async () => {
      setLayout('mobile');
      const feed = deferred<Response>();
      const stub = stubFetch(() => feed.promise);
      try {
        const { el } = await mount('rail', { width: '360px', content: html`<news-rail src="/feeds/slow.json" limit="2"></news-rail>` });
        const skeleton = q(el, '[part~="skeleton"]').getBoundingClientRect();
        feed.resolve(jsonResponse({ items: headlines(2) }));
        await waitUntil(() => railCards(el).length === 2, 'the cards arrive');
        const [card] = railCards(el);
        expect([card.card.top, card.card.height]).to.deep.equal([skeleton.top, skeleton.height]);
        expect(card.summary.height).to.equal(0);
      } finally {
        stub.restore();
      }
    });

    it('the article sets a smaller type on mobile and in a narrow container', async () => {
      const { el } = await mount('article');
      const size = () => parseFloat(getComputedStyle(q(el, '[part~="article"]')).fontSize);
      expect(size()).to.equal(18);
      setLayout('mobile');
      await waitUntil(() => size() === 17, 'smaller type on mobile');
      setLayout('desktop');
      await waitUntil(() => size() === 18);
      (el.parentElement as HTMLElement).style.inlineSize = '300px';
      await frame();
      expect(size()).to.equal(17);
    });

    it('the comment form puts name and email side by side on desktop, one under the other on mobile', async () => {
      const { el } = await mount('comments');
      const identity = () => el.shadowRoot!.querySelector('.identity')!;
      expect(columns(identity())).to.equal(2);
      setLayout('mobile');
      await waitUntil(() => columns(identity()) === 1, 'one column on mobile');
    });

    it('the comment form stacks its fields in a 300px sidebar on desktop', async () => {
      const { el } = await mount('comments', { width: '300px' });
      expect(columns(el.shadowRoot!.querySelector('.identity')!)).to.equal(1);
    });

    it('a card keeps its thumbnail beside the headline, narrower in a 300px sidebar', async () => {
      const wide = await mount('card');
      const narrow = await mount('card', { width: '300px' });
      const media = (el: Element) => q(el, '[part~="media"]').getBoundingClientRect();
      const headline = (el: Element) => q(el, '[part~="headline"]').getBoundingClientRect();
      for (const { el } of [wide, narrow]) expect(media(el).right).to.be.at.most(headline(el).left);
      expect(media(narrow.el).width).to.be.lessThan(media(wide.el).width);
    });

    it('a gallery drops its thumbnails on mobile, for the reader swipes', async () => {
      const { el } = await mount('gallery');
      const strip = () => q(el, '[part~="thumbnails"]');
      expect(strip().getBoundingClientRect().height).to.be.greaterThan(0);
      setLayout('mobile');
      await waitUntil(() => strip().getBoundingClientRect().height === 0, 'no thumbnails on mobile');
    });

    it('a gallery drops its thumbnails in a 300px container', async () => {
      const wide = await mount('gallery');
      const narrow = await mount('gallery', { width: '300px' });
      expect(getComputedStyle(q(wide.el, '[part~="thumbnails"]')).display).not.to.equal('none');
      expect(getComputedStyle(q(narrow.el, '[part~="thumbnails"]')).display).to.equal('none');
    });
  });

  // Server-rendered markup has no data-layout until its script runs: on a phone it must already
  // look as it will once hydrated. The containers stay wide (60rem), so only the viewport is narrow.
  describe('before the script sets the layout, on a phone-sized viewport', () => {
    beforeEach(() => setViewport({ width: 360, height: 740 }));
    afterEach(() => setViewport({ width: 800, height: 600 }));

    const MOBILE_LOOKS: [Kind, string, (el: Element) => boolean][] = [
      ['rail', 'one column of compact cards', (el) => columns(q(el, '[part~="list"]')) === 1 && railCards(el)[0].summary.height === 0 && railCards(el)[0].media.width === 96],
      ['article', 'the smaller type', (el) => parseFloat(getComputedStyle(q(el, '[part~="article"]')).fontSize) === 17],
      ['gallery', 'no thumbnails', (el) => q(el, '[part~="thumbnails"]').getBoundingClientRect().height === 0],
      ['comments', 'name and email one under the other', (el) => columns(el.shadowRoot!.querySelector('.identity')!) === 1],
    ];
    for (const [kind, look, looksMobile] of MOBILE_LOOKS) {
      it(`<news-${kind}> without data-layout shows ${look}; with data-layout="desktop" (the reader's choice), not`, async () => {
        const { el } = await mount(kind);
        el.removeAttribute('data-layout');
        expect(looksMobile(el), 'no data-layout').to.equal(true);
        el.setAttribute('data-layout', 'desktop');
        expect(looksMobile(el), 'desktop').to.equal(false);
        el.setAttribute('data-layout', 'mobile');
        expect(looksMobile(el), 'mobile').to.equal(true);
      });
    }
  });

  describe('tap targets', () => {
    for (const [layout, size] of [['mobile', 44], ['desktop', 24]] as const) {
      for (const kind of KINDS) {
        it(`<news-${kind}> gives every control a target of at least ${size}×${size} px on ${layout}`, async () => {
          setLayout(layout);
          const { content, ready } = await withControls(kind);
          const { el } = await mount(kind, { width: layout === 'mobile' ? '360px' : '60rem', content, ready });
          const targets = tapTargets(el);
          expect(targets.length).to.be.greaterThan(0);
          for (const { name, box } of targets) {
            expect(Math.min(box.width, box.height), `${name} is ${box.width}×${box.height}`).to.be.at.least(size);
          }
        });
      }
    }

    it('the retry buttons of error panels and broken photos are 44×44 px targets on mobile', async () => {
      setLayout('mobile');
      const stub = stubFetch(() => jsonResponse({ error: { code: 'not_found', message: 'Không có' } }, { status: 404 }));
      try {
        const card = await mount('card', { width: '360px', content: html`<news-card src="/cards/missing.json"></news-card>`, ready: '[part~="retry-button"]' });
        const broken = { ...PHOTO, src: 'data:image/png;base64,AAAA' };
        const figure = await mount('figure', { width: '360px', content: html`<news-figure .image=${broken}></news-figure>`, ready: '[part~="retry-button"]' });
        for (const { el } of [card, figure]) {
          const { width, height } = q(el, '[part~="retry-button"]').getBoundingClientRect();
          expect(Math.min(width, height), `${el.localName}: ${width}×${height}`).to.be.at.least(44);
        }
      } finally {
        stub.restore();
      }
    });

    it("the lightbox's buttons are 44×44 px targets inside a 320 px screen", async () => {
      setLayout('mobile');
      await setViewport({ width: 320, height: 640 });
      try {
        const { el } = await mount('gallery', { width: 'auto' });
        q(el, '.slide .zoom').click();
        const dialog = q(el, 'dialog') as HTMLDialogElement;
        await waitUntil(() => dialog.open && dialog.querySelector('img'), 'the lightbox opens');
        const buttons = [...dialog.querySelectorAll('button')];
        expect(buttons.map((button) => button.getAttribute('part'))).to.include.members(['close-button', 'previous-button', 'next-button']);
        for (const button of buttons) {
          const { width, height, left, right } = button.getBoundingClientRect();
          expect(Math.min(width, height), `${button.getAttribute('part')} is ${width}×${height}`).to.be.at.least(44);
          expect(left).to.be.at.least(0);
          expect(right).to.be.at.most(320);
        }
        dialog.close();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('a 320 px wide phone', () => {
    beforeEach(async () => {
      setLayout('mobile');
      await setViewport({ width: 320, height: 640 });
    });
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const kind of KINDS) {
      it(`<news-${kind}> fits: nothing sticks out sideways and no button cuts its label`, async () => {
        const { content, ready } = await withControls(kind);
        const { el } = await mount(kind, { width: 'auto', content, ready });
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
        const { left, right } = el.getBoundingClientRect();
        for (const element of deepElements(el.shadowRoot!)) {
          if (element.getClientRects().length === 0 || inScroller(element, el)) continue;
          const box = element.getBoundingClientRect();
          // Text for screen readers only: one pixel, out of sight.
          if (box.width <= 1 && box.height <= 1) continue;
          const name = element.getAttribute('part') ?? element.className ?? element.localName;
          expect(box.left, `${name} starts inside`).to.be.at.least(left - 0.5);
          expect(box.right, `${name} ends inside`).to.be.at.most(right + 0.5);
        }
        for (const button of deepElements(el.shadowRoot!).filter((element) => element instanceof HTMLButtonElement)) {
          expect(button.scrollWidth, `${button.getAttribute('part')} shows its whole label`).to.be.at.most(button.clientWidth);
        }
      });
    }
  });

  describe('right to left, forced colors', () => {
    it('a card mirrors in a right-to-left page: the thumbnail moves to the right of the headline', async () => {
      const { el, wrapper } = await mount('card');
      const imageLeft = () => q(el, '[part~="media"]').getBoundingClientRect().left;
      const titleLeft = () => q(el, '[part~="title"]').getBoundingClientRect().left;
      expect(imageLeft()).to.be.below(titleLeft());
      wrapper.dir = 'rtl';
      await waitUntil(() => imageLeft() > titleLeft(), 'the thumbnail is on the right');
    });

    it('buttons keep a visible edge in forced-colors mode', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const { el } = await mount('mobile-toggle');
        const button = q(el, 'button');
        expect(getComputedStyle(button).borderStyle).to.not.equal('none');
        expect(parseFloat(getComputedStyle(button).borderTopWidth)).to.be.greaterThan(0);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });

  describe('themes', () => {
    for (const kind of KINDS) {
      it(`<news-${kind}> changes its colors with data-news-theme`, async () => {
        const colors = (el: Element) => deepElements(el.shadowRoot!).map((element) => getComputedStyle(element).color);
        const { el, wrapper } = await mount(kind, { theme: 'light' });
        const light = colors(el);
        wrapper.setAttribute('data-news-theme', 'dark');
        expect(colors(el)).not.to.deep.equal(light);
      });
    }

    it('a text color set on :root reaches the cards inside a rail', async () => {
      document.documentElement.style.setProperty('--news-color-text', 'rgb(1, 2, 3)');
      const { el } = await mount('rail');
      expect(getComputedStyle(q(el, '[part~="title"]')).color).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('parts', () => {
    let sheet: CSSStyleSheet;
    beforeEach(() => {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(`
        news-rail::part(title) { color: rgb(4, 5, 6); }
        news-article::part(figure-caption) { color: rgb(7, 8, 9); }
        news-article::part(figure-credit) { color: rgb(10, 11, 12); }
      `);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    afterEach(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)));

    it('the page styles the headline of a card inside a rail', async () => {
      const { el } = await mount('rail');
      expect(getComputedStyle(q(el, '[part~="title"]')).color).to.equal('rgb(4, 5, 6)');
    });

    it("the page styles the caption and credit of the article's lead photo", async () => {
      const { el } = await mount('article');
      const figure = q(el, 'news-figure');
      expect(getComputedStyle(q(figure, '[part~="caption"]')).color).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(q(figure, '[part~="credit"]')).color).to.equal('rgb(10, 11, 12)');
    });
  });

  describe('languages', () => {
    it('every element changes its labels when an ancestor switches from vi to en', async () => {
      const rail = await mount('rail', { lang: 'vi' });
      const figure = await mount('figure', { lang: 'vi' });
      const comments = await mount('comments', { lang: 'vi' });
      const toggle = await mount('mobile-toggle', { lang: 'vi' });
      const gallery = await mount('gallery', { lang: 'vi' });
      expect(deepText(rail.el)).to.contain('Có thể bạn quan tâm');
      expect(deepText(figure.el)).to.contain('Ảnh: Hoàng Phúc');
      expect(deepText(comments.el)).to.contain('Ý kiến bạn đọc');
      expect(deepText(toggle.el)).to.contain('Phiên bản di động');
      const galleryLabels = q(gallery.el, '[part~="next-button"]').getAttribute('aria-label');

      for (const { wrapper } of [rail, figure, comments, toggle, gallery]) wrapper.setAttribute('lang', 'en');
      await waitUntil(() => deepText(rail.el).includes('You may be interested'), 'the rail heading in English');
      await waitUntil(() => deepText(figure.el).includes('Photo: Hoàng Phúc'), 'the credit in English');
      await waitUntil(() => deepText(comments.el).includes('Reader comments'), 'the comments heading in English');
      await waitUntil(() => deepText(toggle.el).includes('Mobile version'), 'the toggle in English');
      await waitUntil(() => q(gallery.el, '[part~="next-button"]').getAttribute('aria-label') !== galleryLabels, 'the gallery buttons in English');
    });

    it('a lang change inside another shadow root re-renders the element', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<div lang="vi"><news-figure></news-figure></div>';
      const figure = root.querySelector('news-figure')! as HTMLElement & { image?: Image; updateComplete: Promise<boolean> };
      figure.image = PHOTO;
      await figure.updateComplete;
      expect(deepText(figure)).to.contain('Ảnh:');
      root.querySelector('div')!.setAttribute('lang', 'en');
      await waitUntil(() => deepText(figure).includes('Photo:'), 'the credit in English');
    });

    it('a language added with registerTranslation shows, falling back to Vietnamese for what it leaves out', async () => {
      registerTranslation({ $code: 'fr', photoCredit: 'Photo :' });
      const { el } = await mount('figure', { lang: 'fr' });
      expect(deepText(el)).to.contain('Photo : Hoàng Phúc');
      const comments = await mount('comments', { lang: 'fr' });
      expect(deepText(comments.el)).to.contain('Ý kiến bạn đọc');
    });

    it('one Vietnamese string overridden with registerTranslation shows at once', async () => {
      const { el } = await mount('figure', { lang: 'vi' });
      registerTranslation({ $code: 'vi', photoCredit: 'Nguồn ảnh:' });
      try {
        await waitUntil(() => deepText(el).includes('Nguồn ảnh: Hoàng Phúc'), 'the override shows');
      } finally {
        registerTranslation({ $code: 'vi', photoCredit: 'Ảnh:' });
      }
    });

    it('numbers in Vietnamese use "." for thousands, in English ","', async () => {
      const { el, wrapper } = await mount('comments', { lang: 'vi' });
      expect(deepText(el)).to.contain('27.739');
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => deepText(el).includes('27,739'), 'English digits');
    });
  });
});
