import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsArticle } from '../../../src/components/article/article.js';
import '../../../src/components/article/news-article.js';
import type { NewsFigure } from '../../../src/components/figure/figure.js';
import type { NewsGallery } from '../../../src/components/gallery/gallery.js';
import '../../../src/components/provider/news-provider.js';
import type { NewsErrorEvent } from '../../../src/events/news-error.js';
import type { Article, Block } from '../../../src/format/types.js';
import { LAYOUT_ATTRIBUTE } from '../../../src/layout/layout-store.js';
import { preferNativeSanitizer } from '../../../src/sanitize/sanitize.js';
import { jsonResponse, responseFrom, stubFetch, type FetchStub } from '../../helpers/fetch-stub.js';

const DEMO_URL = '/data/articles/ha-noi-ket-hop-dien-va-diem.json';
/** The demo article as its JSON file has it. */
const DEMO: Article = await (await fetch(DEMO_URL)).json();
const PHOTO = DEMO.image!;
/** A photo of the body that is not the lead one (the demo's lead photo stands in its body too). */
const BODY_PHOTO = DEMO.body.find((block) => block.type === 'gallery')!.images[1];

/** One block of every type, in an order that shows they stay in order. */
const EVERY_BLOCK: Block[] = [
  { type: 'paragraph', text: 'Đoạn văn thuần.' },
  { type: 'heading', text: 'Tiêu đề phụ', level: 2 },
  { type: 'figure', image: BODY_PHOTO },
  { type: 'gallery', images: DEMO.body.find((block) => block.type === 'gallery')!.images, caption: 'Quang cảnh' },
  { type: 'quote', text: 'Cả hệ thống chính trị phải tham gia vào công tác dân vận.', cite: 'Trương Thị Mai' },
  { type: 'list', ordered: true, items: ['27.739 cuộc giám sát', '6.889 hội nghị phản biện xã hội'] },
  { type: 'list', ordered: false, items: ['Dân vận khéo'] },
  { type: 'related', title: 'Tin liên quan', items: [{ url: '/bai-viet/hoa-lac.html', title: 'Đô thị vệ tinh Hòa Lạc' }] },
  { type: 'html', html: '<p>Theo <a href="bao-cao.html">báo cáo</a>, <strong>100%</strong> đạt.</p><img src=x onerror="alert(1)">' },
  { type: 'paragraph', html: 'Có <em>định dạng</em><script>alert(1)</script>', text: 'Có định dạng' },
  { type: 'heading', text: 'Tiêu đề cấp ba', level: 3 },
];
const FULL: Article = { ...DEMO, updatedAt: '2020-07-16T08:05:00+07:00', body: EVERY_BLOCK };

