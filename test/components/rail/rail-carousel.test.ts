// <news-rail layout="carousel">: one row of cards, previous/next buttons, arrow keys, off-screen cards inert.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsRail } from '../../../src/components/rail/rail.js';
import { cards, headlines, links, part } from './rail-helpers.js';

describe('<news-rail>', () => {
  let before: HTMLButtonElement;
  let after: HTMLButtonElement;

  /** A carousel of eight cards in a 40rem column (two cards in view), between two buttons. */
  async function carousel(): Promise<NewsRail> {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button id="before">Trước</button>
      <news-rail layout="carousel" heading="Nên xem" .items=${headlines(8)}></news-rail>
      <button id="after">Sau</button>
    </div>`);
    wrapper.style.inlineSize = '40rem';
    before = wrapper.querySelector<HTMLButtonElement>('#before')!;
    after = wrapper.querySelector<HTMLButtonElement>('#after')!;
    const el = wrapper.querySelector('news-rail')!;
    await el.updateComplete;
    await waitUntil(() => cards(el)[7].inert, 'the cards out of view become inert');
    return el;
  }

  const focused = (el: NewsRail) => el.shadowRoot!.activeElement;
  const track = (el: NewsRail) => part(el, 'list')!;

  describe('accessibility', () => {
    it('makes the cards out of view inert, and the ones in view usable', async () => {
      const el = await carousel();
      expect(cards(el).map((card) => card.inert)).to.deep.equal([false, false, true, true, true, true, true, true]);
      await expect(el).to.be.accessible();
    });

    it('labels its buttons and says which one has nothing to do', async () => {
      const el = await carousel();
      expect(part(el, 'previous-button')!.getAttribute('aria-label')).to.equal('Tin trước');
      expect(part(el, 'next-button')!.getAttribute('aria-label')).to.equal('Tin tiếp theo');
      expect(part(el, 'previous-button')!.getAttribute('aria-disabled')).to.equal('true');
      expect(part(el, 'next-button')!.getAttribute('aria-disabled')).to.equal('false');
    });
  });

  describe('keyboard', () => {
    it('lets Tab reach the buttons and the cards in view only', async () => {
      const el = await carousel();
      before.focus();
      const stops: (Element | null)[] = [];
      for (let step = 0; step < 5; step += 1) {
        await sendKeys({ press: 'Tab' });
        stops.push(document.activeElement === el ? focused(el) : document.activeElement);
      }
      expect(stops).to.deep.equal([part(el, 'previous-button'), part(el, 'next-button'), links(el)[0], links(el)[1], after]);
    });

    it('moves from card to card with the arrow keys, Home and End, bringing each into view', async () => {
      const el = await carousel();
      links(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal(links(el)[1]);
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal(links(el)[2]);
      const third = cards(el)[2];
      await waitUntil(() => third.getBoundingClientRect().right <= track(el).getBoundingClientRect().right + 1, 'the card scrolls into view');
      expect(third.inert).to.equal(false);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(links(el)[7]);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(links(el)[0]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal(links(el)[0]);
    });

    it('scrolls one view on with the next button, and back with the previous one', async () => {
      const el = await carousel();
      part(el, 'next-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !cards(el)[2].inert && cards(el)[0].inert, 'the next cards come into view');
      expect(track(el).scrollLeft).to.be.greaterThan(0);
      expect(part(el, 'previous-button')!.getAttribute('aria-disabled')).to.equal('false');
      // The focus stays on the button, to page on.
      expect(focused(el)).to.equal(part(el, 'next-button'));

      part(el, 'previous-button')!.click();
      await waitUntil(() => !cards(el)[0].inert && track(el).scrollLeft === 0, 'back at the start');
      expect(part(el, 'previous-button')!.getAttribute('aria-disabled')).to.equal('true');
    });

    it('makes every card usable again when it stops being a carousel', async () => {
      const el = await carousel();
      el.layout = 'list';
      await el.updateComplete;
      expect(cards(el).some((card) => card.inert)).to.equal(false);
      expect(part(el, 'next-button')).to.equal(null);
    });
  });
});
