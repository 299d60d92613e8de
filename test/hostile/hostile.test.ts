// Hostile input: every payload of DOMPurify's corpus (and a few of ours aimed at a canary) in every
// text and URL field of the format, rendered by every element that shows that field. Nothing may
// execute, and no rendered tree may hold an on* attribute or a javascript:/data:text/html URL.
// Payloads are batched: one element instance per payload and field group, many instances per page.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/article/news-article.js';
import '../../src/components/card/news-card.js';
import type { NewsComments } from '../../src/components/comments/comments.js';
import '../../src/components/comments/news-comments.js';
import { MAX_PENDING_PER_ARTICLE, PENDING_KEY_PREFIX, pendingKey } from '../../src/components/comments/pending-comments.js';
import '../../src/components/figure/news-figure.js';
import '../../src/components/gallery/news-gallery.js';
import '../../src/components/rail/news-rail.js';
import { parseComment } from '../../src/format/comments.js';
import { preferNativeSanitizer, sanitizeHtml } from '../../src/sanitize/sanitize.js';
import { jsonResponse } from '../helpers/fetch-stub.js';
import { findDanger, flagWasSet, loadPayloads, setTrap, settled, type Trap } from './hostile-payloads.js';

const IMAGE = '/data/images/phat-huy-gia-tri-canh-quan-khong-gian-ho-guom.svg';
const LINK = 'https://tin-thu-do.example/bai/1.html';

/** An article with `payload` in every text field; its URLs are good, so it renders. */
function textArticle(payload: string, index: number): unknown {
  const image = { src: IMAGE, alt: payload, caption: payload, credit: payload, width: 480, height: 320 };
  const ref = { url: LINK, title: payload, summary: payload, section: payload, image };
  return {
    id: `text-${index}`,
    title: payload,
    summary: payload,
    section: payload,
    authors: [{ name: payload, url: LINK }],
    image,
    body: [
      { type: 'paragraph', text: payload },
      { type: 'paragraph', html: payload },
      { type: 'heading', text: payload, level: 2 },
      { type: 'quote', text: payload, cite: payload },
      { type: 'list', ordered: false, items: [payload, payload] },
      { type: 'figure', image },
      { type: 'gallery', images: [image, image], caption: payload },
      { type: 'related', title: payload, items: [ref] },
      { type: 'html', html: payload },
    ],
    related: [ref],
    tags: [payload],
  };
}
const ARTICLE_TEXT_FIELDS = 24;

/** An article with `payload` in every URL field. The parser may refuse it (the error state), or resolve it. */
function urlArticle(payload: string, index: number): unknown {
  const image = { src: payload, alt: '', srcset: [{ src: payload, width: 480 }] };
  const ref = { url: payload, title: 'Tin', image };
  return {
    id: `url-${index}`,
    title: 'Tin',
    url: payload,
    authors: [{ name: 'Tác giả', url: payload }],
    image,
    body: [{ type: 'figure', image }, { type: 'gallery', images: [image] }, { type: 'related', items: [ref] }],
    related: [ref],
  };
}
const ARTICLE_URL_FIELDS = 9;

let payloads: string[];
let trap: Trap | undefined;
let box: HTMLElement | undefined;
const cases: Record<string, number> = {};

before(async () => {
  payloads = await loadPayloads();
});

afterEach(() => {
  trap?.restore();
  trap = undefined;
  box?.remove();
  box = undefined;
  preferNativeSanitizer(true);
});

after(() => {
  const total = Object.values(cases).reduce((sum, count) => sum + count, 0);
  const parts = Object.entries(cases).map(([name, count]) => `${name} ${count}`);
  console.log(`hostile input: ${payloads.length} payloads, ${total} cases (${parts.join(', ')}), nothing executed`);
});

/** Appends `elements` to a fresh box on the page, waits for them to render, and returns it. */
async function mount(elements: Element[]): Promise<HTMLElement> {
  box = document.createElement('div');
  box.append(...elements);
  document.body.append(box);
  await settled(box);
  return box;
}

