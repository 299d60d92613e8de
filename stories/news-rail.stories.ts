import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { RAIL_LAYOUTS } from '../src/index.js';
import { nenXem, sampleArticle } from './sample-data.js';

const TIN_KHAC = '/data/feeds/tin-khac-1.json';

/** A headed list of cards from a feed, with "Xem thêm" paging. */
const meta: Meta = {
  title: 'Elements/Rail',
  component: 'news-rail',
  args: { src: TIN_KHAC, heading: 'Tin khác', layout: 'list', time: 'absolute' },
  argTypes: { layout: { control: 'inline-radio', options: [...RAIL_LAYOUTS] } },
  render: ({ src, heading, layout, time }) =>
    html`<news-rail src=${src} heading=${heading} layout=${layout} time=${time}></news-rail>`,
};
export default meta;
type Story = StoryObj;

/** "Tin khác", paged through its feed with "Xem thêm". */
export const List: Story = {};

/** Responsive columns by container width. */
export const Grid: Story = { args: { layout: 'grid' } };

/** One row with scroll-snap and previous/next buttons. */
export const Carousel: Story = { args: { layout: 'carousel' } };

/**
 * The mobile layout on a phone: one column of compact cards (a small thumbnail beside each
 * headline, no summary) and 44 px buttons. A grid rail here; a carousel stays a row to swipe.
 */
export const Mobile: Story = {
  args: { layout: 'grid' },
  globals: { layout: 'mobile', viewport: { value: 'phone', isRotated: false } },
};

/** "Nên xem" from items given as a property. */
export const FromItems: Story = {
  render: () => html`<news-rail .items=${nenXem.items} heading="Nên xem" time="absolute"></news-rail>`,
};

/** "Có thể bạn quan tâm": fed by the provider's article.related, with the default heading. */
export const Related: Story = {
  render: () => html`<news-provider .article=${sampleArticle}><news-rail time="absolute"></news-rail></news-provider>`,
};

/** One item. */
export const OneItem: Story = {
  render: () => html`<news-rail .items=${nenXem.items.slice(0, 1)} heading="Nên xem" time="absolute"></news-rail>`,
};

/** While the feed is on its way: skeleton cards of the final size. */
export const Loading: Story = { args: { src: '/fixtures/never' } };

/** The feed fails: the error panel and its retry button. */
export const ServerError: Story = { args: { src: '/fixtures/status/500' } };

/** A feed with no items. */
export const Empty: Story = { args: { src: '/fixtures/empty-feed' } };

/** Syndicated on a partner portal: UTM parameters on every link, opening in a new tab. */
export const Syndicated: Story = {
  render: () =>
    html`<news-rail src=${TIN_KHAC} heading="Tin Thủ đô" layout="grid" utm-source="cong-doi-tac" utm-medium="widget" utm-campaign="tin-thu-do" target="_blank" time="absolute"></news-rail>`,
};

/** In English, right to left. */
export const RightToLeft: Story = {
  render: () => html`<div lang="en" dir="rtl"><news-rail .items=${nenXem.items} heading="Worth watching" time="absolute"></news-rail></div>`,
};
