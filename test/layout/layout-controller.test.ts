import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LayoutController } from '../../src/layout/layout-controller.js';
import { LAYOUT_ATTRIBUTE, LAYOUT_STORAGE_KEY, setLayoutMode } from '../../src/layout/layout-store.js';
import '../../src/components/mobile-toggle/news-mobile-toggle.js';

class TestLayoutElement extends LitElement {
  readonly page = new LayoutController(this);
  override render() {
    return html`<p>${this.page.layout}</p>`;
  }
}
customElements.define('test-layout-element', TestLayoutElement);

/** An element that keeps a news element inside its own shadow root, as a host app's component would. */
class TestShadowHost extends LitElement {
  override render() {
    return html`<test-layout-element></test-layout-element>`;
  }
}
customElements.define('test-shadow-host', TestShadowHost);

const shown = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('LayoutController', () => {
  afterEach(() => {
    setLayoutMode('desktop');
    localStorage.removeItem(LAYOUT_STORAGE_KEY);
    document.documentElement.removeAttribute(LAYOUT_ATTRIBUTE);
  });

  it('re-lays out elements at once, also inside other shadow roots and when added later', async () => {
    const host = await fixture<TestShadowHost>(html`<test-shadow-host></test-shadow-host>`);
    const nested = host.shadowRoot!.querySelector<TestLayoutElement>('test-layout-element')!;
    await nested.updateComplete;
    expect(shown(nested)).to.equal('desktop');

    setLayoutMode('mobile');
    await waitUntil(() => shown(nested) === 'mobile', 'the nested element follows');
    expect(nested.getAttribute('data-layout')).to.equal('mobile');

    const later = await fixture<TestLayoutElement>(html`<test-layout-element></test-layout-element>`);
    expect(shown(later)).to.equal('mobile');
  });

  it('stops following once disconnected', async () => {
    const el = await fixture<TestLayoutElement>(html`<test-layout-element></test-layout-element>`);
    el.remove();
    setLayoutMode('mobile');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.getAttribute('data-layout')).to.equal('desktop');
  });
});
