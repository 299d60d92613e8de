import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/mobile-toggle/news-mobile-toggle.js';

const linkColor = (wrapper: Element) =>
  getComputedStyle(wrapper.querySelector('news-mobile-toggle')!.shadowRoot!.querySelector('button')!).color;

describe('theming', () => {
  afterEach(() => document.documentElement.style.removeProperty('--news-color-link'));

  it('data-news-theme on any ancestor picks the light or dark colors, whatever the reader prefers', async () => {
    const dark = await fixture(html`<section data-news-theme="dark"><div><news-mobile-toggle></news-mobile-toggle></div></section>`);
    expect(linkColor(dark)).to.equal('rgb(138, 180, 248)');
    const light = await fixture(html`<section data-news-theme="light"><news-mobile-toggle></news-mobile-toggle></section>`);
    expect(linkColor(light)).to.equal('rgb(10, 90, 156)');
  });

  it('paints its own surface, so a dark theme reads on a light page', async () => {
    const page = await fixture(html`<section class="light-page" data-news-theme="dark"><news-mobile-toggle></news-mobile-toggle></section>`);
    const toggle = page.querySelector('news-mobile-toggle')!;
    expect(getComputedStyle(toggle).backgroundColor).to.equal('rgb(22, 22, 22)');
    expect(getComputedStyle(toggle).color).to.equal('rgb(232, 232, 232)');
  });

  it('the nearest data-news-theme wins', async () => {
    const nested = await fixture(
      html`<section data-news-theme="dark"><div data-news-theme="light"><news-mobile-toggle></news-mobile-toggle></div></section>`,
    );
    expect(linkColor(nested)).to.equal('rgb(10, 90, 156)');
  });

  it('a token set on :root reaches the element', async () => {
    document.documentElement.style.setProperty('--news-color-link', 'rgb(1, 2, 3)');
    const wrapper = await fixture(html`<div><news-mobile-toggle></news-mobile-toggle></div>`);
    expect(linkColor(wrapper)).to.equal('rgb(1, 2, 3)');
  });
});
