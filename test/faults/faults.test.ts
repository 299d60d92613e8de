// Network faults for every element that fetches: each fault gives the error state with a retry
// button, retry works once the server is back, and nothing already shown disappears (rail paging).
// fetch is stubbed: a reset, a redirect loop and a CORS refusal all reach the page as the same
// TypeError ("Failed to fetch"), which is what the stub throws. A hang is a request that is never
// answered; the element's `timeout` bounds it (kept short here so the test is quick; nothing is timed).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/article/news-article.js';
import '../../src/components/provider/news-provider.js';
import '../../src/components/card/news-card.js';
import type { NewsComments } from '../../src/components/comments/comments.js';
import '../../src/components/comments/news-comments.js';
import '../../src/components/rail/news-rail.js';
import vi from '../../src/i18n/vi.js';
import { SAMPLE_ARTICLE } from '../helpers/sample-article.js';
import { jsonResponse, stubFetch, untilAborted, type FetchHandler, type FetchStub } from '../helpers/fetch-stub.js';

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
  'hang (no answer)': untilAborted,
};

/** The `timeout` the elements get in these tests: it bounds a hang, so a hang fails fast. */
const TIMEOUT = '200';

/**
 * What the error panel says: that the content took too long, or that it could not be loaded. The
 * test page is in Vietnamese, the elements' default.
 */
const messageFor = (handler: FetchHandler) => (handler === untilAborted ? vi.loadTimeout : vi.loadError);

const FEED = {
  title: 'Tin khác',
  items: [1, 2, 3].map((n) => ({ id: `t${n}`, url: `https://tin.example/${n}.html`, title: `Tin ${n}` })),
  next: '/feed?page=2',
};
const PAGE_2 = { items: [4, 5].map((n) => ({ id: `t${n}`, url: `https://tin.example/${n}.html`, title: `Tin ${n}` })), next: null };

const COMMENT_PAGE = {
  comments: [{ id: 'c1', article: 'a', parent: null, author: 'Lan', text: 'Hay', createdAt: '2025-03-31T10:00:00+07:00', status: 'published' }],
  next: null,
  total: 1,
};

