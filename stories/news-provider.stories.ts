import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Loads one article and shares it with the news elements inside. On its own it shows only the
 * loading and error states; the article appears through the elements placed inside it.
 */
const meta: Meta = {
  title: 'Elements/Provider',
  component: 'news-provider',
  args: { src: '/data/articles/ha-noi-ket-hop-dien-va-diem.json' },
  render: ({ src }) => html`<news-provider src=${src}><p>Nội dung bên trong nhận bài viết từ provider.</p></news-provider>`,
};
export default meta;
type Story = StoryObj;

/** The sample article, loaded from its JSON. */
export const Default: Story = {};

/** While the article is on its way (a request that never answers). */
export const Loading: Story = { args: { src: '/fixtures/never' } };

/** The server answered 500: the error panel with its retry button. */
export const ServerError: Story = { args: { src: '/fixtures/status/500' } };

/** A malformed document: the problems are listed in development builds. */
export const Malformed: Story = { args: { src: '/fixtures/malformed-article' } };
