// news-widgets/ssr in Node: what the HTML holds for a reader without JavaScript, and for the
// browser that hydrates it. (The browser side is in hydration.test.ts.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  html,
  inlineJson,
  InvalidDocumentError,
  parseArticle,
  renderArticle,
  renderCard,
  renderPage,
  renderRail,
  renderToString,
  type Article,
  type Feed,
} from '../../../src/ssr.js';
import { attributeValues, scriptsOf, textOf } from './html-text.js';

const DATA = new URL('../../../demo/data/', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, DATA), 'utf8'));
const ARTICLE: Article = readJson('articles/ha-noi-ket-hop-dien-va-diem.json');
const NEN_XEM: Feed = readJson('feeds/nen-xem.json');

/** Every caption of the article: the lead photo's, the body figures', each gallery photo's. */
function captionsOf(article: Article): string[] {
  const images = [article.image, ...article.body.flatMap((block) => (block.type === 'figure' ? [block.image] : block.type === 'gallery' ? block.images : []))];
  return images.flatMap((image) => (image?.caption ? [image.caption] : []));
}

describe('renderArticle', () => {
  const output = renderArticle(ARTICLE);
  const text = textOf(output);

  it('writes the article in declarative shadow DOM, with its language', () => {
    assert.match(output, /<news-article[^>]*\slang="vi"[^>]*><template shadowroot="open" shadowrootmode="open">/);
  });

  it('puts everything a reader needs in the HTML: headline, summary, every paragraph, captions, byline, date', () => {
    assert.ok(text.includes(ARTICLE.title), 'headline');
    assert.ok(text.includes(ARTICLE.summary!), 'summary');
    const paragraphs = ARTICLE.body.flatMap((block) => (block.type === 'paragraph' ? [block.text!] : []));
    assert.ok(paragraphs.length > 5);
    for (const paragraph of paragraphs) assert.ok(text.includes(paragraph), paragraph.slice(0, 40));
    const captions = captionsOf(ARTICLE);
    assert.ok(captions.length > 3);
    for (const caption of captions) assert.ok(text.includes(caption), caption);
    assert.ok(text.includes('Ảnh: Hoàng Phúc'), 'credit, after the localized prefix');
    assert.ok(text.includes('Hoàng Phúc'), 'byline');
    assert.ok(text.includes('15/7/2020'), 'date as the browser formats it');
  });

  it('links the related headlines', () => {
    const hrefs = attributeValues(output, 'href');
    const related = ARTICLE.body.find((block) => block.type === 'related');
    assert.ok(related?.type === 'related');
    for (const item of related.items) assert.ok(hrefs.includes(item.url), item.url);
  });

  it('embeds the article as inline JSON, so the browser needs no fetch', () => {
    const scripts = scriptsOf(output, 'application/json');
    assert.equal(scripts.length, 1);
    const parsed = parseArticle(ARTICLE);
    assert.ok(parsed.ok);
    assert.deepEqual(JSON.parse(scripts[0]), parsed.value);
  });

  it('carries the schema.org NewsArticle JSON-LD for crawlers', () => {
    const [jsonLd, ...more] = scriptsOf(output, 'application/ld+json');
    assert.equal(more.length, 0);
    const data = JSON.parse(jsonLd);
    assert.equal(data['@type'], 'NewsArticle');
    assert.equal(data.headline, ARTICLE.title);
    assert.equal(data.datePublished, ARTICLE.publishedAt);
    assert.deepEqual(data.author, [{ '@type': 'Person', name: 'Hoàng Phúc' }]);
  });

  it('keeps data from ending its script or running', () => {
    const title = 'Tiêu đề </script><script>alert(1)</script> <!-- x';
    const output = renderArticle({ ...ARTICLE, title });
    assert.doesNotMatch(output, /<script>alert/);
    assert.ok(output.includes('Tiêu đề &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'), 'the headline shows the text');
    assert.equal(JSON.parse(scriptsOf(output, 'application/json')[0]).title, title);
    assert.equal(JSON.parse(scriptsOf(output, 'application/ld+json')[0]).headline, title);
  });

  it("shows the page's language in its own strings and the article's in its photos", () => {
    const english: Article = { ...ARTICLE, lang: 'en' };
    const text = textOf(renderArticle(english, { timeZone: 'Asia/Ho_Chi_Minh' }));
    assert.ok(text.includes('Photo: Hoàng Phúc'), 'a figure inside an English article says "Photo:"');
    assert.match(renderArticle(english, { lang: 'vi' }), /<news-article[^>]*\slang="vi"/);
  });

  it("refuses an invalid article with the parser's errors", () => {
    assert.throws(
      () => renderArticle({ ...ARTICLE, title: ' ', image: { src: 'javascript:alert(1)', alt: '' } }),
      (error: unknown) => {
        assert.ok(error instanceof InvalidDocumentError);
        assert.deepEqual(
          error.errors.map((problem) => problem.path),
          ['title', 'image.src'],
        );
        return true;
      },
    );
  });
});

