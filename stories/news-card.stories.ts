import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CARD_VARIANTS } from '../src/index.js';
import { BROKEN_IMAGE_SRC, LONG_HEADLINE, nenXem } from './sample-data.js';

const item = nenXem.items[0];

/** One headline as a card, with exactly one link: the headline. */
const meta: Meta = {
  title: 'Elements/Card',
  component: 'news-card',
  args: { variant: 'horizontal', time: 'absolute' },
  argTypes: { variant: { control: 'inline-radio', options: [...CARD_VARIANTS] } },
  render: ({ variant, time }) => html`<news-card .article=${item} variant=${variant} time=${time}></news-card>`,
};
export default meta;
type Story = StoryObj;

/** Thumbnail beside the text, as in "Nên xem". */
export const Horizontal: Story = {};

/** Thumbnail above the text. */
export const Vertical: Story = { args: { variant: 'vertical' } };

/** Headline only, as the headline links inside an article. */
export const Compact: Story = { args: { variant: 'compact' } };

/** A very long Vietnamese headline, clamped to three lines. */
export const LongHeadline: Story = {
  render: () => html`<news-card .article=${{ ...item, title: LONG_HEADLINE }} time="absolute"></news-card>`,
};

/** No image: the card keeps its layout. */
export const NoImage: Story = {
  render: () => html`<news-card .article=${{ ...item, image: undefined }} time="absolute"></news-card>`,
};

/** A broken image: a placeholder of the same size, never a broken-image icon. */
export const BrokenImage: Story = {
  render: () => html`<news-card .article=${{ ...item, image: { src: BROKEN_IMAGE_SRC, alt: '' } }} time="absolute"></news-card>`,
};

/** In English, right to left. */
export const RightToLeft: Story = {
  render: () => html`<div lang="en" dir="rtl"><news-card .article=${item} time="absolute"></news-card></div>`,
};
