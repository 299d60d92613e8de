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
import { COMMENT_ENDPOINT, newArticle } from '../components/comments/comment-server.js';
import { headlines } from '../components/rail/rail-helpers.js';
import { SAMPLE_ARTICLE } from '../helpers/sample-article.js';
import { emulateMedia } from '@web/test-runner-commands';

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

/** Mounts an element in a wrapper of the given width and waits until it shows its content. */
async function mount<T extends HTMLElement = HTMLElement>(kind: Kind, attributes: { width?: string; theme?: string; lang?: string } = {}) {
  const { width = '60rem', theme = 'light', lang = 'vi' } = attributes;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} data-news-theme=${theme} class="wrapper">${await template(kind)}</div>`);
  wrapper.style.inlineSize = width;
  // The elements leave the background to the page, which paints its own dark surface in dark mode.
  if (theme === 'dark') wrapper.style.background = '#161616';
  const el = wrapper.firstElementChild as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  if (kind === 'comments') await waitUntil(() => el.shadowRoot!.querySelector('[part~="form"]'), 'the comment form shows');
  for (const nested of deepElements(el.shadowRoot!)) await (nested as Partial<typeof el>).updateComplete;
  return { wrapper, el };
}

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const columns = (element: Element) => getComputedStyle(element).gridTemplateColumns.split(' ').filter(Boolean).length;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function setLayout(layout: 'mobile' | 'desktop') {
  document.documentElement.setAttribute(LAYOUT_ATTRIBUTE, layout);
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

  describe('mobile targets, right to left, forced colors', () => {
    for (const kind of ['gallery', 'comments', 'mobile-toggle'] as Kind[]) {
      it(`<news-${kind}> gives every button a target of at least 24×24 px on mobile`, async () => {
        setLayout('mobile');
        const { el } = await mount(kind, { width: '360px' });
        const buttons = deepElements(el.shadowRoot!).filter(
          (element): element is HTMLButtonElement => element instanceof HTMLButtonElement && element.getClientRects().length > 0,
        );
        expect(buttons.length).to.be.greaterThan(0);
        for (const button of buttons) {
          const { width, height } = button.getBoundingClientRect();
          expect(Math.min(width, height), `${button.getAttribute('part')} is ${width}×${height}`).to.be.at.least(24);
        }
      });
    }

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
