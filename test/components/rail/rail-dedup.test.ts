// No article twice on a page: <news-rail>s skip what another rail shows and the page's own article.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/provider/news-provider.js';
import type { NewsRail } from '../../../src/components/rail/rail.js';
import type { ArticleRef } from '../../../src/format/types.js';
import { SAMPLE_ARTICLE } from '../../helpers/sample-article.js';
import { headlines, titles } from './rail-helpers.js';

const [first, second, third] = headlines(3);
/** Page-wide state lives in the rails: every test's rails leave the page after it. */
const rails = (root: Element) => [...root.querySelectorAll('news-rail')] as NewsRail[];

describe('<news-rail>', () => {
  describe('properties', () => {
    it('skips the articles another rail on the page already shows, by id or by URL', async () => {
      const others: ArticleRef[] = [
        // The same article under another id, its link with tracking parameters, a fragment and a slash.
        { ...second, id: 'rss-guid-2', url: `${second.url}/?utm_source=rss&utm_medium=feed#binh-luan` },
        // The same id, another URL.
        { ...third, url: 'https://tin-thu-do.example/ban-in/3.html' },
        { ...headlines(1, 'moi')[0] },
      ];
      const page = await fixture(html`<div>
        <news-rail heading="Nên xem" .items=${[first, second, third]}></news-rail>
        <news-rail heading="Tin khác" .items=${others}></news-rail>
      </div>`);
      const [shown, rest] = rails(page);
      await rest.updateComplete;
      expect(titles(shown)).to.deep.equal([first.title, second.title, third.title]);
      expect(titles(rest)).to.deep.equal([others[2].title]);
    });

    it('keeps an article in the rail that showed it first', async () => {
      const page = await fixture(html`<div><news-rail heading="Tin khác"></news-rail><news-rail heading="Nên xem"></news-rail></div>`);
      const [below, above] = rails(page);
      above.items = [first, second];
      await above.updateComplete;
      below.items = [second, third];
      await below.updateComplete;
      expect(titles(above)).to.deep.equal([first.title, second.title]);
      expect(titles(below)).to.deep.equal([third.title]);
    });

    it('frees the articles of a rail that leaves the page', async () => {
      const page = await fixture(html`<div><news-rail .items=${[first, second]}></news-rail></div>`);
      rails(page)[0].remove();
      const later = document.createElement('news-rail');
      later.items = [first, second];
      page.append(later);
      await later.updateComplete;
      expect(titles(later)).to.deep.equal([first.title, second.title]);
    });

    it('never shows the page’s own article, from the provider', async () => {
      const own = { ...SAMPLE_ARTICLE, related: [first, second] };
      const ownLink = new URL(SAMPLE_ARTICLE.url!, document.baseURI).href;
      const elsewhere: ArticleRef = { id: 'ban-sao', url: `${ownLink}#binh-luan`, title: SAMPLE_ARTICLE.title };
      const provider = await fixture(html`<news-provider .article=${own}>
        <news-rail></news-rail>
        <news-rail heading="Nên xem" .items=${[elsewhere, { ...third, id: SAMPLE_ARTICLE.id }, headlines(1, 'moi')[0]]}></news-rail>
      </news-provider>`);
      const [related, more] = rails(provider);
      await related.updateComplete;
      await more.updateComplete;
      expect(titles(related)).to.deep.equal([first.title, second.title]);
      expect(titles(more)).to.deep.equal([headlines(1, 'moi')[0].title]);
    });

    it('shows an article once even when a feed lists it twice', async () => {
      const el = await fixture<NewsRail>(html`<news-rail .items=${[first, second, { ...first }]}></news-rail>`);
      expect(titles(el)).to.deep.equal([first.title, second.title]);
    });
  });
});
