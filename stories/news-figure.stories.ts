import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { BROKEN_IMAGE_SRC, galleryBlock, leadImage } from './sample-data.js';

/** One captioned, credited photo whose box is reserved before it loads. */
const meta: Meta = {
  title: 'Elements/Figure',
  component: 'news-figure',
  args: { ...leadImage, lightbox: false },
  render: ({ src, alt, caption, credit, width, height, lightbox }) =>
    html`<news-figure src=${src} alt=${alt} caption=${caption} credit=${credit} width=${width} height=${height} ?lightbox=${lightbox}></news-figure>`,
};
export default meta;
type Story = StoryObj;

/** The photo of the seed article, with its caption and credit. */
export const Default: Story = {};

/** Activating the photo opens it large in a dialog. */
export const Lightbox: Story = { args: { lightbox: true } };

/** A portrait photo, from the gallery. */
export const Portrait: Story = {
  render: () => html`<news-figure .image=${galleryBlock.images.find((image) => (image.height ?? 0) > (image.width ?? 0))}></news-figure>`,
};

/** The image fails: a panel with the alt text and a retry button; the caption stays. */
export const BrokenImage: Story = { args: { src: BROKEN_IMAGE_SRC } };

/** No caption and no credit. */
export const NoCaption: Story = { args: { caption: undefined, credit: undefined } };

/** In English: the credit prefix reads "Photo:". */
export const English: Story = {
  render: () => html`<div lang="en"><news-figure .image=${leadImage}></news-figure></div>`,
};
