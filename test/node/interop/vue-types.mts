// Type-checked by interop.test.ts (after the build): what types/vue.d.ts gives a Vue app.
import type { GlobalComponents } from 'vue';
import type {} from '../../../types/vue.js';
import type { Article } from '../../../dist/esm/index.js';

type ArticleProps = InstanceType<GlobalComponents['news-article']>['$props'];
type RailProps = InstanceType<GlobalComponents['news-rail']>['$props'];
declare const article: Article;

export const props: ArticleProps = { article, src: '/a', headingLevel: 2, class: 'lead' };
export const rail: RailProps = { items: article.related, heading: 'Tin khác', layout: 'grid' };
// @ts-expect-error: `article` takes an Article
export const wrong: ArticleProps = { article: 42 };
// @ts-expect-error: rails have no such property
export const unknown: RailProps = { headline: 'x' };