/** Nothing executed, and nothing dangerous is in any tree. */
function expectInert(root: Element): void {
  expect(trap!.calls, 'dialogs, prints and canary fetches').to.deep.equal([]);
  expect(flagWasSet(), 'the global flag').to.equal(false);
  expect(findDanger(root)).to.deep.equal([]);
}

function noFetch(request: Request): Response {
  return new Response(`unexpected request ${request.url}`, { status: 404 });
}

describe('hostile input', () => {
  it('the checks find what they look for', async () => {
    trap = setTrap(noFetch);
    const probe = document.createElement('div');
    const shadow = probe.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('a'), { href: ' javascript:void 0' }));
    shadow.append(document.createElement('img'));
    shadow.querySelector('img')!.setAttribute('onerror', 'void 0');
    window.alert('probe');
    void fetch('https://canary.invalid/probe');
    expect(findDanger(probe)).to.have.length(2);
    expect(trap.calls).to.deep.equal(['alert(probe)', 'fetch(https://canary.invalid/probe)']);
  });

  for (const sanitizer of ['native Sanitizer API', 'DOMPurify'] as const) {
    it(`<news-article> shows every payload in every text field as text (${sanitizer})`, async () => {
      if (sanitizer === 'DOMPurify') {
        preferNativeSanitizer(false);
        await sanitizeHtml('<b>warm</b>'); // loads the chunk, so the articles render it at once
      }
      trap = setTrap(noFetch);
      const articles = payloads.map((payload, index) => {
        const el = document.createElement('news-article');
        el.article = textArticle(payload, index) as never;
        return el;
      });
      const root = await mount(articles);
      // Each renders, except where the payload is only whitespace: a required text is empty, the error state.
      articles.forEach((el, index) => {
        const shown = el.shadowRoot!.querySelector(payloads[index].trim() ? 'h1' : '[part~="error"]');
        expect(shown, `article ${index}`).not.to.equal(null);
      });
      // A payload meant as text reads as text: the headline holds it verbatim.
      expect(articles[0].shadowRoot!.querySelector('h1')!.textContent).to.contain(payloads[0].slice(0, 20));
      expectInert(root);
      cases[`article text (${sanitizer})`] = payloads.length * ARTICLE_TEXT_FIELDS;
    });
  }

  it('<news-article> never turns a payload in a URL field into a link or source that runs', async () => {
    trap = setTrap(noFetch);
    const articles = payloads.map((payload, index) => {
      const el = document.createElement('news-article');
      el.article = urlArticle(payload, index) as never;
      return el;
    });
    const root = await mount(articles);
    const refused = articles.filter((el) => el.shadowRoot!.querySelector('[part~="error"]')).length;
    // Both outcomes occur: javascript: and friends are refused, HTML-looking strings resolve as paths.
    expect(refused).to.be.greaterThan(0).and.lessThan(articles.length);
    expectInert(root);
    cases['article URLs'] = payloads.length * ARTICLE_URL_FIELDS;
  });

  it('<news-figure> and <news-gallery> show payloads in alt, caption, credit and src inertly', async () => {
    trap = setTrap(noFetch);
    const elements = payloads.flatMap((payload) => {
      const figure = document.createElement('news-figure');
      figure.image = { src: IMAGE, alt: payload, caption: payload, credit: payload };
      const attributes = document.createElement('news-figure');
      for (const name of ['src', 'alt', 'caption', 'credit']) attributes.setAttribute(name, payload);
      attributes.lightbox = true;
      const gallery = document.createElement('news-gallery');
      gallery.images = [
        { src: IMAGE, alt: payload, caption: payload, credit: payload },
        { src: payload, alt: payload },
      ];
      gallery.caption = payload;
      return [figure, attributes, gallery];
    });
    const root = await mount(elements);
    expectInert(root);
    cases['figure'] = payloads.length * 7;
    cases['gallery'] = payloads.length * 6;
  });

  it('<news-comments> shows payloads as comment author and text, as text', async () => {
    const COMMENT = { id: 'c', article: 'a1', parent: null, createdAt: '2020-07-15T17:30:00+07:00', status: 'published' };
    trap = setTrap((request) => {
      const url = new URL(request.url);
      if (url.pathname !== '/hostile/comments') return noFetch(request);
      const comments = payloads.map((payload, index) => ({ ...COMMENT, id: `c${index}`, author: payload, text: payload }));
      return jsonResponse({ comments, next: null, total: comments.length });
    });
    const el = document.createElement('news-comments');
    el.endpoint = '/hostile/comments';
    el.articleId = 'a1';
    el.loading = 'eager';
    el.pageSize = payloads.length;
    const loaded = oneEvent(el, 'news-load');
    const root = await mount([el]);
    await loaded;
    await settled(root);
    // Every comment the format accepts is on screen, its author verbatim (plain text, never markup).
    const accepted = payloads.filter((payload) => parseComment({ ...COMMENT, author: payload, text: payload }).ok);
    expect(accepted.length, 'the format refuses almost none').to.be.above(payloads.length - 5);
    expect(el.shadowRoot!.querySelectorAll('[part~="comment"]')).to.have.length(accepted.length);
    const authors = [...el.shadowRoot!.querySelectorAll('[part="author"]')].map((author) => author.textContent);
    expect(authors).to.deep.equal(accepted);
    expect(el.shadowRoot!.textContent).to.contain(payloads[payloads.length - 1]);
    expectInert(root);
    cases['comments'] = payloads.length * 2;
  });

  it('<news-comments> shows payloads kept in localStorage as pending comments (id, author, text), as text', async () => {
    trap = setTrap((request) => {
      const url = new URL(request.url);
      return url.pathname === '/hostile/pending' ? jsonResponse({ comments: [], next: null, total: 0 }) : noFetch(request);
    });
    // Another script of the origin could write anything there; a key holds at most so many, so one element per batch.
    const createdAt = new Date().toISOString();
    const elements: NewsComments[] = [];
    /** The authors of each batch that the format accepts: what each element must show, verbatim. */
    const acceptedAuthors: string[][] = [];
    for (let start = 0; start < payloads.length; start += MAX_PENDING_PER_ARTICLE) {
      const article = `p${start}`;
      const comments = payloads.slice(start, start + MAX_PENDING_PER_ARTICLE).map((payload, index) => ({
        id: `${start + index}${payload}`,
        article,
        parent: null,
        author: payload,
        text: payload,
        createdAt,
        status: 'pending',
      }));
      localStorage.setItem(pendingKey('/hostile/pending', article)!, JSON.stringify(comments));
      acceptedAuthors.push(comments.filter((comment) => parseComment(comment).ok).map((comment) => comment.author));
      const el = document.createElement('news-comments');
      Object.assign(el, { endpoint: '/hostile/pending', articleId: article, loading: 'eager' });
      elements.push(el);
    }
    try {
      const loaded = Promise.all(elements.map((el) => oneEvent(el, 'news-load')));
      const root = await mount(elements);
      await loaded;
      await settled(root);
      // Every comment the format accepts is on screen, marked pending, its author verbatim (plain text, never markup).
      expect(acceptedAuthors.flat().length, 'the format refuses almost none').to.be.above(payloads.length - 5);
      elements.forEach((el, batch) => {
        const shown = [...el.shadowRoot!.querySelectorAll('[part~="comment"]')];
        expect(shown.every((comment) => comment.matches('[part~="pending"]')), `${el.articleId}: all marked pending`).to.equal(true);
        const authors = shown.map((comment) => comment.querySelector('[part="author"]')!.textContent);
        expect([...authors].sort(), el.articleId).to.deep.equal([...acceptedAuthors[batch]].sort());
      });
      expectInert(root);
    } finally {
      for (const key of Object.keys(localStorage)) if (key.startsWith(PENDING_KEY_PREFIX)) localStorage.removeItem(key);
    }
    cases['pending comments'] = payloads.length * 3;
  });
});