/** An element of `tag` with these attributes (and children), not yet on the page. */
function make(tag: string, attributes: Record<string, string>, ...children: Node[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** How each fetching element is made, what a good answer is, and what shows it loaded. */
const ELEMENTS: { tag: string; create(): HTMLElement; good(request: Request): Response; shown(el: HTMLElement): Element | null }[] = [
  {
    tag: 'news-provider',
    // The provider's article shows in the elements inside it.
    create: () => make('news-provider', { src: '/doc' }, make('news-article', {})),
    good: () => jsonResponse(SAMPLE_ARTICLE),
    shown: (el) => el.querySelector('news-article')!.shadowRoot!.querySelector('h1'),
  },
  {
    tag: 'news-article',
    create: () => make('news-article', { src: '/doc' }),
    good: () => jsonResponse(SAMPLE_ARTICLE),
    shown: (el) => el.shadowRoot!.querySelector('h1'),
  },
  {
    tag: 'news-card',
    create: () => make('news-card', { src: '/doc' }),
    good: () => jsonResponse({ url: 'https://tin.example/1.html', title: 'Tin 1' }),
    shown: (el) => el.shadowRoot!.querySelector('a[href]'),
  },
  {
    tag: 'news-rail',
    create: () => make('news-rail', { src: '/feed' }),
    good: () => jsonResponse(FEED),
    shown: (el) => part(el, 'card'),
  },
  {
    tag: 'news-comments',
    create: () => make('news-comments', { endpoint: '/comments', 'article-id': 'a', loading: 'eager' }),
    good: () => jsonResponse(COMMENT_PAGE),
    shown: (el) => part(el, 'comment'),
  },
];

let stub: FetchStub | undefined;
let box: HTMLElement | undefined;
afterEach(() => {
  stub?.restore();
  box?.remove();
  // <news-comments> keeps drafts and the reader's name.
  for (const key of Object.keys(localStorage)) if (key.startsWith('news-widgets:comment')) localStorage.removeItem(key);
});

/** Puts `el` on the page, in a box removed after the test, and waits for its first `news-load`. */
async function loadedOnPage<E extends HTMLElement & { updateComplete: Promise<unknown> }>(el: E): Promise<E> {
  box = document.createElement('div');
  box.append(el);
  const loaded = oneEvent(el, 'news-load');
  document.body.append(box);
  await loaded;
  await el.updateComplete;
  return el;
}

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
          if (handler === untilAborted) el.setAttribute('timeout', TIMEOUT);
          box = document.createElement('div');
          box.append(el);
          const failure = oneEvent(el, 'news-error');
          document.body.append(box);
          await failure;
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          expect(part(el, 'error'), 'the error panel').not.to.equal(null);
          expect(part(el, 'error')!.querySelector('.message')!.textContent!.trim()).to.equal(messageFor(handler));
          expect(shown(el) === null, 'nothing shows yet').to.equal(true);

          serve = good;
          const loaded = oneEvent(el, 'news-load');
          part(el, 'retry-button')!.click();
          await loaded;
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          expect(part(el, 'error'), 'the error panel is gone').to.equal(null);
          // The elements inside a provider render after it.
          await waitUntil(() => shown(el) !== null, 'the content shows');
        });
      }
    });
  }

  it('hang (no answer) on an English page: the panel says the content took too long', async () => {
    stub = stubFetch(untilAborted);
    const el = make('news-article', { src: '/doc', timeout: TIMEOUT });
    box = make('div', { lang: 'en' }, el);
    const failure = oneEvent(el, 'news-error');
    document.body.append(box);
    expect((await failure).detail.kind).to.equal('timeout');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(part(el, 'error')!.querySelector('.message')!.textContent!.trim()).to.equal('This content took too long to load.');
  });

  describe('<news-rail> paging', () => {
    for (const [fault, handler] of Object.entries(FAULTS)) {
      it(`${fault} on "See more": the cards shown stay, and retry loads the page`, async () => {
        let page2 = handler;
        stub = stubFetch((request) => (new URL(request.url).search === '?page=2' ? page2(request) : jsonResponse(FEED)));
        const el = await loadedOnPage(Object.assign(document.createElement('news-rail'), { src: '/feed' }));
        const cards = () => el.shadowRoot!.querySelectorAll('[part~="card"]').length;
        expect(cards()).to.equal(3);

        // Set only now: the timeout is read as each page starts loading.
        if (handler === untilAborted) el.timeout = Number(TIMEOUT);
        const failure = oneEvent(el, 'news-error');
        part(el, 'more-button')!.click();
        await failure;
        await el.updateComplete;
        expect(cards(), 'nothing shown disappears').to.equal(3);
        expect(part(el, 'more-error')!.textContent, 'the page error').to.equal(handler === untilAborted ? vi.railPageTimeout : vi.railPageError);

        page2 = () => jsonResponse(PAGE_2);
        part(el, 'more-button')!.click();
        await waitForCards(el, 5);
        expect(part(el, 'more-error')).to.equal(null);
      });
    }
  });

  describe('<news-comments> "load more"', () => {
    const comment = (id: string, text: string) => ({ ...COMMENT_PAGE.comments[0], id, text });
    for (const [fault, handler] of Object.entries(FAULTS)) {
      it(`${fault} on the next page: the comments shown stay, and retry loads the page`, async () => {
        let page2 = handler;
        stub = stubFetch((request) =>
          new URL(request.url).searchParams.get('cursor') === 'p2'
            ? page2(request)
            : jsonResponse({ comments: [comment('c1', 'Trang một')], next: 'p2', total: 2 }),
        );
        const el = await loadedOnPage(make('news-comments', { endpoint: '/comments', 'article-id': 'a', loading: 'eager' }) as NewsComments);
        const texts = () => [...el.shadowRoot!.querySelectorAll('[part~="comment"] [part="text"]')].map((text) => text.textContent);
        expect(texts()).to.deep.equal(['Trang một']);

        // Set only now: the timeout is read as each page starts loading.
        if (handler === untilAborted) el.timeout = Number(TIMEOUT);
        const failure = oneEvent(el, 'news-error');
        part(el, 'more-button')!.click();
        await failure;
        await el.updateComplete;
        expect(texts(), 'nothing shown disappears').to.deep.equal(['Trang một']);
        expect(part(el, 'more-error')!.textContent).to.equal(handler === untilAborted ? vi.commentsMoreTimeout : vi.commentsMoreError);

        page2 = () => jsonResponse({ comments: [comment('c2', 'Trang hai')], next: null, total: 2 });
        const loaded = oneEvent(el, 'news-load');
        part(el, 'more-button')!.click();
        await loaded;
        await el.updateComplete;
        expect(texts()).to.deep.equal(['Trang một', 'Trang hai']);
        expect(part(el, 'more-error')).to.equal(null);
      });
    }
  });

  describe('<news-comments> posting', () => {
    it('hang (no answer): the reader hears it took too long, the text stays, and sending again posts it', async () => {
      let answer: FetchHandler = untilAborted;
      stub = stubFetch((request) => (request.method === 'POST' ? answer(request) : jsonResponse(COMMENT_PAGE)));
      const el = await loadedOnPage(make('news-comments', { endpoint: '/comments', 'article-id': 'a', loading: 'eager', timeout: TIMEOUT }) as NewsComments);
      const field = (name: string) => el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${name}`)!;
      for (const [name, value] of [['author', 'Minh'], ['text', 'Bài viết hay']]) {
        field(name).value = value;
        field(name).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      await el.updateComplete;
      const message = () => part(el, 'form-message')!.textContent!.trim();
      // What a screen reader hears: the form's live region.
      const heard = () => el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!.textContent!.trim();

      part(el, 'submit-button')!.click();
      await waitUntil(() => message() === vi.commentTimeout, 'the timeout message');
      await waitUntil(() => heard() === vi.commentTimeout, 'the timeout message, announced');
      expect(field('text').value, 'the text is kept').to.equal('Bài viết hay');

      answer = () => jsonResponse({ comment: { ...COMMENT_PAGE.comments[0], id: 'c2', author: 'Minh', text: 'Bài viết hay' } }, { status: 201 });
      const posted = oneEvent(el, 'news-comment-posted');
      part(el, 'submit-button')!.click();
      await posted;
      expect(message()).to.equal(vi.commentPosted);
      await waitUntil(() => heard() === vi.commentPosted, 'the success, announced');
      expect(el.shadowRoot!.querySelector('[data-id="c2"] [part="text"]')!.textContent).to.equal('Bài viết hay');
    });
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
