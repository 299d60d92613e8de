import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The "Phiên bản di động" switch at the foot of the page. It switches every news element on the
 * page, and keeps the reader's choice.
 */
const meta: Meta = {
  title: 'Elements/Mobile toggle',
  component: 'news-mobile-toggle',
  render: () => html`<news-mobile-toggle></news-mobile-toggle>`,
};
export default meta;
type Story = StoryObj;

/** As it stands in the page footer. */
export const Default: Story = {};

/** In English. */
export const English: Story = {
  render: () => html`<div lang="en"><news-mobile-toggle></news-mobile-toggle></div>`,
};

/** Two toggles on one page stay in step. */
export const TwoToggles: Story = {
  render: () => html`<news-mobile-toggle></news-mobile-toggle> <news-mobile-toggle></news-mobile-toggle>`,
};

/** A right-to-left page mirrors the layout. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><news-mobile-toggle></news-mobile-toggle></div>`,
};
