import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsFigure } from '../../../src/components/figure/figure.js';
import '../../../src/components/figure/news-figure.js';
import type { NewsErrorEvent } from '../../../src/events/news-error.js';
import type { Image } from '../../../src/format/types.js';

/** The lead photo of the demo article. */
const PHOTO: Image = {
  src: '/data/images/ha-noi-ket-hop-dien-va-diem.svg',
  alt: 'Bà Trương Thị Mai đứng phát biểu tại bàn họp',
  width: 1200,
  height: 800,
  caption: 'Trưởng ban Dân vận Trung ương Trương Thị Mai phát biểu kết luận cuộc làm việc.',
  credit: 'Hoàng Phúc',
};
/** A path the test server answers with 404. */
const MISSING = '/data/images/khong-co-anh-nay.svg';

const part = (el: NewsFigure, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const img = (el: NewsFigure) => part(el, 'image') as HTMLImageElement;
const dialog = (el: NewsFigure) => el.shadowRoot!.querySelector('dialog')!;

function loaded(image: HTMLImageElement): Promise<unknown> {
  return image.complete ? Promise.resolve() : oneEvent(image, 'load');
}

describe('<news-figure>', () => {
  afterEach(() => {
    // A test that fails with the lightbox open must not leave the page locked.
    document.documentElement.style.overflow = '';
  });

  describe('accessibility', () => {
    it('is accessible', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure .image=${PHOTO} lightbox></news-figure>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with the fallback panel', async () => {
      const el = fixtureSync<NewsFigure>(html`<news-figure .image=${{ ...PHOTO, src: MISSING }}></news-figure>`);
      await oneEvent(el, 'news-error');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible with the lightbox open', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure .image=${PHOTO} lightbox></news-figure>`);
      await el.showLightbox();
      // Measured once the dialog has faded in.
      await Promise.all(dialog(el).getAnimations().map((animation) => animation.finished));
      await expect(el).to.be.accessible();
    });

    it('reads the caption once: the figure is named by it, an alt repeating it is dropped', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure .image=${{ ...PHOTO, alt: `${PHOTO.caption} ` }} lightbox></news-figure>`);
      expect(img(el).alt).to.equal('');
      expect(part(el, 'zoom-button')!.getAttribute('aria-label')).to.equal('Xem ảnh lớn');
      expect(part(el, 'figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${PHOTO.caption} Ảnh: Hoàng Phúc`);
    });

    it('reads no file name or camera code as alt text', async () => {
      for (const alt of ['4201 2b389c6e81347d6a2425', 'IMG_1234', 'anh-dai-dien.JPG', '']) {
        const el = await fixture<NewsFigure>(html`<news-figure .image=${{ ...PHOTO, alt }} lightbox></news-figure>`);
        expect(img(el).getAttribute('alt'), alt).to.equal('');
      }
    });

    it('keeps an alt that describes the photo, and names the lightbox button with it', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure .image=${PHOTO} lightbox></news-figure>`);
      expect(img(el).alt).to.equal(PHOTO.alt);
      expect(part(el, 'zoom-button')!.getAttribute('aria-label')).to.equal(`Xem ảnh lớn: ${PHOTO.alt}`);
      expect(part(el, 'zoom-button')!.getAttribute('aria-haspopup')).to.equal('dialog');
    });
  });

  describe('properties', () => {
    it('shows the photo, its caption and its credit after "Ảnh:"', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure .image=${PHOTO}></news-figure>`);
      expect(el.shadowRoot!.querySelector('figure > .media img')).to.equal(img(el));
      expect(img(el).getAttribute('src')).to.equal(new URL(PHOTO.src, document.baseURI).href);
      expect(part(el, 'caption')!.textContent).to.equal(PHOTO.caption);
      expect(part(el, 'credit')!.textContent).to.equal('Ảnh: Hoàng Phúc');
      expect(el.shadowRoot!.querySelector('figcaption')).to.equal(part(el, 'figcaption'));
      await loaded(img(el));
      expect(img(el).naturalWidth).to.be.greaterThan(0);
    });

    it('says "Photo:" on an English page', async () => {
      const wrapper = await fixture(html`<div lang="en"><news-figure .image=${PHOTO}></news-figure></div>`);
      const el = wrapper.querySelector('news-figure')!;
      await el.updateComplete;
      expect(part(el, 'credit')!.textContent).to.equal('Photo: Hoàng Phúc');
    });

    it('takes the photo from attributes', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure
        src=${PHOTO.src}
        alt=${PHOTO.alt}
        caption=${PHOTO.caption!}
        credit=${PHOTO.credit!}
        width="1200"
        height="800"
      ></news-figure>`);
      expect(img(el).getAttribute('src')).to.equal(new URL(PHOTO.src, document.baseURI).href);
      expect(img(el).alt).to.equal(PHOTO.alt);
      expect([img(el).getAttribute('width'), img(el).getAttribute('height')]).to.deep.equal(['1200', '800']);
      expect(part(el, 'credit')!.textContent).to.equal('Ảnh: Hoàng Phúc');
      el.caption = 'Chú thích mới';
      await el.updateComplete;
      expect(part(el, 'caption')!.textContent).to.equal('Chú thích mới');
    });

    it('takes the photo from an inline JSON child', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure>
        <script type="application/json">${JSON.stringify(PHOTO)}</script>
      </news-figure>`);
      expect(part(el, 'caption')!.textContent).to.equal(PHOTO.caption);
    });

    it('prefers .image to the attributes', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure .image=${PHOTO} src="/other.svg" caption="Khác"></news-figure>`);
      expect(part(el, 'caption')!.textContent).to.equal(PHOTO.caption);
    });

    it('loads lazily by default, eagerly with high priority for a lead photo', async () => {
      const lazy = await fixture<NewsFigure>(html`<news-figure .image=${PHOTO}></news-figure>`);
      expect(img(lazy).loading).to.equal('lazy');
      expect(img(lazy).hasAttribute('fetchpriority')).to.equal(false);
      const lead = await fixture<NewsFigure>(html`<news-figure .image=${PHOTO} loading="eager" fetchpriority="high"></news-figure>`);
      expect(img(lead).loading).to.equal('eager');
      expect(img(lead).getAttribute('fetchpriority')).to.equal('high');
    });

    it('offers the srcset with sizes', async () => {
      const small = '/data/images/ha-noi-ket-hop-dien-va-diem-gallery-1.svg';
      const image = { ...PHOTO, srcset: [{ src: small, width: 480 }, { src: PHOTO.src, width: 1200 }] };
      const el = await fixture<NewsFigure>(html`<news-figure .image=${image}></news-figure>`);
      expect(img(el).getAttribute('srcset')).to.equal(`${location.origin}${small} 480w, ${location.origin}${PHOTO.src} 1200w`);
      expect(img(el).getAttribute('sizes')).to.equal('auto, 100vw');
      el.sizes = '(min-width: 40rem) 40rem, 100vw';
      await el.updateComplete;
      expect(img(el).getAttribute('sizes')).to.equal('(min-width: 40rem) 40rem, 100vw');
      const plain = await fixture<NewsFigure>(html`<news-figure .image=${PHOTO}></news-figure>`);
      expect(img(plain).hasAttribute('srcset') || img(plain).hasAttribute('sizes')).to.equal(false);
    });

    it('reserves the photo’s box before it arrives, and keeps it when it fails', async () => {
      // Fresh URLs, so neither file can come from the cache, answered late by the test server.
      const fresh = `?reserve=${Date.now()}&delay=1500`;
      const box = await fixture<HTMLElement>(html`<div class="column">
        <news-figure .image=${{ ...PHOTO, src: MISSING + fresh }} loading="eager"></news-figure>
        <news-figure .image=${{ ...PHOTO, src: PHOTO.src + fresh }} loading="eager"></news-figure>
      </div>`);
      box.style.inlineSize = '600px';
      const [broken, good] = [...box.querySelectorAll('news-figure')];
      await Promise.all([broken.updateComplete, good.updateComplete]);
      // Measured before either file has arrived.
      expect(img(broken).complete || img(good).complete, 'measured before loading').to.equal(false);
      const media = (el: NewsFigure) => el.shadowRoot!.querySelector('.media')!.getBoundingClientRect().height;
      expect(media(broken)).to.equal(400);
      expect(media(good)).to.equal(400);
      await Promise.all([oneEvent(broken, 'news-error'), loaded(img(good))]);
      await broken.updateComplete;
      expect(part(broken, 'fallback')).to.not.equal(null);
      expect(media(broken)).to.equal(400);
      expect(media(good)).to.equal(400);
    });
  });

  describe('events', () => {
    it('fires news-load with the image', async () => {
      const el = fixtureSync<NewsFigure>(html`<news-figure .image=${PHOTO}></news-figure>`);
      const { detail } = await oneEvent(el, 'news-load');
      expect(detail.value).to.include({ alt: PHOTO.alt, caption: PHOTO.caption });
    });

    it('shows the alt text and a retry button in place of a broken photo, and fires news-error', async () => {
      const el = fixtureSync<NewsFigure>(html`<news-figure .image=${{ ...PHOTO, src: MISSING }}></news-figure>`);
      const event = await oneEvent<NewsErrorEvent>(el, 'news-error');
      expect(event).to.include({ bubbles: true, composed: true });
      expect(event.detail.kind).to.equal('image');
      expect(event.detail.message).to.contain(MISSING);
      await el.updateComplete;
      const fallback = part(el, 'fallback')!;
      expect(fallback.textContent).to.contain(PHOTO.alt).and.contain('Không tải được ảnh.');
      expect(part(el, 'retry-button')!.textContent!.trim()).to.equal('Thử lại');
      expect(getComputedStyle(img(el)).visibility).to.equal('hidden');
      // The caption stays readable.
      expect(part(el, 'caption')!.textContent).to.equal(PHOTO.caption);
      expect(part(el, 'caption')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('shows the caption in the panel when the alt text says nothing', async () => {
      const el = fixtureSync<NewsFigure>(html`<news-figure .image=${{ ...PHOTO, src: MISSING, alt: '4201 2b389c6e81347d6a2425' }}></news-figure>`);
      await oneEvent(el, 'news-error');
      await el.updateComplete;
      expect(part(el, 'fallback')!.textContent).to.contain(PHOTO.caption).and.not.contain('4201');
    });

    it('tries the photo again from the retry button', async () => {
      const el = fixtureSync<NewsFigure>(html`<news-figure .image=${{ ...PHOTO, src: MISSING }}></news-figure>`);
      await oneEvent(el, 'news-error');
      await el.updateComplete;
      setTimeout(() => part(el, 'retry-button')!.click());
      const again = await oneEvent<NewsErrorEvent>(el, 'news-error');
      expect(again.detail.kind).to.equal('image');
      const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(MISSING));
      expect(requests.length).to.be.at.least(2);
    });

    it('takes the fallback away once a retried photo loads', async () => {
      const el = fixtureSync<NewsFigure>(html`<news-figure .image=${{ ...PHOTO, src: MISSING }} lightbox></news-figure>`);
      await oneEvent(el, 'news-error');
      await el.updateComplete;
      part(el, 'retry-button')!.focus();
      // As if the server had the file now.
      img(el).setAttribute('src', PHOTO.src);
      await waitUntil(() => !part(el, 'fallback'), 'the fallback goes once the photo loads');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'zoom-button'));
    });
  });

  describe('keyboard', () => {
    it('opens the lightbox from the keyboard, moves focus in, closes on Esc and gives focus back', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure .image=${PHOTO} lightbox></news-figure>`);
      const zoom = part(el, 'zoom-button')!;
      zoom.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog(el).open, 'the lightbox opens');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'close-button'));
      expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('Đóng');
      const caption = el.shadowRoot!.getElementById(dialog(el).getAttribute('aria-describedby')!)!;
      expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${PHOTO.caption} Ảnh: Hoàng Phúc`);
      expect(dialog(el).querySelector('img')!.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el).open, 'Esc closes the lightbox');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(zoom);
      expect(getComputedStyle(document.documentElement).overflow).to.equal('visible');
    });

    it('closes from its close button and from a click beside the photo', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure .image=${PHOTO} lightbox></news-figure>`);
      await el.showLightbox();
      setTimeout(() => part(el, 'close-button')!.click());
      await oneEvent(dialog(el), 'close');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'zoom-button'));
      await el.showLightbox();
      expect(dialog(el).open).to.equal(true);
      setTimeout(() => dialog(el).click());
      await oneEvent(dialog(el), 'close');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'zoom-button'));
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it('has no lightbox without the attribute', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure .image=${PHOTO}></news-figure>`);
      await el.showLightbox();
      expect(part(el, 'zoom-button')).to.equal(null);
      expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    });

    it('unlocks the page when it leaves it with the lightbox open', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure .image=${PHOTO} lightbox></news-figure>`);
      await el.showLightbox();
      el.remove();
      expect(document.documentElement.style.overflow).to.equal('');
    });
  });

  describe('errors', () => {
    it('shows the error panel, with the problems, for an image that is not valid', async () => {
      const el = fixtureSync<NewsFigure>(html`<news-figure .image=${{ src: 'javascript:alert(1)', alt: 'x' }}></news-figure>`);
      const { detail } = await oneEvent<NewsErrorEvent>(el, 'news-error');
      expect(detail.kind).to.equal('parse');
      expect(detail.errors!.map((problem) => problem.path)).to.deep.equal(['src']);
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('Không tải được nội dung.');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('shows nothing, and throws nothing, with no image at all', async () => {
      const el = await fixture<NewsFigure>(html`<news-figure caption="Chỉ có chú thích"></news-figure>`);
      expect(el.shadowRoot!.children).to.have.length(0);
    });
  });
});
