import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Article } from '../src/format/types.js';
import { LONG_HEADLINE, SAMPLE_ARTICLE_URL, sampleArticle } from './sample-data.js';

/**
 * The whole article from one JSON document: section, headline, sapo, dates, lead photo, every body
 * block, byline and tags, with its schema.org JSON-LD.
 */
const meta: Meta = {
  title: 'Elements/Article',
  component: 'news-article',
  args: { src: SAMPLE_ARTICLE_URL, 'heading-level': 1 },
  render: ({ src, 'heading-level': level }) => html`<news-article src=${src} heading-level=${level}></news-article>`,
};
export default meta;
type Story = StoryObj;

/** The seed article, loaded from its JSON with `src`. */
export const Default: Story = {};

/** The same article given as a property, inside a page part in English. */
export const English: Story = {
  render: () => html`<div lang="en"><news-article .article=${sampleArticle}></news-article></div>`,
};

/** While the article is on its way. */
export const Loading: Story = { args: { src: '/fixtures/never' } };

/** The server never answered within `timeout` (here 300 ms; default 10 s): the error panel says it took too long. */
export const TimedOut: Story = {
  render: () => html`<news-article src="/fixtures/never" timeout="300"></news-article>`,
};

/** The server answered 500: the error panel and its retry button. */
export const ServerError: Story = { args: { src: '/fixtures/status/500' } };

/** A malformed document: the error state (development builds list the problems). */
export const Malformed: Story = { args: { src: '/fixtures/malformed-article' } };

/** A partial article, title only: it still shows what it has. */
export const TitleOnly: Story = {
  render: () => html`<news-article .article=${{ id: 'x', title: 'Tin vắn: chỉ có tiêu đề', lang: 'vi', authors: [], body: [], related: [], tags: [] } satisfies Article}></news-article>`,
};

/** A very long Vietnamese headline: it wraps, and no diacritic is clipped. */
export const LongHeadline: Story = {
  render: () => html`<news-article .article=${{ ...sampleArticle, title: LONG_HEADLINE }}></news-article>`,
};

/** No lead photo. */
export const NoImage: Story = {
  render: () => html`<news-article .article=${{ ...sampleArticle, image: undefined }}></news-article>`,
};

/** Right to left: the layout mirrors. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><news-article .article=${sampleArticle}></news-article></div>`,
};
