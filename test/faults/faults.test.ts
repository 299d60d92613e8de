// Network faults for every element that fetches: each fault gives the error state with a retry
// button, retry works once the server is back, and nothing already shown disappears (rail paging).
// fetch is stubbed: a reset, a redirect loop and a CORS refusal all reach the page as the same
// TypeError ("Failed to fetch"), which is what the stub throws.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/article/news-article.js';
import '../../src/components/provider/news-provider.js';
import '../../src/components/card/news-card.js';
import '../../src/components/comments/news-comments.js';
import '../../src/components/rail/news-rail.js';
import { SAMPLE_ARTICLE } from '../helpers/sample-article.js';
import { jsonResponse, stubFetch, type FetchHandler, type FetchStub } from '../helpers/fetch-stub.js';

/** A body that sends its first bytes, then breaks off. */
function truncated(): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"id":"a","title":"Hà N'));
      controller.error(new TypeError('network error'));
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/json' } });
}

const failed = (): never => {
  throw new TypeError('Failed to fetch');
};

/** Each fault, as fetch presents it to the page. */
const FAULTS: Record<string, FetchHandler> = {
  '404': () => new Response('Not found', { status: 404 }),
  '500': () => new Response('Server error', { status: 500 }),
  'connection reset': failed,
  'truncated body': truncated,
  'wrong content type (an HTML page)': () => new Response('<!doctype html><p>Login</p>', { headers: { 'content-type': 'text/html' } }),
  'redirect loop': failed,
  'CORS refusal': failed,
};

const FEED = {
  title: 'Tin khác',
  items: [1, 2, 3].map((n) => ({ id: `t${n}`, url: `https://tin.example/${n}.html`, title: `Tin ${n}` })),
  next: '/feed?page=2',
};
const PAGE_2 = { items: [4, 5].map((n) => ({ id: `t${n}`, url: `https://tin.example/${n}.html`, title: `Tin ${n}` })), next: null };

/** How each fetching element is made, what a good answer is, and what shows it loaded. */
const ELEMENTS: { tag: string; create(): HTMLElement; good(request: Request): Response; shown: string }[] = [
  {
    tag: 'news-article',
    create: () => Object.assign(document.createElement('news-article'), { src: '/doc' }),
    good: () => jsonResponse(SAMPLE_ARTICLE),
    shown: 'h1',
  },
  {
    tag: 'news-card',
    create: () => Object.assign(document.createElement('news-card'), { src: '/doc' }),
    good: () => jsonResponse({ url: 'https://tin.example/1.html', title: 'Tin 1' }),
    shown: 'a[href]',
  },
  {
    tag: 'news-rail',
    create: () => Object.assign(document.createElement('news-rail'), { src: '/feed' }),
    good: () => jsonResponse(FEED),
    shown: '[part~="card"]',
  },
  {
    tag: 'news-comments',
    create: () => {
      const el = document.createElement('news-comments');
      for (const [name, value] of Object.entries({ endpoint: '/comments', 'article-id': 'a', loading: 'eager' })) el.setAttribute(name, value);
      return el;
    },
    good: () => jsonResponse({ comments: [{ id: 'c1', article: 'a', parent: null, author: 'Lan', text: 'Hay', createdAt: '2025-03-31T10:00:00+07:00', status: 'published' }], next: null, total: 1 }),
    shown: '[part~="comment"]',
  },
];

let stub: FetchStub | undefined;
let box: HTMLElement | undefined;
afterEach(() => {
  stub?.restore();
  box?.remove();
});

function part(el: HTMLElement, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

describe('network faults', () => {
  for (const { tag, create, good, shown } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      for (const [fault, handler] of Object.entries(FAULTS)) {
        it(`${fault}: the error state, then retry loads once the server is back`, async () => {
          let serve = handler;
          stub = stubFetch((request) => serve(request));
          const el = create();
          box = document.createElement('div');
          box.append(el);
          const failure = oneEvent(el, 'news-error');
          document.body.append(box);
          await failure;
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          expect(part(el, 'error'), 'the error panel').not.to.equal(null);
          expect(el.shadowRoot!.querySelector(shown)).to.equal(null);

          serve = good;
          const loaded = oneEvent(el, 'news-load');
          part(el, 'retry-button')!.click();
          await loaded;
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          expect(part(el, 'error'), 'the error panel is gone').to.equal(null);
          expect(el.shadowRoot!.querySelector(shown), 'the content').not.to.equal(null);
        });
      }
    });
  }

  describe('<news-rail> paging', () => {
    for (const [fault, handler] of Object.entries(FAULTS)) {
      it(`${fault} on "See more": the cards shown stay, and retry loads the page`, async () => {
        let page2 = handler;
        stub = stubFetch((request) => (new URL(request.url).search === '?page=2' ? page2(request) : jsonResponse(FEED)));
        const el = document.createElement('news-rail');
        el.src = '/feed';
        box = document.createElement('div');
        box.append(el);
        const loaded = oneEvent(el, 'news-load');
        document.body.append(box);
        await loaded;
        await el.updateComplete;
        const cards = () => el.shadowRoot!.querySelectorAll('[part~="card"]').length;
        expect(cards()).to.equal(3);

        const failure = oneEvent(el, 'news-error');
        part(el, 'more-button')!.click();
        await failure;
        await el.updateComplete;
        expect(cards(), 'nothing shown disappears').to.equal(3);
        expect(part(el, 'more-error'), 'the page error').not.to.equal(null);

        page2 = () => jsonResponse(PAGE_2);
        part(el, 'more-button')!.click();
        await waitForCards(el, 5);
        expect(part(el, 'more-error')).to.equal(null);
      });
    }
  });
});

async function waitForCards(el: HTMLElement & { updateComplete: Promise<unknown> }, count: number): Promise<void> {
  // The page's arrival has no event of its own: updates until the cards are there, bounded to catch a hang.
  for (let round = 0; round < 200 && el.shadowRoot!.querySelectorAll('[part~="card"]').length < count; round += 1) {
    await new Promise((done) => requestAnimationFrame(done));
    await el.updateComplete;
  }
  expect(el.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(count);
}
