// The page side of article.bench.mjs: renders the demo article with <news-article .article> and
// times it against a hand-written innerHTML baseline that produces the same markup (nested figure
// and gallery hosts get shadow roots of their own, with the elements' own style sheets), in the
// same page. Loads the built per-module output (dist/esm) with Lit's production build.
import '/dist/esm/components/article/news-article.js';
import { formatDate } from '/dist/esm/i18n/dates.js';

const stage = document.getElementById('stage');
const ARTICLE_URL = '/demo/data/articles/ha-noi-ket-hop-dien-va-diem.json';
const sheetsOf = (tag) => customElements.get(tag).elementStyles.map((style) => style.styleSheet);
const sheets = { article: sheetsOf('news-article'), figure: sheetsOf('news-figure'), gallery: sheetsOf('news-gallery') };
const FIGURE_PARTS = 'figure, image, caption: figure-caption, credit: figure-credit';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text) => String(text).replace(/[&<>"]/g, (character) => ESCAPES[character]);
const absolute = (url) => new URL(url, location.href).href;

function caption(image) {
  const parts = [];
  if (image.caption) parts.push(`<span part="caption" class="caption">${escape(image.caption)}</span>`);
  if (image.credit) parts.push(`<span part="credit" class="credit">Ảnh: ${escape(image.credit)}</span>`);
  return parts.join(' ');
}

/** <news-figure>'s shadow markup. */
function figureMarkup(image, lead) {
  const loading = lead ? 'loading="eager" fetchpriority="high"' : 'loading="lazy"';
  return (
    `<figure part="figure" class="figure" tabindex="-1"><div class="media">` +
    `<button part="zoom-button" class="zoom" type="button" aria-haspopup="dialog" aria-label="Xem ảnh lớn: ${escape(image.alt)}">` +
    `<img part="image" class="image" decoding="async" src="${escape(absolute(image.src))}" width="${image.width}" height="${image.height}" alt="${escape(image.alt)}" ${loading}></button></div>` +
    `<figcaption part="figcaption" class="figcaption">${caption(image)}</figcaption>` +
    `<dialog part="lightbox" class="lightbox" aria-label="Trình xem ảnh"></dialog></figure>`
  );
}

/** <news-gallery>'s shadow markup. */
function galleryMarkup({ images, caption: label }) {
  const count = images.length;
  const slides = images
    .map(
      (image, index) =>
        `<figure part="slide" class="slide"${index > 0 ? ' inert' : ''}><div class="media">` +
        `<button part="zoom-button" class="zoom" type="button" aria-haspopup="dialog" aria-label="Xem ảnh lớn: ${escape(image.alt)}">` +
        `<img part="image" class="image" loading="lazy" decoding="async" src="${escape(absolute(image.src))}" width="${image.width}" height="${image.height}" alt="${escape(image.alt)}"></button></div>` +
        `<figcaption class="figcaption">${caption(image)}</figcaption></figure>`,
    )
    .join('');
  const thumbnails = images
    .map(
      (image, index) =>
        `<button part="thumbnail" class="thumbnail" type="button" tabindex="${index === 0 ? 0 : -1}"${index === 0 ? ' aria-current="true"' : ''} aria-label="Ảnh ${index + 1} / ${count}">` +
        `<img sizes="5rem" alt="" loading="lazy" decoding="async" src="${escape(absolute(image.src))}"></button>`,
    )
    .join('');
  return (
    `<div part="gallery" class="gallery" role="group" aria-label="${escape(label)}"><div part="track" class="track">${slides}</div>` +
    `<div part="controls" class="controls"><button part="previous-button" class="nav" type="button" aria-label="Ảnh trước"><span aria-hidden="true">‹</span></button>` +
    `<p part="counter" class="counter" aria-atomic="true" aria-live="off"><span aria-hidden="true">1 / ${count}</span><span class="visually-hidden">Ảnh 1 / ${count}</span></p>` +
    `<button part="next-button" class="nav" type="button" aria-label="Ảnh tiếp theo"><span aria-hidden="true">›</span></button></div>` +
    `<div part="thumbnails" class="thumbnails" role="group" aria-label="Chọn ảnh">${thumbnails}</div>` +
    `<dialog part="lightbox" class="lightbox" aria-label="Trình xem ảnh"></dialog></div>`
  );
}

/**
 * The baseline: the article's markup written by hand as strings (the demo article's block kinds:
 * related, paragraph, figure, gallery). Nested hosts are plain elements given a shadow root each.
 */
function renderBaseline(article) {
  const hosts = [];
  const host = (markup, kind, attributes) => {
    hosts.push({ markup, kind });
    return `<div data-host="${hosts.length - 1}" ${attributes}></div>`;
  };
  const body = article.body
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return `<p part="paragraph" class="block">${escape(block.text)}</p>`;
        case 'figure':
          return host(figureMarkup(block.image, false), 'figure', `part="figure" class="block wide" lightbox exportparts="${FIGURE_PARTS}" lang="${article.lang}"`);
        case 'gallery':
          return host(galleryMarkup(block), 'gallery', `part="gallery" class="block wide" lang="${article.lang}" caption="${escape(block.caption)}"`);
        case 'related':
          return (
            `<div part="related" class="block related"><ul class="related-list" aria-label="Có thể bạn quan tâm">` +
            block.items.map((item) => `<li><a part="related-link" href="${escape(absolute(item.url))}">${escape(item.title)}</a></li>`).join('') +
            `</ul></div>`
          );
        default:
          throw new Error(`The baseline does not write ${block.type} blocks.`);
      }
    })
    .join('');
  const published = formatDate(article.publishedAt, 'vi', { time: true });
  // A lead photo that also stands in the body shows there only, as the element does.
  const leadInBody = article.body.some((block) => block.type === 'figure' && block.image.src === article.image.src);
  const markup =
    `<article part="article" class="article" lang="${article.lang}"><header part="header" class="header">` +
    `<p part="meta" class="meta"><span part="section" class="section">${escape(article.section)}</span>` +
    `<time part="published" datetime="${escape(article.publishedAt)}">${escape(published)}</time></p>` +
    `<h1 part="headline" class="headline">${escape(article.title)}</h1><p part="summary" class="summary">${escape(article.summary)}</p></header>` +
    (leadInBody
      ? ''
      : host(figureMarkup(article.image, true), 'figure', `part="lead-figure" class="block wide" loading="eager" fetchpriority="high" lightbox exportparts="${FIGURE_PARTS}" lang="${article.lang}"`)) +
    `<div part="body" class="body">${body}</div>` +
    `<p part="byline" class="byline">${article.authors.map((author) => `<span part="author">${escape(author.name)}</span>`).join('')}</p>` +
    `<ul part="tags" class="tags" aria-label="Từ khóa">${article.tags.map((tag) => `<li part="tag" class="tag">${escape(tag)}</li>`).join('')}</ul>` +
    `<slot></slot></article>`;
  const element = document.createElement('div');
  const root = element.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets.article;
  root.innerHTML = markup;
  for (const inner of root.querySelectorAll('[data-host]')) {
    const { markup: innerMarkup, kind } = hosts[Number(inner.dataset.host)];
    const innerRoot = inner.attachShadow({ mode: 'open' });
    innerRoot.adoptedStyleSheets = sheets[kind];
    innerRoot.innerHTML = innerMarkup;
  }
  return element;
}

