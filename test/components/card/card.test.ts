import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { NewsCard } from '../../../src/components/card/card.js';
import { CARD_VARIANTS } from '../../../src/components/card/card-template.js';
import '../../../src/components/card/news-card.js';
import type { NewsCardClickEvent } from '../../../src/events/news-card-click.js';
import type { NewsErrorEvent } from '../../../src/events/news-error.js';
import type { ArticleRef } from '../../../src/format/types.js';
import { deferred, jsonResponse, responseFrom, stubFetch, type FetchStub } from '../../helpers/fetch-stub.js';

const HOUR = 3_600_000;

/** A headline from the demo's "Nên xem", published three hours ago. */
function sampleItem(): ArticleRef {
  return {
    id: 'de-nghi-xay-dung-co-che-kiem-soat-du-lieu-xuyen-bien-gioi',
    url: '/bai-viet/de-nghi-xay-dung-co-che-kiem-soat-du-lieu-xuyen-bien-gioi.html',
    title: 'Đề nghị xây dựng cơ chế kiểm soát dữ liệu xuyên biên giới',
    summary: 'Dự thảo Luật Bảo vệ dữ liệu cá nhân chưa quy định rõ về việc quản lý dữ liệu cá nhân của công dân Việt Nam.',
    image: {
      src: '/data/images/de-nghi-xay-dung-co-che-kiem-soat-du-lieu-xuyen-bien-gioi.svg',
      alt: '',
      width: 480,
      height: 320,
    },
    section: 'Thời sự',
    publishedAt: new Date(Date.now() - 3 * HOUR).toISOString(),
  };
}
const ITEM = sampleItem();
/** A file served as an image that is not one: the browser fails to decode it. */
const BROKEN_IMAGE = '/test/fixtures/feeds-rail/broken.svg';