describe('hostile input in cards and rails', () => {
  it('<news-card> shows payloads in title, summary, section, alt and URLs inertly', async () => {
    trap = setTrap(noFetch);
    const elements = payloads.flatMap((payload) => {
      const text = document.createElement('news-card') as HTMLElement & { article?: unknown };
      text.article = { url: LINK, title: payload, summary: payload, section: payload, image: { src: IMAGE, alt: payload } };
      const urls = document.createElement('news-card') as HTMLElement & { article?: unknown };
      urls.article = { url: payload, title: 'Tin', image: { src: payload, alt: '' } };
      return [text, urls];
    });
    const root = await mount(elements);
    expectInert(root);
    cases['card'] = payloads.length * 6;
  });

  for (const format of ['JSON Feed', 'RSS', 'Atom'] as const) {
    it(`<news-rail> shows a ${format} feed built from the payloads inertly`, async () => {
      const { body, type } = feedOf(format, payloads);
      trap = setTrap((request) =>
        new URL(request.url).pathname === '/hostile/feed' ? new Response(body, { headers: { 'content-type': type } }) : noFetch(request),
      );
      // The rail reports each dropped item in dev mode; hundreds of them here, on purpose.
      const warn = console.warn;
      console.warn = () => {};
      try {
        await railCase(format);
      } finally {
        console.warn = warn;
      }
    });
  }
});

