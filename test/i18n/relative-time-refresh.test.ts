// Relative dates ("30 giây trước", "1 phút trước") are rewritten as the minutes pass, in a card,
// in a rail's cards and in the comments; the page keeps no timer once no element shows such a date.
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { NewsCard } from '../../src/components/card/card.js';
import '../../src/components/card/news-card.js';
import '../../src/components/rail/news-rail.js';
import type { NewsRail } from '../../src/components/rail/rail.js';
import type { NewsComments } from '../../src/components/comments/comments.js';
import '../../src/components/comments/news-comments.js';
import type { ArticleRef } from '../../src/format/types.js';
import { fakeClock, type FakeClock } from '../helpers/fake-clock.js';
import { jsonResponse, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';

/** 10:00:30 UTC: half a minute after the headline below was published. */
const START = Date.UTC(2025, 2, 31, 10, 0, 30);

const ITEM: ArticleRef = {
  id: 'ha-noi-ket-hop-dien-va-diem',
  url: '/bai-viet/ha-noi-ket-hop-dien-va-diem.html',
  title: 'Hà Nội sẽ kết hợp giữa “diện” và “điểm” trong công tác dân vận',
  publishedAt: '2025-03-31T17:00:00+07:00',
};

const timeOf = (el: NewsCard | NewsRail | NewsComments) =>
  [...el.shadowRoot!.querySelectorAll('[part~="time"]')].map((time) => time.textContent!.trim());

describe('relative dates as time passes', () => {
  let clock: FakeClock | undefined;
  let stub: FetchStub | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    stub?.restore();
    stub = undefined;
  });

  it('<news-card> goes from "30 giây trước" to "1 phút trước" at the turn of the minute, then "2 phút trước"', async () => {
    clock = fakeClock(START);
    const el = await fixture<NewsCard>(html`<news-card lang="vi" .article=${ITEM}></news-card>`);
    expect(timeOf(el)).to.deep.equal(['30 giây trước']);

    clock.advance(29_000);
    await el.updateComplete;
    expect(timeOf(el), 'not before the minute turns').to.deep.equal(['30 giây trước']);

    clock.advance(1_000);
    await el.updateComplete;
    expect(timeOf(el)).to.deep.equal(['1 phút trước']);

    clock.advance(60_000);
    await el.updateComplete;
    expect(timeOf(el)).to.deep.equal(['2 phút trước']);
  });

  it('<news-rail> rewrites every card’s date, in the page’s language', async () => {
    clock = fakeClock(START);
    const second = { ...ITEM, id: 'b', url: '/bai-viet/b.html', publishedAt: '2025-03-31T09:00:00Z' };
    const el = await fixture<NewsRail>(html`<news-rail lang="en" .items=${[ITEM, second]}></news-rail>`);
    expect(timeOf(el)).to.deep.equal(['30 seconds ago', '1 hour ago']);

    clock.advance(30_000);
    await el.updateComplete;
    expect(timeOf(el)).to.deep.equal(['1 minute ago', '1 hour ago']);
  });

  it('<news-comments> rewrites each comment’s time as the minutes pass', async () => {
    clock = fakeClock(START);
    const comment = { id: 'c1', article: 'bai', parent: null, author: 'Lan', text: 'Hay quá', createdAt: '2025-03-31T10:00:00Z', status: 'published' };
    stub = stubFetch(() => jsonResponse({ comments: [comment], next: null, total: 1 }));
    const el = fixtureSync<NewsComments>(html`<news-comments lang="vi" loading="eager" endpoint="/api/comments" article-id="bai"></news-comments>`);
    await oneEvent(el, 'news-load');
    await el.updateComplete;
    expect(timeOf(el)).to.deep.equal(['30 giây trước']);

    clock.advance(30_000);
    await el.updateComplete;
    expect(timeOf(el)).to.deep.equal(['1 phút trước']);
  });

  it('keeps one timer for the page, and none once the elements are gone', async () => {
    clock = fakeClock(START);
    const box = await fixture<HTMLElement>(html`<div>
      <news-card .article=${ITEM}></news-card>
      <news-rail .items=${[ITEM]}></news-rail>
    </div>`);
    expect(clock.pending, 'one timer for every element').to.equal(1);
    box.remove();
    expect(clock.pending).to.equal(0);
  });

  it('an absolute date does not change, and the card keeps no timer for it', async () => {
    clock = fakeClock(START);
    const el = await fixture<NewsCard>(html`<news-card lang="vi" time="absolute" .article=${ITEM}></news-card>`);
    const before = timeOf(el);
    clock.advance(120_000);
    await el.updateComplete;
    expect(timeOf(el)).to.deep.equal(before);
    expect(before[0]).to.match(/31\/3\/2025/);
    expect(clock.pending, 'no timer').to.equal(0);
  });
});