const part = (el: NewsCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const link = (el: NewsCard) => part(el, 'title') as HTMLAnchorElement;
const rect = (element: Element) => element.getBoundingClientRect();

/** A card in a column of a fixed width, as a page would place it. */
async function card(item: ArticleRef | undefined, attributes: Partial<Record<'variant' | 'time' | 'lang' | 'target', string>> = {}) {
  const wrapper = await fixture<HTMLElement>(html`<div class="column">
    <news-card .article=${item} variant=${attributes.variant ?? 'horizontal'} time=${attributes.time ?? 'relative'}
      lang=${attributes.lang ?? 'vi'} target=${attributes.target ?? ''}></news-card>
  </div>`);
  wrapper.style.inlineSize = '36rem';
  const el = wrapper.querySelector('news-card')!;
  await el.updateComplete;
  return el;
}

/**
 * Stops any navigation while a test clicks cards (the test page must stay), and records for each
 * click whether the card let the browser follow the link.
 */
function watchNavigation() {
  const followed: boolean[] = [];
  const onClick = (event: MouseEvent) => {
    followed.push(!event.defaultPrevented);
    event.preventDefault();
  };
  document.addEventListener('click', onClick);
  return { followed, stop: () => document.removeEventListener('click', onClick) };
}

describe('<news-card>', () => {
  let stub: FetchStub | undefined;
  let navigation: ReturnType<typeof watchNavigation> | undefined;
  afterEach(async () => {
    stub?.restore();
    stub = undefined;
    navigation?.stop();
    navigation = undefined;
    await resetMouse();
  });

  describe('accessibility', () => {
    it('is accessible', async () => {
      const el = await card(ITEM);
      await expect(el).to.be.accessible();
    });

    for (const variant of CARD_VARIANTS) {
      it(`is accessible as a ${variant} card`, async () => {
        await expect(await card(ITEM, { variant })).to.be.accessible();
      });
    }

    it('is accessible while loading and with its error panel', async () => {
      stub = stubFetch(() => new Promise(() => undefined));
      const loading = fixtureSync<NewsCard>(html`<news-card src="/a.json"></news-card>`);
      await loading.updateComplete;
      await expect(loading).to.be.accessible();
      const failed = fixtureSync<NewsCard>(html`<news-card .article=${{ url: '/a.html' }}></news-card>`);
      await oneEvent(failed, 'news-error');
      await expect(failed).to.be.accessible();
    });

    it('has exactly one link, the headline, as the one stop for Tab', async () => {
      const el = await card(ITEM);
      const links = el.shadowRoot!.querySelectorAll('a');
      expect(links).to.have.length(1);
      expect(links[0].textContent).to.equal(ITEM.title);
      expect(el.shadowRoot!.querySelectorAll('button, [tabindex], input')).to.have.length(0);
    });

    it('gives the thumbnail an empty alt when it would repeat the headline', async () => {
      const repeating = await card({ ...ITEM, image: { ...ITEM.image!, alt: ` ${ITEM.title.toUpperCase()} ` } });
      expect(part(repeating, 'image')!.getAttribute('alt')).to.equal('');
      const describing = await card({ ...ITEM, image: { ...ITEM.image!, alt: 'Bản đồ dữ liệu xuyên biên giới' } });
      expect(part(describing, 'image')!.getAttribute('alt')).to.equal('Bản đồ dữ liệu xuyên biên giới');
    });

    it('puts the headline in the outline at its heading level', async () => {
      const el = await card(ITEM);
      expect(part(el, 'headline')!.getAttribute('role')).to.equal('heading');
      expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('3');
      el.headingLevel = 4;
      await el.updateComplete;
      expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('4');
    });
  });

  describe('properties', () => {
    it('shows the section, the headline linking to the article, the summary and how long ago it was published', async () => {
      const el = await card(ITEM);
      expect(part(el, 'section')!.textContent).to.equal('Thời sự');
      expect(link(el).textContent).to.equal(ITEM.title);
      expect(link(el).href).to.equal(new URL(ITEM.url, document.baseURI).href);
      expect(part(el, 'summary')!.textContent).to.equal(ITEM.summary);
      expect(part(el, 'time')!.textContent).to.equal('3 giờ trước');
      expect(part(el, 'time')!.getAttribute('datetime')).to.equal(ITEM.publishedAt);
    });

    it('speaks the page’s language', async () => {
      const el = await card(ITEM, { lang: 'en' });
      expect(part(el, 'time')!.textContent).to.equal('3 hours ago');
    });

    it('shows the date itself with time="absolute", and none with time="none"', async () => {
      const dated = { ...ITEM, publishedAt: '2020-07-15T17:30:00+07:00' };
      expect(part(await card(dated, { time: 'absolute' }), 'time')!.textContent).to.equal('15/7/2020');
      const none = await card(ITEM, { time: 'none' });
      expect(part(none, 'time')!.textContent).to.equal('');
      expect(getComputedStyle(part(none, 'time')!).display).to.equal('none');
    });

    it('lays the horizontal variant out with the thumbnail beside the text', async () => {
      const el = await card(ITEM, { variant: 'horizontal' });
      await waitUntil(() => (part(el, 'image') as HTMLImageElement).complete, 'the thumbnail loads');
      const media = rect(part(el, 'media')!);
      const headline = rect(part(el, 'headline')!);
      expect(media.right).to.be.at.most(headline.left);
      expect(media.top).to.be.closeTo(rect(part(el, 'meta')!).top, 1);
    });

    it('lays the vertical variant out with the thumbnail above the text, as wide as the card', async () => {
      const el = await card(ITEM, { variant: 'vertical' });
      const media = rect(part(el, 'media')!);
      expect(media.bottom).to.be.at.most(rect(part(el, 'meta')!).top);
      expect(media.width).to.be.closeTo(rect(part(el, 'card')!).width, 1);
      expect(media.height).to.be.closeTo((media.width * 2) / 3, 1);
    });

    it('shows only the headline in the compact variant', async () => {
      const el = await card(ITEM, { variant: 'compact' });
      expect(link(el).textContent).to.equal(ITEM.title);
      for (const name of ['media', 'image', 'meta', 'summary']) expect(part(el, name), name).to.equal(null);
    });

    it('clamps the headline to --news-card-title-lines lines', async () => {
      const long = { ...ITEM, title: `${ITEM.title}, `.repeat(8) };
      const el = await card(long, { variant: 'vertical' });
      el.style.setProperty('--news-card-title-lines', '2');
      const headline = part(el, 'headline')!;
      const style = getComputedStyle(headline);
      const twoLines = 2 * parseFloat(style.lineHeight) + parseFloat(style.paddingTop);
      expect(headline.getBoundingClientRect().height).to.be.closeTo(twoLines, 1);
      expect(headline.scrollHeight).to.be.greaterThan(headline.clientHeight);
    });

    it('makes every card of a variant as tall, however long its text', async () => {
      for (const variant of CARD_VARIANTS) {
        const long = await card({ ...ITEM, title: `${ITEM.title}, `.repeat(8), summary: `${ITEM.summary} `.repeat(8) }, { variant });
        const short = await card({ ...ITEM, title: 'Tin ngắn', summary: undefined, section: undefined }, { variant });
        expect(rect(part(short, 'card')!).height, variant).to.be.closeTo(rect(part(long, 'card')!).height, 0.5);
      }
    });

    it('keeps a placeholder of the thumbnail’s size when there is no image', async () => {
      const withImage = await card(ITEM);
      const without = await card({ ...ITEM, image: undefined });
      const placeholder = part(without, 'media')!;
      expect(rect(placeholder).width).to.be.closeTo(rect(part(withImage, 'media')!).width, 0.5);
      expect(rect(placeholder).height).to.be.closeTo(rect(part(withImage, 'media')!).height, 0.5);
      expect(getComputedStyle(placeholder).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(rect(part(without, 'card')!).height).to.be.closeTo(rect(part(withImage, 'card')!).height, 0.5);
    });

    it('hides a thumbnail that fails to load, keeping its box, instead of a broken-image icon', async () => {
      const withImage = await card(ITEM);
      const el = fixtureSync<NewsCard>(html`<news-card .article=${{ ...ITEM, image: { ...ITEM.image!, src: BROKEN_IMAGE } }}></news-card>`);
      el.style.inlineSize = '36rem';
      await el.updateComplete;
      const image = part(el, 'image')!;
      await waitUntil(() => image.classList.contains('failed'), 'the image fails');
      expect(getComputedStyle(image).visibility).to.equal('hidden');
      expect(rect(part(el, 'media')!).height).to.be.closeTo(rect(part(withImage, 'media')!).height, 0.5);
    });

    it('opens the link with rel="noopener" when it has a target', async () => {
      const el = await card(ITEM, { target: '_blank' });
      expect(link(el).target).to.equal('_blank');
      expect(link(el).rel).to.equal('noopener');
      expect(link(await card(ITEM)).hasAttribute('rel')).to.equal(false);
    });

    it('loads the article from src, resolving its link against where it came from', async () => {
      stub = stubFetch(() => responseFrom('https://tin-thu-do.example/the/a.json', jsonResponse({ ...ITEM, url: 'bai.html' })));
      const el = fixtureSync<NewsCard>(html`<news-card src="/a.json"></news-card>`);
      await oneEvent(el, 'news-load');
      expect(link(el).href).to.equal('https://tin-thu-do.example/the/bai.html');
    });

    it('reads an inline JSON article', async () => {
      const el = await fixture<NewsCard>(html`<news-card><script type="application/json">${JSON.stringify(ITEM)}</script></news-card>`);
      expect(link(el).textContent).to.equal(ITEM.title);
    });

    it('shows a skeleton of its own size while loading: nothing moves when the article arrives', async () => {
      const response = deferred<Response>();
      stub = stubFetch(() => response.promise);
      const wrapper = await fixture<HTMLElement>(html`<div><news-card src="/a.json"></news-card><p>Sau thẻ</p></div>`);
      wrapper.style.inlineSize = '36rem';
      const el = wrapper.querySelector('news-card')!;
      await el.updateComplete;
      expect(part(el, 'skeleton')).to.not.equal(null);
      expect(part(el, 'loading')!.textContent!.trim()).to.equal('Đang tải…');
      const before = rect(wrapper.querySelector('p')!).top;
      response.resolve(jsonResponse(ITEM));
      await oneEvent(el, 'news-load');
      expect(part(el, 'skeleton')).to.equal(null);
      expect(rect(wrapper.querySelector('p')!).top).to.be.closeTo(before, 0.5);
    });
  });

  describe('events', () => {
    it('fires a cancelable news-card-click with the item and the href before following the link', async () => {
      const el = await card(ITEM);
      navigation = watchNavigation();
      setTimeout(() => link(el).click());
      const event = await oneEvent<NewsCardClickEvent>(el, 'news-card-click');
      expect(event).to.include({ bubbles: true, composed: true, cancelable: true });
      // The item as parsed: its URLs made absolute.
      expect(event.detail.item).to.include({ id: ITEM.id, title: ITEM.title, url: new URL(ITEM.url, document.baseURI).href });
      expect(event.detail.href).to.equal(new URL(ITEM.url, document.baseURI).href);
      expect(navigation.followed).to.deep.equal([true]);
    });

    it('stops the navigation when news-card-click is canceled', async () => {
      const el = await card(ITEM);
      navigation = watchNavigation();
      el.addEventListener('news-card-click', (event) => event.preventDefault());
      link(el).click();
      expect(navigation.followed).to.deep.equal([false]);
    });

    it('is clickable anywhere: a click on the thumbnail follows the headline link', async () => {
      const el = await card(ITEM);
      navigation = watchNavigation();
      const clicks: NewsCardClickEvent[] = [];
      el.addEventListener('news-card-click', (event) => clicks.push(event));
      const media = rect(part(el, 'media')!);
      await sendMouse({ type: 'click', position: [Math.round(media.left + 10), Math.round(media.top + 10)] });
      const summary = rect(part(el, 'summary')!);
      await sendMouse({ type: 'click', position: [Math.round(summary.left + 10), Math.round(summary.top + 5)] });
      expect(clicks).to.have.length(2);
      expect(navigation.followed).to.deep.equal([true, true]);
    });

    it('fires news-load when an article from src has loaded', async () => {
      stub = stubFetch(() => jsonResponse(ITEM));
      const el = fixtureSync<NewsCard>(html`<news-card src="/a.json"></news-card>`);
      const event = await oneEvent(el, 'news-load');
      expect(event.detail.value).to.include({ title: ITEM.title });
    });
  });

  describe('keyboard', () => {
    it('takes the focus with Tab, shows the focus ring around the card, and follows the link with Enter', async () => {
      const el = await card(ITEM);
      navigation = watchNavigation();
      const before = document.createElement('button');
      before.textContent = 'Trước';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(link(el));
      const ring = getComputedStyle(link(el), '::after');
      expect(ring.outlineStyle).to.equal('solid');
      expect(ring.position).to.equal('absolute');
      const clicked = oneEvent(el, 'news-card-click');
      await sendKeys({ press: 'Enter' });
      await clicked;
      expect(navigation.followed).to.deep.equal([true]);
      before.remove();
    });
  });

  describe('errors', () => {
    it('shows the error panel for an article without a title, and fires news-error', async () => {
      const el = fixtureSync<NewsCard>(html`<news-card .article=${{ url: '/a.html' }}></news-card>`);
      const { detail } = await oneEvent<NewsErrorEvent>(el, 'news-error');
      expect(detail.kind).to.equal('parse');
      expect(detail.errors!.map((problem) => problem.path)).to.include('title');
      expect(part(el, 'error')!.textContent).to.contain('Không tải được nội dung.');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    });

    it('never links to a javascript: URL', async () => {
      const el = fixtureSync<NewsCard>(html`<news-card .article=${{ ...ITEM, url: 'javascript:alert(1)' }}></news-card>`);
      await oneEvent(el, 'news-error');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    });

    it('retries a failed load with the retry button', async () => {
      let fail = true;
      stub = stubFetch(() => (fail ? new Response('', { status: 404 }) : jsonResponse(ITEM)));
      const el = fixtureSync<NewsCard>(html`<news-card src="/a.json"></news-card>`);
      await oneEvent(el, 'news-error');
      fail = false;
      part(el, 'retry-button')!.click();
      await oneEvent(el, 'news-load');
      expect(link(el).textContent).to.equal(ITEM.title);
    });

    it('falls back to the horizontal variant for an unknown variant', async () => {
      const el = await card(ITEM, { variant: 'diagonal' });
      expect(part(el, 'media')).to.not.equal(null);
      expect(part(el, 'card')!.parentElement!.className).to.equal('horizontal');
    });
  });
});
