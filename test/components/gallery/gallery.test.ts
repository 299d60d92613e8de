import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { NewsGallery } from '../../../src/components/gallery/gallery.js';
import '../../../src/components/gallery/news-gallery.js';
import type { NewsErrorEvent } from '../../../src/events/news-error.js';
import type { Article, GalleryBlock, Image } from '../../../src/format/types.js';

/** "image gallery 5" of the demo article: five photos of four different shapes. */
const demo: Article = await (await fetch('/data/articles/ha-noi-ket-hop-dien-va-diem.json')).json();
const GALLERY = demo.body.find((block) => block.type === 'gallery') as GalleryBlock;
const PHOTOS = GALLERY.images;

/** A path the test server answers with 404. */
const MISSING = '/data/images/khong-co-anh-nay.svg';
/** The demo's photos, the first of them missing on the server. */
const FIRST_MISSING = [{ ...PHOTOS[0], src: MISSING }, ...PHOTOS.slice(1)];

/** `count` photos cycling through the demo's five. */
function photos(count: number): Image[] {
  return Array.from({ length: count }, (_, index) => ({ ...PHOTOS[index % PHOTOS.length], caption: `Ảnh số ${index + 1}` }));
}

const root = (el: NewsGallery) => el.shadowRoot!;
const parts = (el: NewsGallery, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (el: NewsGallery, name: string) => parts(el, name)[0];
const track = (el: NewsGallery) => part(el, 'track');
const slides = (el: NewsGallery) => parts(el, 'slide').filter((slide) => !slide.closest('dialog'));
const counter = (el: NewsGallery) => root(el).querySelector<HTMLElement>('.gallery > .controls [part="counter"]')!;
const current = (el: NewsGallery) => slides(el).findIndex((slide) => !slide.inert);
const dialog = (el: NewsGallery) => root(el).querySelector('dialog')!;
const thumbnails = (el: NewsGallery) => parts(el, 'thumbnail');

/** Waits until the track has scrolled to the current slide. */
async function settled(el: NewsGallery): Promise<void> {
  await el.updateComplete;
  const index = current(el);
  // A smooth scroll takes a few hundred milliseconds, more on a loaded machine: a bound that catches a hang.
  await waitUntil(() => Math.abs(track(el).scrollLeft - index * track(el).clientWidth) < 2, `the track shows slide ${index + 1}`, {
    timeout: 5000,
  });
}

describe('<news-gallery>', () => {
  afterEach(() => {
    document.documentElement.style.overflow = '';
  });

  describe('accessibility', () => {
    it('is accessible', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS} caption=${GALLERY.caption!}></news-gallery>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with its lightbox open', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      (slides(el)[0].querySelector('button') as HTMLButtonElement).click();
      await waitUntil(() => dialog(el).open);
      // Measured once the dialog has faded in.
      await Promise.all(dialog(el).getAnimations().map((animation) => animation.finished));
      await expect(el).to.be.accessible();
    });

    it('is accessible with a broken photo’s fallback panel', async () => {
      const el = fixtureSync<NewsGallery>(html`<news-gallery .images=${FIRST_MISSING}></news-gallery>`);
      await oneEvent(el, 'news-error');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is a named group whose photos out of view are inert', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS} caption=${GALLERY.caption!}></news-gallery>`);
      const group = part(el, 'gallery');
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal(GALLERY.caption);
      expect(slides(el).map((slide) => slide.inert)).to.deep.equal([false, true, true, true, true]);
      const unnamed = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      expect(part(unnamed, 'gallery').getAttribute('aria-label')).to.equal('Bộ ảnh');
    });

    it('announces the counter only once the reader moves', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      expect(counter(el).getAttribute('aria-live')).to.equal('off');
      expect(counter(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('1 / 5 Ảnh 1 / 5');
      part(el, 'next-button').click();
      await el.updateComplete;
      expect(counter(el).getAttribute('aria-live')).to.equal('polite');
      expect(counter(el).querySelector('[aria-hidden="true"]')!.textContent).to.equal('2 / 5');
      expect(counter(el).querySelector('.visually-hidden')!.textContent).to.equal('Ảnh 2 / 5');
    });

    it('has previous, next and thumbnail targets of at least 24 × 24 px', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      for (const target of [part(el, 'previous-button'), part(el, 'next-button'), ...thumbnails(el)]) {
        const { width, height } = target.getBoundingClientRect();
        expect(Math.min(width, height)).to.be.at.least(24);
      }
    });
  });

  describe('properties', () => {
    it('shows each photo with its own caption and credit, in order', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      expect(slides(el)).to.have.length(5);
      slides(el).forEach((slide, index) => {
        expect(slide.querySelector('img')!.getAttribute('src')).to.equal(new URL(PHOTOS[index].src, document.baseURI).href);
        expect(slide.querySelector('[part="caption"]')!.textContent).to.equal(PHOTOS[index].caption);
        expect(slide.querySelector('[part="credit"]')!.textContent).to.equal('Ảnh: Hoàng Phúc');
      });
    });

    it('loads photos lazily', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      expect(slides(el).map((slide) => slide.querySelector('img')!.loading)).to.deep.equal(Array(5).fill('lazy'));
    });

    it('reads { images, caption } from an inline JSON child', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery>
        <script type="application/json">${JSON.stringify({ images: PHOTOS, caption: 'Quang cảnh' })}</script>
      </news-gallery>`);
      expect(slides(el)).to.have.length(5);
      expect(part(el, 'gallery-caption').textContent).to.equal('Quang cảnh');
    });

    it('does not repeat a gallery caption that is a photo’s caption', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS} caption=${GALLERY.caption!}></news-gallery>`);
      expect(part(el, 'gallery-caption')).to.equal(undefined);
    });

    it('shows one photo without controls or thumbnails', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS.slice(0, 1)}></news-gallery>`);
      expect(slides(el)).to.have.length(1);
      expect(slides(el)[0].inert).to.equal(false);
      expect(part(el, 'next-button')).to.equal(undefined);
      expect(part(el, 'counter')).to.equal(undefined);
      expect(part(el, 'thumbnails')).to.equal(undefined);
    });

    it('handles 60 photos', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${photos(60)}></news-gallery>`);
      expect(slides(el)).to.have.length(60);
      expect(thumbnails(el)).to.have.length(60);
      part(el, 'previous-button').click();
      await settled(el);
      expect(counter(el).textContent).to.contain('60 / 60');
      expect(slides(el).filter((slide) => !slide.inert)).to.have.length(1);
      expect(slides(el)[59].querySelector('[part="caption"]')!.textContent).to.equal('Ảnh số 60');
      expect(thumbnails(el)[59].getAttribute('aria-current')).to.equal('true');
      const strip = part(el, 'thumbnails').getBoundingClientRect();
      await waitUntil(() => thumbnails(el)[59].getBoundingClientRect().right <= strip.right + 1, 'the current thumbnail scrolls into view');
    });

    it('keeps its height while moving between photos of different shapes', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      el.style.inlineSize = '640px';
      await el.updateComplete;
      const height = () => el.getBoundingClientRect().height;
      const first = height();
      for (let index = 1; index < PHOTOS.length; index += 1) {
        part(el, 'next-button').click();
        await settled(el);
        expect(height(), `photo ${index + 1}`).to.equal(first);
      }
      const frames = slides(el).map((slide) => slide.querySelector('button')!.getBoundingClientRect().height);
      expect(new Set(frames).size).to.equal(1);
      expect(frames[0]).to.be.closeTo((640 * 2) / 3, 1);
    });

    it('slides smoothly, unless the reader prefers reduced motion', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      expect(getComputedStyle(track(el)).scrollBehavior).to.equal('smooth');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(track(el)).scrollBehavior).to.equal('auto');
        part(el, 'next-button').click();
        await el.updateComplete;
        // No animation: the track is at the next photo at once.
        expect(track(el).scrollLeft).to.equal(track(el).clientWidth);
        (slides(el)[1].querySelector('button') as HTMLButtonElement).click();
        await waitUntil(() => dialog(el).open);
        expect(dialog(el).getAnimations()).to.have.length(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('starts again from the first photo when it is given new ones', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      part(el, 'next-button').click();
      await el.updateComplete;
      el.images = photos(3);
      await el.updateComplete;
      expect(current(el)).to.equal(0);
      expect(counter(el).textContent).to.contain('1 / 3');
    });
  });

  describe('events', () => {
    it('fires news-load with the photos', async () => {
      const el = fixtureSync<NewsGallery>(html`<news-gallery .images=${PHOTOS} caption="Quang cảnh"></news-gallery>`);
      const { detail } = await oneEvent(el, 'news-load');
      expect(detail.value.images).to.have.length(5);
      expect(detail.value.caption).to.equal('Quang cảnh');
    });
  });

  describe('keyboard', () => {
    it('pages with the previous and next buttons, wrapping around', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      expect(part(el, 'previous-button').getAttribute('aria-label')).to.equal('Ảnh trước');
      expect(part(el, 'next-button').getAttribute('aria-label')).to.equal('Ảnh tiếp theo');
      part(el, 'next-button').click();
      await settled(el);
      expect(current(el)).to.equal(1);
      part(el, 'previous-button').click();
      part(el, 'previous-button').click();
      await settled(el);
      expect(current(el)).to.equal(4);
      expect(counter(el).textContent).to.contain('5 / 5');
    });

    it('moves with ArrowRight, ArrowLeft, Home and End wherever focus is inside it', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      part(el, 'next-button').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(current(el)).to.equal(1);
      await sendKeys({ press: 'End' });
      expect(current(el)).to.equal(4);
      await sendKeys({ press: 'ArrowLeft' });
      expect(current(el)).to.equal(3);
      await sendKeys({ press: 'Home' });
      expect(current(el)).to.equal(0);
      await settled(el);
      // Focus on the photo itself: it follows to the new photo.
      (slides(el)[0].querySelector('button') as HTMLButtonElement).focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(slides(el)[1].querySelector('button'));
      await settled(el);
    });

    it('keeps focus on the current thumbnail (one tab stop) while arrowing through them', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      expect(thumbnails(el).map((thumbnail) => thumbnail.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
      thumbnails(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(thumbnails(el)[1]);
      expect(thumbnails(el).map((thumbnail) => thumbnail.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1]);
      expect(thumbnails(el)[1].getAttribute('aria-label')).to.equal('Ảnh 2 / 5');
      thumbnails(el)[3].click();
      await settled(el);
      expect(current(el)).to.equal(3);
    });

    it('follows a swipe: the photo the track comes to rest on becomes the current one', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      const scroller = track(el);
      scroller.scrollTo({ left: 2 * scroller.clientWidth, behavior: 'instant' });
      await waitUntil(() => current(el) === 2, 'the third photo becomes current');
      expect(counter(el).textContent).to.contain('3 / 5');
      expect(counter(el).getAttribute('aria-live')).to.equal('polite');
    });

    it('pages through the same photos in the lightbox and gives focus back to the current photo', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${PHOTOS}></news-gallery>`);
      const opener = slides(el)[0].querySelector('button') as HTMLButtonElement;
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog(el).open, 'the lightbox opens');
      expect(root(el).activeElement).to.equal(dialog(el).querySelector('[part="close-button"]'));
      const shown = () => dialog(el).querySelector('img')!.getAttribute('src');
      expect(shown()).to.equal(new URL(PHOTOS[0].src, document.baseURI).href);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shown()).to.equal(new URL(PHOTOS[1].src, document.baseURI).href);
      expect(dialog(el).querySelector('#lightbox-caption')!.textContent).to.contain(PHOTOS[1].caption);
      (dialog(el).querySelector('[part="next-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(shown()).to.equal(new URL(PHOTOS[2].src, document.baseURI).href);
      expect(dialog(el).querySelector('[part="counter"]')!.textContent).to.contain('3 / 5');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el).open, 'Esc closes the lightbox');
      await el.updateComplete;
      expect(current(el)).to.equal(2);
      expect(root(el).activeElement).to.equal(slides(el)[2].querySelector('button'));
      expect(document.documentElement.style.overflow).to.equal('');
    });
  });

  describe('errors', () => {
    it('shows the empty state for no photos', async () => {
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${[]}></news-gallery>`);
      expect(part(el, 'empty').textContent!.trim()).to.equal('Chưa có nội dung.');
    });

    it('shows the alt text and a retry button in place of a photo that cannot be loaded, keeping its box and caption', async () => {
      const el = fixtureSync<NewsGallery>(html`<news-gallery .images=${FIRST_MISSING}></news-gallery>`);
      const { detail } = await oneEvent<NewsErrorEvent>(el, 'news-error');
      expect(detail.kind).to.equal('image');
      expect(detail.message).to.contain(MISSING);
      await el.updateComplete;
      const [broken, next] = slides(el);
      const fallback = broken.querySelector<HTMLElement>('[part~="fallback"]')!;
      expect(fallback.textContent).to.contain(PHOTOS[0].alt).and.contain('Không tải được ảnh.');
      expect(fallback.querySelector('[part~="retry-button"]')!.textContent!.trim()).to.equal('Thử lại');
      expect(getComputedStyle(broken.querySelector('img')!).visibility).to.equal('hidden');
      expect(broken.querySelector('[part~="caption"]')!.textContent).to.equal(PHOTOS[0].caption);
      // The panel covers the photo's box, which keeps the gallery's shape: no other slide changes.
      const box = (slide: HTMLElement) => slide.querySelector('.media')!.getBoundingClientRect().height;
      expect(box(broken)).to.equal(box(next));
      expect(fallback.getBoundingClientRect().height).to.equal(box(broken));
      expect(parts(el, 'fallback')).to.have.length(1);
    });

    it('tries a broken photo again from its retry button, and shows it once it loads', async () => {
      const el = fixtureSync<NewsGallery>(html`<news-gallery .images=${FIRST_MISSING}></news-gallery>`);
      await oneEvent(el, 'news-error');
      await el.updateComplete;
      setTimeout(() => part(el, 'retry-button').click());
      expect((await oneEvent<NewsErrorEvent>(el, 'news-error')).detail.kind, 'asked again, still missing').to.equal('image');
      await el.updateComplete;

      part(el, 'retry-button').focus();
      // As if the server had the file now.
      slides(el)[0].querySelector('img')!.setAttribute('src', PHOTOS[0].src);
      await waitUntil(() => parts(el, 'fallback').length === 0, 'the panel goes once the photo loads');
      await el.updateComplete;
      expect(root(el).activeElement, 'the focus the panel had moves to the photo').to.equal(slides(el)[0].querySelector('button'));
    });

    it('gives the focus to the retry button of a broken photo the reader moves to', async () => {
      const images = [PHOTOS[0], { ...PHOTOS[1], src: MISSING }, ...PHOTOS.slice(2)];
      const el = await fixture<NewsGallery>(html`<news-gallery .images=${images}></news-gallery>`);
      const failed = oneEvent(el, 'news-error');
      slides(el)[0].querySelector('button')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await failed;
      const retry = () => slides(el)[1].querySelector('[part~="retry-button"]');
      await waitUntil(() => retry() !== null && root(el).activeElement === retry(), 'focus on the retry button');
      await settled(el);
      // Back and forth: the panel is there already when the reader comes to it.
      await sendKeys({ press: 'ArrowLeft' });
      await settled(el);
      expect(root(el).activeElement).to.equal(slides(el)[0].querySelector('button'));
      await sendKeys({ press: 'ArrowRight' });
      await settled(el);
      expect(root(el).activeElement).to.equal(retry());
    });

    it('shows the error panel for photos that are not valid', async () => {
      const el = fixtureSync<NewsGallery>(html`<news-gallery .images=${[{ src: '/a.jpg' }]}></news-gallery>`);
      const { detail } = await oneEvent<NewsErrorEvent>(el, 'news-error');
      expect(detail.errors!.map((problem) => problem.path)).to.deep.equal(['images[0].alt']);
      await el.updateComplete;
      expect(part(el, 'error')).to.not.equal(undefined);
    });
  });
});
