import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Image } from '../src/format/types.js';
import { BROKEN_IMAGE_SRC, galleryBlock } from './sample-data.js';

const many = (count: number): Image[] =>
  Array.from({ length: count }, (_, index) => {
    const image = galleryBlock.images[index % galleryBlock.images.length];
    return { ...image, caption: `${index + 1}. ${image.caption ?? ''}` };
  });

/** Several photos: a carousel with buttons, a counter, thumbnails and a lightbox. */
const meta: Meta = {
  title: 'Elements/Gallery',
  component: 'news-gallery',
  args: { caption: galleryBlock.caption },
  render: ({ caption }) => html`<news-gallery .images=${galleryBlock.images} caption=${caption}></news-gallery>`,
};
export default meta;
type Story = StoryObj;

/** The seed's five photos, of mixed shapes. */
export const Default: Story = {};

/** A single photo: no buttons or counter to get in the way. */
export const OneImage: Story = {
  render: () => html`<news-gallery .images=${galleryBlock.images.slice(0, 1)}></news-gallery>`,
};

/** Sixty photos. */
export const SixtyImages: Story = {
  render: () => html`<news-gallery .images=${many(60)}></news-gallery>`,
};

/** In English. */
export const English: Story = {
  render: () => html`<div lang="en"><news-gallery .images=${galleryBlock.images} caption=${galleryBlock.caption}></news-gallery></div>`,
};

/** Right to left. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><news-gallery .images=${galleryBlock.images}></news-gallery></div>`,
};

/** Inline JSON, as a site builder writes it. */
export const InlineJson: Story = {
  render: () =>
    html`<news-gallery><script type="application/json">${JSON.stringify({ images: galleryBlock.images.slice(0, 3) })}</script></news-gallery>`,
};

/** A photo that cannot be loaded: its box keeps its place and shows the alt text and a retry button. */
export const BrokenPhoto: Story = {
  render: () => {
    const [first, ...rest] = galleryBlock.images;
    return html`<news-gallery .images=${[{ ...first, src: BROKEN_IMAGE_SRC }, ...rest]} caption=${galleryBlock.caption}></news-gallery>`;
  },
};