describe('renderRail', () => {
  it('writes every headline as a working link, under the feed\'s title', () => {
    const output = renderRail(NEN_XEM);
    const text = textOf(output);
    assert.ok(text.startsWith('Nên xem'), text.slice(0, 40));
    const hrefs = attributeValues(output, 'href');
    for (const item of NEN_XEM.items) {
      assert.ok(hrefs.includes(item.url), item.url);
      assert.ok(text.includes(item.title), item.title);
    }
  });

  it('embeds the whole feed for the browser', () => {
    assert.deepEqual(JSON.parse(scriptsOf(renderRail(NEN_XEM, { limit: 3 }), 'application/json')[0]).items.length, NEN_XEM.items.length);
  });

  it('shows the same cards every time: nothing is remembered from one render to the next', () => {
    const first = renderRail(NEN_XEM);
    assert.equal(renderRail(NEN_XEM), first);
  });

  it('takes a list of ArticleRefs and the rail attributes', () => {
    // With the page's URL, relative links become absolute and can carry the partner's UTM tags.
    const options = { heading: 'Tin khác', layout: 'grid', lang: 'en', utmSource: 'partner', baseUrl: 'https://tin.example/' } as const;
    const output = renderRail(NEN_XEM.items.slice(0, 2), options);
    assert.match(output, /<news-rail[^>]*\slang="en"[^>]*\sheading="Tin khác"/);
    assert.deepEqual(
      attributeValues(output, 'href'),
      NEN_XEM.items.slice(0, 2).map((item) => `https://tin.example${item.url}?utm_source=partner`),
    );
  });

  it('refuses a document that is not a feed', () => {
    assert.throws(() => renderRail({ title: 'x' }), InvalidDocumentError);
  });
});

describe('renderCard', () => {
  it('writes one card whose headline is its only link', () => {
    const item = NEN_XEM.items[0];
    const output = renderCard(item, { variant: 'compact' });
    assert.deepEqual(attributeValues(output, 'href'), [item.url]);
    assert.ok(textOf(output).includes(item.title));
    assert.equal(JSON.parse(scriptsOf(output, 'application/json')[0]).id, item.id);
  });
});

describe('renderPage', () => {
  const page = renderPage(ARTICLE, { rails: [{ feed: NEN_XEM, heading: 'Nên xem', limit: 4 }] });
  const text = textOf(page);

  it('writes a complete document that loads the bundle beside it', () => {
    assert.match(page, /^<!doctype html>\s*<html lang="vi">/);
    assert.match(page, /<meta name="viewport" content="width=device-width, initial-scale=1" \/>/);
    assert.ok(page.includes(`<title>${ARTICLE.title}</title>`));
    assert.match(page, /<script type="module" src="news-widgets.js"><\/script>/);
    assert.match(renderPage(ARTICLE, { script: '/static/news-widgets.js' }), /<script type="module" src="\/static\/news-widgets.js">/);
  });

  it('gives the provider\'s article to the elements inside it, as the browser does', () => {
    // The article itself has no data: it renders what the provider gives it through context.
    assert.match(page, /<news-article\s+lang="vi"\s*><template shadowroot/);
    assert.ok(text.includes(ARTICLE.summary!));
    // The rail without data shows the article's related headlines.
    for (const item of ARTICLE.related) assert.ok(attributeValues(page, 'href').includes(item.url), item.url);
    assert.ok(text.includes('Có thể bạn quan tâm'));
    assert.equal(scriptsOf(page, 'application/json').length, 2, 'one for the provider, one for the extra rail');
  });

  it('never shows an article twice: a later rail skips what an earlier one shows', () => {
    const count = (page: string, url: string) => attributeValues(page, 'href').filter((href) => href === url).length;
    const shown = ARTICLE.related[0].url;
    const before = count(renderPage(ARTICLE), shown);
    const repeated: Feed = { title: 'Tin khác', items: [ARTICLE.related[0], NEN_XEM.items[0]] };
    const page = renderPage(ARTICLE, { rails: [{ feed: repeated }] });
    assert.equal(count(page, shown), before, 'the related rail shows it; "Tin khác" does not again');
    assert.equal(count(page, NEN_XEM.items[0].url), 1);
  });

  it('leaves comments to the browser', () => {
    const page = renderPage(ARTICLE, { commentsEndpoint: '/api/comments' });
    assert.match(page, /<news-provider\s+lang="vi" comments-endpoint="\/api\/comments"/);
    assert.match(page, /<news-comments\s+lang="vi"\s*><\/news-comments>/);
  });
});

describe('renderToString', () => {
  it('renders any template, with inline JSON for elements given data in it', () => {
    const item = NEN_XEM.items[1];
    const output = renderToString(html`<div class="teaser"><news-card .article=${item}>${inlineJson(item)}</news-card></div>`);
    assert.match(output, /<div class="teaser">(<!--[^>]*-->)*<news-card[^>]*><template shadowroot/);
    assert.ok(textOf(output).includes(item.title));
  });
});