const root = (el: NewsArticle) => el.shadowRoot!;
const part = (el: NewsArticle, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: NewsArticle, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
const body = (el: NewsArticle) => [...part(el, 'body')!.children] as HTMLElement[];
const jsonLd = (el: NewsArticle) => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');

/** The demo's paragraphs, in order, as the JSON has them. */
const DEMO_PARAGRAPHS = DEMO.body.flatMap((block) => (block.type === 'paragraph' ? [block.text!] : []));

/** The rendered article shows the demo faithfully: every block, in order, with its content. */
async function expectDemo(el: NewsArticle): Promise<void> {
  await el.updateComplete;
  expect(text(part(el, 'headline'))).to.equal(DEMO.title);
  expect(part(el, 'headline')!.localName).to.equal('h1');
  expect(text(part(el, 'summary'))).to.equal(DEMO.summary);
  expect(text(part(el, 'section'))).to.equal('Thời sự');
  expect(parts(el, 'paragraph').map(text)).to.deep.equal(DEMO_PARAGRAPHS);
  expect(body(el).map((block) => block.getAttribute('part'))).to.deep.equal(DEMO.body.map((block) => block.type));
  expect(parts(el, 'related-link').map(text)).to.deep.equal(DEMO.body[0].type === 'related' ? DEMO.body[0].items.map((item) => item.title) : []);
  expect(text(part(el, 'byline'))).to.equal('Hoàng Phúc');
  expect(parts(el, 'tag').map(text)).to.deep.equal(DEMO.tags);
}

describe('<news-article>', () => {
  let stub: FetchStub | undefined;
  afterEach(() => {
    stub?.restore();
    stub = undefined;
    preferNativeSanitizer(true);
    document.documentElement.removeAttribute(LAYOUT_ATTRIBUTE);
  });

  describe('accessibility', () => {
    it('is accessible', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${FULL}></news-article>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with its error panel', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${{ title: 'Thiếu id' }}></news-article>`);
      await expect(el).to.be.accessible();
    });

    it('keeps Vietnamese diacritics clear: every text line at least 1.4 times its font size', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${FULL}></news-article>`);
      for (const name of ['headline', 'summary', 'paragraph', 'heading', 'related', 'byline', 'meta', 'quote', 'list', 'tags']) {
        const style = getComputedStyle(part(el, name)!);
        expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), name).to.be.at.least(1.4);
      }
    });

    it('sets lines of about 65 to 75 characters', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${DEMO}></news-article>`);
      el.style.inlineSize = '1200px';
      const paragraph = parts(el, 'paragraph').at(-1)!;
      const lineHeight = parseFloat(getComputedStyle(paragraph).lineHeight);
      const lines = Math.round(paragraph.getBoundingClientRect().height / lineHeight);
      const perLine = paragraph.textContent!.length / lines;
      expect(perLine).to.be.within(65, 80);
    });

    it('links each author who has a URL, listing them as the language does', async () => {
      const authors = [{ name: 'Hoàng Phúc', url: 'https://news.example/tac-gia/hoang-phuc' }, { name: 'Minh Anh' }];
      const el = await fixture<NewsArticle>(html`<news-article .article=${{ ...DEMO, authors }}></news-article>`);
      expect(text(part(el, 'byline'))).to.equal('Hoàng Phúc và Minh Anh');
      const [linked, plain] = parts(el, 'author');
      expect([linked.localName, linked.getAttribute('href'), linked.getAttribute('rel')]).to.deep.equal(['a', authors[0].url, 'author']);
      expect(plain.localName).to.equal('span');
    });
  });

  describe('properties', () => {
    it('renders the demo article from src, every paragraph present and in order', async () => {
      const el = fixtureSync<NewsArticle>(html`<news-article src=${DEMO_URL}></news-article>`);
      await oneEvent(el, 'news-load');
      await expectDemo(el);
    });

    it('renders the demo article from a property', async () => {
      await expectDemo(await fixture<NewsArticle>(html`<news-article .article=${DEMO}></news-article>`));
    });

    it('renders the demo article from an inline JSON child', async () => {
      const el = await fixture<NewsArticle>(html`<news-article>
        <script type="application/json">${JSON.stringify(DEMO)}</script>
      </news-article>`);
      await expectDemo(el);
    });

    it('renders the article of the <news-provider> around it', async () => {
      const provider = fixtureSync(html`<news-provider src=${DEMO_URL}><news-article></news-article></news-provider>`);
      const el = provider.querySelector('news-article')!;
      await oneEvent(el, 'news-load');
      await expectDemo(el);
    });

    it('renders every block type in order', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${FULL}></news-article>`);
      expect(body(el).map((block) => block.localName)).to.deep.equal(['p', 'h2', 'news-figure', 'news-gallery', 'figure', 'ol', 'ul', 'div', 'div', 'p', 'h3']);
      const [heading2, heading3] = parts(el, 'heading');
      expect([text(heading2), text(heading3)]).to.deep.equal(['Tiêu đề phụ', 'Tiêu đề cấp ba']);
      const figure = root(el).querySelector<NewsFigure>('[part="figure"]')!;
      await figure.updateComplete;
      expect(figure.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.equal(BODY_PHOTO.caption);
      const gallery = root(el).querySelector<NewsGallery>('news-gallery')!;
      await gallery.updateComplete;
      expect(gallery.shadowRoot!.querySelectorAll('.track > [part="slide"]')).to.have.length(5);
      expect(gallery.shadowRoot!.querySelector('[part="gallery"]')!.getAttribute('aria-label')).to.equal('Quang cảnh');
      expect(text(part(el, 'quote')!.querySelector('blockquote'))).to.equal('Cả hệ thống chính trị phải tham gia vào công tác dân vận.');
      expect(text(part(el, 'cite'))).to.equal('Trương Thị Mai');
      expect([...body(el)[5].querySelectorAll('li')].map(text)).to.deep.equal(['27.739 cuộc giám sát', '6.889 hội nghị phản biện xã hội']);
      expect(text(part(el, 'related'))).to.equal('Tin liên quan Đô thị vệ tinh Hòa Lạc');
      expect(part(el, 'related-link')!.getAttribute('href')).to.equal(new URL('/bai-viet/hoa-lac.html', document.baseURI).href);
      expect(part(el, 'related')!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Tin liên quan');
    });

    it('shows sanitized HTML: formatting and http(s) links stay, resolved against the document, nothing runs', async () => {
      stub = stubFetch(() => responseFrom('https://news.example/2020/07/bai.json', jsonResponse(FULL)));
      const el = fixtureSync<NewsArticle>(html`<news-article src="/bai.json"></news-article>`);
      await oneEvent(el, 'news-load');
      await el.updateComplete;
      const block = part(el, 'html')!;
      expect(block.innerHTML.replace(/<!--.*?-->/g, '')).to.equal(
        '<p>Theo <a href="https://news.example/2020/07/bao-cao.html" rel="noopener">báo cáo</a>, <strong>100%</strong> đạt.</p>',
      );
      const paragraph = parts(el, 'paragraph')[1];
      expect(paragraph.innerHTML.replace(/<!--.*?-->/g, '')).to.equal('Có <em>định dạng</em>');
    });

    it('shows the text at once, then the sanitized HTML, where DOMPurify is loaded on demand', async () => {
      preferNativeSanitizer(false);
      const el = await fixture<NewsArticle>(html`<news-article .article=${FULL}></news-article>`);
      const block = part(el, 'html')!;
      expect(block.querySelector('strong')).to.equal(null);
      expect(text(block)).to.equal('Theo báo cáo, 100% đạt.');
      await waitUntil(() => block.querySelector('strong'), 'DOMPurify’s output replaces the text');
      expect(block.querySelector('a')!.rel).to.equal('noopener');
      expect(block.querySelector('img')).to.equal(null);
      expect(parts(el, 'paragraph')[1].querySelector('em')!.textContent).to.equal('định dạng');
    });

    it('shows only the newest HTML when the article changes while DOMPurify loads', async () => {
      preferNativeSanitizer(false);
      const el = await fixture<NewsArticle>(html`<news-article .article=${FULL}></news-article>`);
      el.article = { ...FULL, body: [{ type: 'html', html: '<p><em>Bản mới</em></p>' }] };
      await el.updateComplete;
      const block = part(el, 'html')!;
      await waitUntil(() => block.querySelector('em'), 'the new HTML shows');
      // The first article's HTML, sanitized meanwhile, never replaces it.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(text(block)).to.equal('Bản mới');
    });

    it('gives the lead photo priority and lets every photo open large', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${FULL}></news-article>`);
      const lead = part(el, 'lead-figure') as NewsFigure;
      const inBody = root(el).querySelector<NewsFigure>('[part="figure"]')!;
      await Promise.all([lead.updateComplete, inBody.updateComplete]);
      const leadImage = lead.shadowRoot!.querySelector('img')!;
      expect([leadImage.loading, leadImage.getAttribute('fetchpriority')]).to.deep.equal(['eager', 'high']);
      expect(inBody.shadowRoot!.querySelector('img')!.loading).to.equal('lazy');
      expect(lead.lightbox && inBody.lightbox).to.equal(true);
    });

    it('shows a lead photo that also stands in the body once, at its place in the text', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${DEMO}></news-article>`);
      expect(DEMO.body.some((block) => block.type === 'figure' && block.image.src === PHOTO.src)).to.equal(true);
      expect(part(el, 'lead-figure')).to.equal(null);
      expect(parts(el, 'figure').length).to.equal(1);
      const other = await fixture<NewsArticle>(html`<news-article .article=${{ ...DEMO, image: { ...PHOTO, src: '/data/images/tao-san-choi-the-thao-cho-doan-vien-nguoi-lao-dong.svg' } }}></news-article>`);
      expect(part(other, 'lead-figure')).to.not.equal(null);
    });

    it('shows the dates in the page’s language and the article’s own offset, inside <time datetime>', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${FULL}></news-article>`);
      expect(part(el, 'published')!.getAttribute('datetime')).to.equal('2020-07-15T17:30:00+07:00');
      expect(text(part(el, 'published'))).to.equal('17:30 15/7/2020');
      expect(text(part(el, 'updated'))).to.equal('08:05 16/7/2020');
      expect(text(part(el, 'updated')!.parentElement)).to.equal('Cập nhật 08:05 16/7/2020');
      const english = await fixture(html`<div lang="en"><news-article .article=${FULL}></news-article></div>`);
      const inEnglish = english.querySelector('news-article')!;
      await inEnglish.updateComplete;
      expect(text(part(inEnglish, 'published'))).to.equal('7/15/2020, 05:30 PM');
      expect(text(part(inEnglish, 'updated')!.parentElement)).to.equal('Updated 7/16/2020, 08:05 AM');
    });

    it('shows the dates in the time zone named by time-zone', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${FULL} time-zone="Europe/London"></news-article>`);
      expect(text(part(el, 'published'))).to.equal('11:30 15/7/2020');
      expect(part(el, 'published')!.getAttribute('datetime')).to.equal('2020-07-15T17:30:00+07:00');
    });

    it('puts the headline at heading-level, and the body headings below it', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${FULL} heading-level="2"></news-article>`);
      expect(part(el, 'headline')!.localName).to.equal('h2');
      expect(parts(el, 'heading').map((heading) => heading.localName)).to.deep.equal(['h3', 'h4']);
      expect(root(el).querySelectorAll('h1')).to.have.length(0);
      el.headingLevel = 9;
      await el.updateComplete;
      expect(part(el, 'headline')!.localName).to.equal('h6');
      expect(parts(el, 'heading').map((heading) => heading.localName)).to.deep.equal(['h6', 'h6']);
    });

    it('places slotted content (a rail, the comments) after the body and tags', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${DEMO}><section id="comments">Ý kiến bạn đọc</section></news-article>`);
      const slot = root(el).querySelector('slot')!;
      // The JSON-LD script is a child too, and never shows.
      const shown = slot.assignedElements().filter((element) => element.localName !== 'script');
      expect(shown.map((element) => element.id)).to.deep.equal(['comments']);
      expect(slot.previousElementSibling).to.equal(part(el, 'tags'));
      const comments = el.querySelector('#comments')!.getBoundingClientRect();
      expect(comments.top).to.be.at.least(part(el, 'tags')!.getBoundingClientRect().bottom);
    });

    it('follows the page’s mobile layout', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${DEMO}></news-article>`);
      const size = () => parseFloat(getComputedStyle(parts(el, 'paragraph')[0]).fontSize);
      const desktop = size();
      document.documentElement.setAttribute(LAYOUT_ATTRIBUTE, 'mobile');
      await waitUntil(() => el.dataset.layout === 'mobile', 'the element takes the mobile layout');
      expect(size()).to.be.below(desktop);
    });

    it('follows a narrow container', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${DEMO}></news-article>`);
      const size = () => parseFloat(getComputedStyle(parts(el, 'paragraph')[0]).fontSize);
      const wide = size();
      el.style.inlineSize = '320px';
      expect(size()).to.be.below(wide);
    });
  });

  describe('JSON-LD', () => {
    it('writes the article as schema.org NewsArticle into the light DOM', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${FULL}></news-article>`);
      const data = JSON.parse(jsonLd(el)!.textContent!);
      const absolute = (url: string) => new URL(url, document.baseURI).href;
      expect(data).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: DEMO.title,
        description: DEMO.summary,
        articleSection: 'Thời sự',
        inLanguage: 'vi',
        datePublished: '2020-07-15T17:30:00+07:00',
        dateModified: '2020-07-16T08:05:00+07:00',
        url: absolute(DEMO.url!),
        mainEntityOfPage: absolute(DEMO.url!),
        image: [absolute(PHOTO.src)],
        author: [{ '@type': 'Person', name: 'Hoàng Phúc' }],
        keywords: DEMO.tags.join(', '),
      });
      expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    });

    it('cannot be closed early by the data', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${{ ...DEMO, title: '</script><script>alert(1)</script>' }}></news-article>`);
      expect(jsonLd(el)!.textContent).to.not.contain('<');
      expect(JSON.parse(jsonLd(el)!.textContent!).headline).to.equal('</script><script>alert(1)</script>');
    });

    it('follows the article, and goes when it fails', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${DEMO}></news-article>`);
      el.article = { ...DEMO, title: 'Tiêu đề mới' };
      await el.updateComplete;
      expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      expect(JSON.parse(jsonLd(el)!.textContent!).headline).to.equal('Tiêu đề mới');
      el.article = { title: 'Thiếu id' } as Article;
      await el.updateComplete;
      expect(jsonLd(el)).to.equal(null);
    });

    it('works in a page that enforces Trusted Types under the contract’s strict CSP, on both sanitizer paths', async () => {
      for (const hash of ['', '#dompurify']) {
        const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Trang nghiêm ngặt"></iframe>`);
        frame.srcdoc = `<!doctype html><html lang="vi"><head>
          <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types news-widgets lit-html dompurify 'allow-duplicates'">
          <script type="module" src="/test/components/article/strict-page.ts${hash}"></script>
          </head><body><news-article></news-article></body></html>`;
        await oneEvent(frame, 'load');
        const page = frame.contentWindow as Window & typeof globalThis & { violations: string[]; ready: Promise<unknown> };
        await waitUntil(() => page.ready !== undefined, 'the page runs its module');
        await page.ready;
        const el = page.document.querySelector('news-article') as NewsArticle;
        el.article = FULL;
        await el.updateComplete;
        await waitUntil(() => part(el, 'html')?.querySelector('strong'), `the sanitized HTML shows (${hash || 'native'})`);
        expect(JSON.parse(jsonLd(el)!.textContent!).headline).to.equal(DEMO.title);
        expect(part(el, 'html')!.querySelector('img')).to.equal(null);
        expect(page.violations, hash || 'native').to.deep.equal([]);
      }
    });
  });

  describe('events', () => {
    it('fires news-load with the parsed article', async () => {
      const el = fixtureSync<NewsArticle>(html`<news-article .article=${DEMO}></news-article>`);
      const event = await oneEvent(el, 'news-load');
      expect(event).to.include({ bubbles: true, composed: true });
      expect(event.detail.value).to.include({ id: DEMO.id, lang: 'vi' });
    });

    it('fires news-error with the parser’s problems', async () => {
      const el = fixtureSync<NewsArticle>(html`<news-article .article=${{ title: 'Thiếu id', body: [{ type: 'figure' }] }}></news-article>`);
      const { detail } = await oneEvent<NewsErrorEvent>(el, 'news-error');
      expect(detail.kind).to.equal('parse');
      expect(detail.errors!.map((problem) => problem.path)).to.deep.equal(['id', 'body[0].image']);
    });
  });

  describe('keyboard', () => {
    it('reaches the photos, the gallery and the links with Tab, in reading order', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${FULL}></news-article>`);
      await Promise.all([...root(el).querySelectorAll<NewsFigure | NewsGallery>('news-figure, news-gallery')].map((child) => child.updateComplete));
      const before = document.createElement('button');
      before.textContent = 'Trước';
      el.before(before);
      before.focus();
      const reached: string[] = [];
      for (let step = 0; step < 8; step += 1) {
        await sendKeys({ press: 'Tab' });
        let focused = document.activeElement;
        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
        reached.push(focused?.getAttribute('part') ?? focused?.textContent?.trim() ?? '');
      }
      before.remove();
      expect(reached).to.deep.equal([
        'zoom-button', // the lead photo
        'zoom-button', // the photo in the body
        'zoom-button', // the gallery's current photo
        'previous-button',
        'next-button',
        'thumbnail',
        'related-link',
        'báo cáo', // the link inside the HTML block
      ]);
    });
  });

  describe('errors', () => {
    it('shows the shared error panel with what was wrong for a malformed article', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${{ title: 'Thiếu id', publishedAt: 'hôm qua' }}></news-article>`);
      expect(text(part(el, 'error')!.querySelector('.message'))).to.equal('Không tải được nội dung.');
      const problems = [...part(el, 'error-details')!.querySelectorAll('li')].map(text);
      expect(problems.map((problem) => problem.split(':')[0])).to.deep.equal(['id', 'publishedAt']);
      expect(part(el, 'headline')).to.equal(null);
    });

    it('renders what a partial article has', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${{ id: 'a', title: 'Chỉ có tiêu đề' }}></news-article>`);
      expect(text(part(el, 'headline'))).to.equal('Chỉ có tiêu đề');
      for (const name of ['meta', 'summary', 'lead-figure', 'byline', 'tags']) expect(part(el, name), name).to.equal(null);
      expect(body(el)).to.have.length(0);
    });

    it('skips block types it does not know', async () => {
      const article = { id: 'a', title: 'Tiêu đề', body: [{ type: 'video', src: '/v.mp4' }, { type: 'paragraph', text: 'Còn lại' }] };
      const el = await fixture<NewsArticle>(html`<news-article .article=${article}></news-article>`);
      expect(parts(el, 'paragraph').map(text)).to.deep.equal(['Còn lại']);
    });

    it('loads again from the retry button', async () => {
      let answer = new Response('', { status: 500 });
      stub = stubFetch(() => answer);
      const el = fixtureSync<NewsArticle>(html`<news-article src="/a.json"></news-article>`);
      await oneEvent(el, 'news-error');
      await el.updateComplete;
      answer = jsonResponse(DEMO);
      part(el, 'retry-button')!.click();
      await oneEvent(el, 'news-load');
      await el.updateComplete;
      expect(text(part(el, 'headline'))).to.equal(DEMO.title);
    });
  });
});
