import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { addFixture, json } from '../.storybook/fixtures.js';
import { nenXem, SAMPLE_ARTICLE_URL } from './sample-data.js';

addFixture('/fixtures/comments/whole-page', (request) =>
  request.method === 'GET' ? json({ comments: [], next: null, total: 0 }) : json({ error: { code: 'closed', message: 'Read-only story' } }, 403),
);

/**
 * The seed article page assembled from every element, as a site builder writes it: the article
 * with "Có thể bạn quan tâm" and "Ý kiến bạn đọc" inside it, "Nên xem" beside it, "Tin khác" with
 * "Xem thêm" below, and "Phiên bản di động" in the footer.
 */
const meta: Meta = {
  title: 'Pages/Whole page',
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const WholePage: StoryObj = {
  render: () => html`
    <news-provider src=${SAMPLE_ARTICLE_URL} comments-endpoint="/fixtures/comments/whole-page">
      <div class="whole-page">
        <news-article>
          <news-rail time="absolute"></news-rail>
          <news-comments loading="eager"></news-comments>
        </news-article>
        <aside aria-label="Nên xem">
          <news-rail .items=${nenXem.items} heading="Nên xem" time="absolute"></news-rail>
        </aside>
      </div>
      <news-rail src="/data/feeds/tin-khac-1.json" heading="Tin khác" layout="grid" time="absolute"></news-rail>
    </news-provider>
    <footer><news-mobile-toggle></news-mobile-toggle></footer>
  `,
};

/**
 * The same page on a phone, on the mobile layout: one column, compact cards,
 * the gallery swiped, every control a 44 px target. "Phiên bản máy tính" at the foot switches back.
 */
export const WholePagePhone: StoryObj = {
  ...WholePage,
  globals: { layout: 'mobile', viewport: { value: 'phone', isRotated: false } },
};
