import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/mobile-toggle/news-mobile-toggle.js';
import type { NewsMobileToggle } from '../../../src/components/mobile-toggle/mobile-toggle.js';
import { LAYOUT_ATTRIBUTE, LAYOUT_STORAGE_KEY, setLayoutMode } from '../../../src/layout/layout-store.js';

const root = document.documentElement;
const button = (el: NewsMobileToggle) => el.shadowRoot!.querySelector('button')!;

function resetLayout() {
  setLayoutMode('desktop');
  localStorage.removeItem(LAYOUT_STORAGE_KEY);
  root.removeAttribute(LAYOUT_ATTRIBUTE);
}

describe('<news-mobile-toggle>', () => {
  beforeEach(() => {
    resetLayout();
    // The test viewport is wide: 'auto' means desktop here.
    setLayoutMode('auto');
    localStorage.removeItem(LAYOUT_STORAGE_KEY);
  });
  afterEach(resetLayout);

  describe('accessibility', () => {
    it('is an accessible button named after the version it gives', async () => {
      const el = await fixture<NewsMobileToggle>(html`<news-mobile-toggle></news-mobile-toggle>`);
      await expect(el).to.be.accessible();
      expect(button(el).textContent).to.equal('Phiên bản di động');
      expect(button(el).type).to.equal('button');
    });

    it('speaks English inside an English page part', async () => {
      const wrapper = await fixture(html`<div lang="en"><news-mobile-toggle></news-mobile-toggle></div>`);
      const el = wrapper.querySelector('news-mobile-toggle')!;
      await el.updateComplete;
      expect(button(el).textContent).to.equal('Mobile version');
    });
  });

  describe('events', () => {
    it('switches the page to mobile, keeps the choice and fires news-layout-change', async () => {
      const el = await fixture<NewsMobileToggle>(html`<news-mobile-toggle></news-mobile-toggle>`);
      expect(root.getAttribute(LAYOUT_ATTRIBUTE)).to.equal('desktop');
      setTimeout(() => button(el).click());
      const event = await oneEvent(el, 'news-layout-change');
      expect(event.detail).to.deep.equal({ layout: 'mobile', mode: 'mobile' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(root.getAttribute(LAYOUT_ATTRIBUTE)).to.equal('mobile');
      expect(localStorage.getItem(LAYOUT_STORAGE_KEY)).to.equal('mobile');
      await el.updateComplete;
      expect(button(el).textContent).to.equal('Phiên bản máy tính');
      expect(el.mode).to.equal('mobile');
    });
  });

  describe('properties', () => {
    it('applies the kept choice when the page loads again', async () => {
      localStorage.setItem(LAYOUT_STORAGE_KEY, 'mobile');
      root.removeAttribute(LAYOUT_ATTRIBUTE);
      const el = await fixture<NewsMobileToggle>(html`<news-mobile-toggle></news-mobile-toggle>`);
      expect(root.getAttribute(LAYOUT_ATTRIBUTE)).to.equal('mobile');
      expect(el.mode).to.equal('mobile');
      expect(button(el).textContent).to.equal('Phiên bản máy tính');
    });

    it('takes a mode written in the markup as the page author choice', async () => {
      const el = await fixture<NewsMobileToggle>(html`<news-mobile-toggle mode="mobile"></news-mobile-toggle>`);
      expect(root.getAttribute(LAYOUT_ATTRIBUTE)).to.equal('mobile');
      el.mode = 'desktop';
      await el.updateComplete;
      expect(root.getAttribute(LAYOUT_ATTRIBUTE)).to.equal('desktop');
      expect(localStorage.getItem(LAYOUT_STORAGE_KEY)).to.equal('desktop');
    });

    it('keeps two toggles on one page in step', async () => {
      const wrapper = await fixture(html`<div><news-mobile-toggle></news-mobile-toggle><news-mobile-toggle></news-mobile-toggle></div>`);
      const [first, second] = wrapper.querySelectorAll('news-mobile-toggle');
      button(first).click();
      await waitUntil(() => button(second).textContent === 'Phiên bản máy tính', 'the second toggle follows');
      expect(second.mode).to.equal('mobile');
      button(second).click();
      await waitUntil(() => button(first).textContent === 'Phiên bản di động', 'the first toggle follows back');
    });

    it('follows a choice made in another tab', async () => {
      const el = await fixture<NewsMobileToggle>(html`<news-mobile-toggle></news-mobile-toggle>`);
      window.dispatchEvent(new StorageEvent('storage', { key: LAYOUT_STORAGE_KEY, newValue: 'mobile' }));
      await waitUntil(() => button(el).textContent === 'Phiên bản máy tính', 'the toggle follows the other tab');
      expect(root.getAttribute(LAYOUT_ATTRIBUTE)).to.equal('mobile');
    });

    it('follows a host page that sets data-news-layout itself', async () => {
      const el = await fixture<NewsMobileToggle>(html`<news-mobile-toggle></news-mobile-toggle>`);
      root.setAttribute(LAYOUT_ATTRIBUTE, 'mobile');
      await waitUntil(() => el.getAttribute('data-layout') === 'mobile', 'the element takes the page layout');
      await el.updateComplete;
      expect(button(el).textContent).to.equal('Phiên bản máy tính');
    });
  });

  describe('errors', () => {
    it('still switches, for this page, when localStorage throws', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.setItem = Storage.prototype.getItem;
      try {
        const el = await fixture<NewsMobileToggle>(html`<news-mobile-toggle></news-mobile-toggle>`);
        button(el).click();
        await el.updateComplete;
        expect(root.getAttribute(LAYOUT_ATTRIBUTE)).to.equal('mobile');
        expect(el.mode).to.equal('mobile');
        expect(button(el).textContent).to.equal('Phiên bản máy tính');
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
    });
  });
});
