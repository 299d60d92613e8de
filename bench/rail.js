// The page side of rail.bench.mjs: renders rails of sample headlines and times them against a
// hand-written innerHTML baseline that produces the same markup, in the same page, with the same
// style sheets. Loads the built per-module output (dist/esm) with Lit's production build.
import '/dist/esm/components/card/news-card.js';
import '/dist/esm/components/rail/news-rail.js';
import { formatRelativeTime } from '/dist/esm/i18n/dates.js';
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

const stage = document.getElementById('stage');
/** The rail "See more" is measured on, between prepareAppend and append, and what it should show. */
let appendRail;
let appendExpected;
let appendFetch;
const HEADING = 'Tin khác';
/** The rail's own style sheets, given to the baselines too, so styles and layout cost the same. */
const sheets = customElements.get('news-rail').elementStyles.map((style) => style.styleSheet);

/** Headlines from the sample feeds, repeated with their own ids and URLs up to `count`. */
async function sampleItems(count, offset = 0) {
  const pages = await Promise.all(
    ['nen-xem', 'tin-khac-1', 'tin-khac-2', 'tin-khac-3'].map((name) =>
      fetch(`/demo/data/feeds/${name}.json`).then((response) => response.json()),
    ),
  );
  const samples = pages.flatMap((page) => page.items);
  const now = Date.now();
  return Array.from({ length: count }, (_, k) => {
    const index = offset + k;
    const sample = samples[index % samples.length];
    return {
      ...sample,
      id: `${sample.id}-${index}`,
      url: new URL(`${sample.url.replace(/\.html$/, '')}-${index}.html`, 'https://tin-thu-do.example/').href,
      // Absolute, as the parser makes it, so both sides write the same attribute.
      image: { ...sample.image, src: new URL(sample.image.src.replace(/^\/data\//, '/demo/data/'), location.href).href },
      // Minutes to days ago: every kind of relative date.
      publishedAt: new Date(now - (index + 1) * 37 * 60_000).toISOString(),
    };
  });
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text) => text.replace(/[&<>"]/g, (character) => ESCAPES[character]);

/** The baseline: the rail's markup for `items`, written by hand as one string. */
function handWrittenMarkup(items) {
  const now = Date.now();
  let cards = '';
  for (const { url, title, summary = '', image, section = '', publishedAt } of items) {
    const time = publishedAt ? formatRelativeTime(publishedAt, 'vi', now) : '';
    const img = image
      ? `<img part="image" class="image" src="${escape(image.src)}" alt="" width="${image.width}" height="${image.height}" loading="lazy" decoding="async">`
      : '';
    cards +=
      `<div part="card" class="card" role="listitem"><div part="media" class="media">${img}</div>` +
      `<div class="text"><p part="meta" class="meta"><span part="section" class="section">${escape(section)}</span>` +
      `<time part="time" class="time" datetime="${escape(publishedAt)}">${escape(time)}</time></p>` +
      `<div part="headline" class="headline" role="heading" aria-level="3"><a part="title" class="title" href="${escape(url)}">${escape(title)}</a></div>` +
      `<p part="summary" class="summary">${escape(summary)}</p></div></div>`;
  }
  return (
    `<section part="base" class="rail layout-list" aria-labelledby="heading"><div part="header" class="header">` +
    `<div part="heading" class="rail-heading" id="heading" role="heading" aria-level="2">${HEADING}</div></div>` +
    `<div part="list" class="list horizontal" id="list" role="list">${cards}</div><p class="live visually-hidden" role="status"></p></section>`
  );
}

/** Forces style and layout, as the browser must before it paints. */
function layout(host) {
  return host.getBoundingClientRect().height;
}

/** Lets the last run's frame, paint and garbage go by before the next one starts. */
async function settle() {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve));
  globalThis.gc?.();
}

const renderers = {
  /** `<news-rail>` from `.items`: parse, de-duplication, cards, layout. */
  async rail(items) {
    const start = performance.now();
    const rail = document.createElement('news-rail');
    rail.heading = HEADING;
    rail.items = items;
    stage.append(rail);
    await rail.updateComplete;
    layout(rail);
    return { time: performance.now() - start, host: rail };
  },

  /** The same markup as one innerHTML string in a shadow root with the same styles. */
  async baseline(items) {
    const start = performance.now();
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.innerHTML = handWrittenMarkup(items);
    stage.append(host);
    layout(host);
    return { time: performance.now() - start, host };
  },

  /** The alternative design: a `<news-card>` element, with its own shadow root, per card. */
  async elements(items) {
    const start = performance.now();
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    render(
      html`<section class="rail layout-list">
        <div class="header"><div class="rail-heading" role="heading" aria-level="2">${HEADING}</div></div>
        <ul class="list horizontal" role="list">
          ${repeat(items, (item) => item.id, (item) => html`<li class="card"><news-card .article=${item}></news-card></li>`)}
        </ul>
      </section>`,
      root,
    );
    stage.append(host);
    await Promise.all([...root.querySelectorAll('news-card')].map((card) => card.updateComplete));
    layout(host);
    return { time: performance.now() - start, host };
  },
};

/** A tree as comparable text: elements with sorted attributes, trimmed text, no comments or blank text. */
function canonical(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data.trim() ? node.data.replace(/\s+/g, ' ').trim() : '';
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const attributes = [...node.attributes].map((a) => `${a.name}="${a.value}"`).sort();
  const children = [...node.childNodes].map(canonical).filter(Boolean);
  return `<${node.localName} ${attributes.join(' ')}>${children.join('')}</${node.localName}>`;
}

globalThis.railBench = {
  ready: true,

  /**
   * Runs `warmup + pairs` rounds of the renderers, in rotating order, and returns every round's
   * times (the warm-up rounds left out) and whether the rail and the baseline wrote the same
   * markup. With `contentVisibility`, the page opts both into content-visibility (bench.css).
   */
  async compare({ cards, pairs, warmup = 3, contentVisibility = false }) {
    const items = await sampleItems(cards);
    stage.classList.toggle('content-visibility', contentVisibility);
    // The opt-in styles cards through ::part(card), which the <news-card> elements do not have.
    const kinds = contentVisibility ? ['rail', 'baseline'] : Object.keys(renderers);
    const rounds = [];
    let sameMarkup;
    for (let round = 0; round < warmup + pairs; round += 1) {
      const times = {};
      // Rotating the order spreads any cost of going first or last over every renderer.
      const order = kinds.map((_, index) => kinds[(index + round) % kinds.length]);
      for (const kind of order) {
        await settle();
        const { time, host } = await renderers[kind](items);
        times[kind] = time;
        if (round === 0 && kind !== 'elements') sameMarkup = { ...sameMarkup, [kind]: canonical(host.shadowRoot.querySelector('section')) };
        if (round === 0 && kind === 'rail') sameMarkup.count = host.shadowRoot.querySelectorAll('.list > .card').length;
        host.remove();
      }
      if (round >= warmup) rounds.push(times);
    }
    return { rounds, sameMarkup: sameMarkup.rail === sameMarkup.baseline, cardsShown: sameMarkup.count };
  },

  /**
   * "See more", in two steps: `prepareAppend` shows a rail of `base` cards whose feed has a next
   * page of `added` cards (both served from memory), `append` clicks "See more" and resolves, with
   * the time from the click, once the first new card has the focus (the focus forces layout, so
   * that is in the time).
   */
  async prepareAppend({ base, added, contentVisibility = false }) {
    appendRail?.remove();
    stage.classList.toggle('content-visibility', contentVisibility);
    const first = JSON.stringify({ title: HEADING, items: await sampleItems(base), next: '/bench/feed/page-2.json' });
    const second = JSON.stringify({ items: await sampleItems(added, base), next: null });
    appendFetch ??= window.fetch;
    window.fetch = async (input) => {
      const url = String(input instanceof Request ? input.url : input);
      return new Response(url.includes('page-2') ? second : first, { headers: { 'content-type': 'application/json' } });
    };
    const rail = document.createElement('news-rail');
    rail.src = '/bench/feed/page-1.json';
    const loaded = new Promise((resolve) => rail.addEventListener('news-load', resolve, { once: true }));
    stage.append(rail);
    await loaded;
    layout(rail);
    await settle();
    appendRail = rail;
    appendExpected = base + added;
  },

  async append() {
    const rail = appendRail;
    const button = rail.shadowRoot.querySelector('[part~="more-button"]');
    const shown = new Promise((resolve) => rail.addEventListener('focusin', resolve, { once: true }));
    const start = performance.now();
    button.click();
    await shown;
    layout(rail);
    const time = performance.now() - start;
    const count = rail.shadowRoot.querySelectorAll('#list > .card').length;
    window.fetch = appendFetch;
    if (count !== appendExpected) throw new Error(`Expected ${appendExpected} cards after "See more", found ${count}.`);
    return time;
  },

  /** Takes the last rail of `append` off the page, which frees its articles for the next rails. */
  finishAppend() {
    appendRail?.remove();
    appendRail = undefined;
  },
};
