import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { css, LitElement } from 'lit';
import { MOBILE_QUERY } from '../../src/layout/layout-store.js';
import { mobileStyles } from '../../src/layout/mobile-styles.js';

/** A box 200 px wide, 100 px on the mobile layout, whose host gets a mobile padding. */
class TestMobileStyles extends LitElement {
  static override styles = [
    css`
      :host {
        display: block;
      }

      .box {
        inline-size: 200px;
      }
    `,
    mobileStyles(
      (host) => css`
        ${host} {
          padding-inline-start: 7px;
        }

        ${host} .box {
          inline-size: 100px;
        }
      `,
    ),
  ];

  override render() {
    return html`<div class="box"></div>`;
  }
}
customElements.define('test-mobile-styles', TestMobileStyles);

/** What the element looks like with `data-layout` set to `layout` (or absent): its box's width and its padding. */
async function looks(layout?: 'mobile' | 'desktop') {
  const el = await fixture<TestMobileStyles>(html`<test-mobile-styles data-layout=${layout ?? ''}></test-mobile-styles>`);
  if (!layout) el.removeAttribute('data-layout');
  const box = el.shadowRoot!.querySelector('.box')!.getBoundingClientRect().width;
  return { box, padding: getComputedStyle(el).paddingInlineStart };
}

const MOBILE = { box: 100, padding: '7px' };
const DESKTOP = { box: 200, padding: '0px' };

describe('mobileStyles', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('on a wide viewport', () => {
    it('applies to a host on the mobile layout', async () => {
      expect(await looks('mobile')).to.deep.equal(MOBILE);
    });

    it('does not apply to a host on the desktop layout, or not yet told its layout', async () => {
      expect(await looks('desktop')).to.deep.equal(DESKTOP);
      expect(await looks()).to.deep.equal(DESKTOP);
    });
  });

  describe('on a phone-sized viewport', () => {
    beforeEach(() => setViewport({ width: 360, height: 740 }));

    it('applies to a host not yet told its layout, as server-rendered markup is before its script runs', async () => {
      expect(await looks()).to.deep.equal(MOBILE);
    });

    it('applies to a host on the mobile layout', async () => {
      expect(await looks('mobile')).to.deep.equal(MOBILE);
    });

    it('does not apply to a host whose reader chose the desktop version', async () => {
      expect(await looks('desktop')).to.deep.equal(DESKTOP);
    });
  });

  it('takes its width from MOBILE_QUERY, the width at which `auto` means mobile', async () => {
    await setViewport({ width: 640, height: 600 });
    expect(matchMedia(MOBILE_QUERY).matches).to.equal(true);
    expect(await looks()).to.deep.equal(MOBILE);
    await setViewport({ width: 641, height: 600 });
    expect(matchMedia(MOBILE_QUERY).matches).to.equal(false);
    expect(await looks()).to.deep.equal(DESKTOP);
  });
});