/** A rail loads a feed of the payloads in `format`: it shows cards, and nothing in them runs. */
async function railCase(format: 'JSON Feed' | 'RSS' | 'Atom'): Promise<void> {
  const rail = document.createElement('news-rail') as HTMLElement & { src?: string };
  rail.src = '/hostile/feed';
  const loaded = new Promise((done) => {
    rail.addEventListener('news-load', done, { once: true });
    rail.addEventListener('news-error', done, { once: true });
  });
  const root = await mount([rail]);
  const event = (await loaded) as Event;
  await settled(root);
  expect(event.type, 'the feed loads; bad items are dropped, not the feed').to.equal('news-load');
  expect(rail.shadowRoot!.querySelectorAll('[part~="card"]').length).to.be.greaterThan(0);
  expectInert(root);
  cases[`rail ${format}`] = payloads.length * FEED_FIELDS;
}

const FEED_FIELDS = 6;

/** A feed in `format` with two items per payload: one with the payload in its text, one in its URLs. */
function feedOf(format: 'JSON Feed' | 'RSS' | 'Atom', texts: string[]): { body: string; type: string } {
  if (format === 'JSON Feed') {
    const items = texts.flatMap((payload, index) => [
      { id: `t${index}`, url: `${LINK}?t=${index}`, title: payload, summary: payload, content_html: payload, image: IMAGE },
      { id: `u${index}`, url: payload, title: 'Tin', image: payload },
    ]);
    return { body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: texts[0], items }), type: 'application/feed+json' };
  }
  const x = escapeXml;
  if (format === 'RSS') {
    const items = texts
      .map(
        (payload, index) => `<item><guid>t${index}</guid><title>${x(payload)}</title><link>${LINK}?t=${index}</link>
          <description>${x(payload)}</description><category>${x(payload)}</category></item>
          <item><guid>u${index}</guid><title>Tin</title><link>${x(payload)}</link><enclosure url="${x(payload)}" type="image/svg+xml"/></item>`,
      )
      .join('');
    return { body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`, type: 'application/rss+xml' };
  }
  const entries = texts
    .map(
      (payload, index) => `<entry><id>t${index}</id><title>${x(payload)}</title><link href="${LINK}?t=${index}"/>
        <summary type="html">${x(payload)}</summary><updated>2020-07-15T17:30:00+07:00</updated></entry>
        <entry><id>u${index}</id><title>Tin</title><link href="${x(payload)}"/><updated>2020-07-15T17:30:00+07:00</updated></entry>`,
    )
    .join('');
  return { body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>${entries}</feed>`, type: 'application/atom+xml' };
}

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped; the rest is escaped.
  // eslint-disable-next-line no-control-regex
  const legal = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  return legal.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