/** Forces style and layout, as the browser must before it paints. */
const layout = (host) => host.getBoundingClientRect().height;

async function settle() {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve));
  globalThis.gc?.();
}

/** Resolves once `<news-article>` and every element inside it has rendered. */
async function rendered(element) {
  await element.updateComplete;
  const inner = [...element.shadowRoot.querySelectorAll('news-figure, news-gallery')];
  await Promise.all(inner.map((child) => child.updateComplete));
}

const renderers = {
  async article(article) {
    const start = performance.now();
    const element = document.createElement('news-article');
    element.article = article;
    stage.append(element);
    await rendered(element);
    layout(element);
    return { time: performance.now() - start, host: element };
  },
  async baseline(article) {
    const start = performance.now();
    const element = renderBaseline(article);
    stage.append(element);
    layout(element);
    return { time: performance.now() - start, host: element };
  },
};

/** A tree as text, shadow roots included, white space collapsed; hosts are compared by their shadow roots and attributes. */
function canonical(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data.replace(/\s+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const isHost = node.localName.startsWith('news-') || node.hasAttribute('data-host');
  const attributes = [...node.attributes]
    .filter((a) => a.name !== 'data-host' && a.name !== 'data-layout')
    .map((a) => `${a.name}="${a.value}"`)
    .sort();
  const inner = node.shadowRoot ? [...node.shadowRoot.childNodes] : [];
  const children = [...inner, ...node.childNodes].map(canonical).filter(Boolean);
  const name = isHost ? 'host' : node.localName;
  return `<${name} ${attributes.join(' ')}>${children.join('')}</${name}>`;
}

/** canonical(), with the white space around tags dropped: text split over nodes compares equal. */
const comparable = (node) => canonical(node).replace(/\s*([<>])\s*/g, '$1').replace(/ +/g, ' ');

globalThis.articleBench = {
  ready: true,

  /** `warmup + pairs` rounds of both renderers, alternating which goes first. */
  async compare({ pairs, warmup = 5 }) {
    // The sample links its images as /data/…, as the demo server serves them; here they are under /demo/data/.
    const article = JSON.parse((await (await fetch(ARTICLE_URL)).text()).replaceAll('"/data/', '"/demo/data/'));
    const rounds = [];
    let markup;
    for (let round = 0; round < warmup + pairs; round += 1) {
      const order = round % 2 === 0 ? ['article', 'baseline'] : ['baseline', 'article'];
      const times = {};
      for (const kind of order) {
        await settle();
        const { time, host } = await renderers[kind](structuredClone(article));
        times[kind] = time;
        if (round === 0) markup = { ...markup, [kind]: comparable(host.shadowRoot.querySelector('article')) };
        host.remove();
      }
      if (round >= warmup) rounds.push(times);
    }
    return { rounds, sameMarkup: markup.article === markup.baseline, markup };
  },
};
