// Every JSONTestSuite parsing file (test/fixtures/jsontestsuite/test_parsing/) through `src` of each
// element that loads a document: n_ files (not JSON) give the error state with its retry button, no
// file throws into the page, and a widget beside them keeps working. y_ and i_ files are JSON (or
// may be) but no article or feed: they settle in some state, never an exception.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/article/news-article.js';
import '../../src/components/card/news-card.js';
import '../../src/components/rail/news-rail.js';
import type { NewsCard } from '../../src/components/card/card.js';
import { JSON_TEST_SUITE_FILES } from './jsontestsuite-files.js';
import { watchUncaught } from '../helpers/uncaught.js';

const CORPUS = '/test/fixtures/jsontestsuite/test_parsing/';
const TAGS = ['news-article', 'news-rail', 'news-card'] as const;
/** Elements loading at once: enough to be quick, few enough for the dev server. */
const BATCH = 24;
const HEADLINE = 'Tin bên cạnh vẫn hiển thị';

interface Outcome {
  name: string;
  event: string;
  errorShown: boolean;
  retryShown: boolean;
}

const byPrefix = (prefix: string) => JSON_TEST_SUITE_FILES.filter((name) => name.startsWith(prefix));

/** Loads every file in `names` through `src` of a `tag` element, BATCH at a time, and says how each ended. */
async function loadAll(tag: string, names: string[], box: HTMLElement): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let start = 0; start < names.length; start += BATCH) {
    const batch = names.slice(start, start + BATCH);
    const settled = batch.map(async (name) => {
      const element = document.createElement(tag) as HTMLElement & { src?: string; updateComplete: Promise<boolean> };
      // Encoded: one file name has a "#", others a "+".
      element.src = `${CORPUS}${encodeURIComponent(name)}`;
      const event = new Promise<string>((resolve) => {
        element.addEventListener('news-load', () => resolve('news-load'), { once: true });
        element.addEventListener('news-error', () => resolve('news-error'), { once: true });
      });
      box.append(element);
      const kind = await event;
      await element.updateComplete;
      const root = element.shadowRoot!;
      const outcome = {
        name,
        event: kind,
        errorShown: root.querySelector('[part~="error"]') !== null,
        retryShown: root.querySelector('[part~="retry-button"]') !== null,
      };
      element.remove();
      return outcome;
    });
    outcomes.push(...(await Promise.all(settled)));
  }
  return outcomes;
}

describe('JSONTestSuite through src', () => {
  const uncaught = watchUncaught();
  let box: HTMLElement;
  let sibling: NewsCard;

  beforeEach(async () => {
    box = await fixture(html`<div></div>`);
    sibling = await fixture(html`<news-card .article=${{ url: 'https://tin-thu-do.example/a.html', title: 'Tin bên cạnh' }}></news-card>`);
  });

  /** The widget beside the corpus still takes new data and shows it. */
  async function expectSiblingWorks(): Promise<void> {
    sibling.article = { url: 'https://tin-thu-do.example/b.html', title: HEADLINE };
    await sibling.updateComplete;
    expect(sibling.shadowRoot!.textContent).to.contain(HEADLINE);
  }

  it('has the whole corpus, every file served', async () => {
    expect([byPrefix('y_').length, byPrefix('n_').length, byPrefix('i_').length]).to.deep.equal([95, 188, 35]);
    const statuses = await Promise.all(
      JSON_TEST_SUITE_FILES.map((name) => fetch(`${CORPUS}${encodeURIComponent(name)}`, { method: 'HEAD' }).then((r) => r.status)),
    );
    expect(statuses.filter((status) => status !== 200)).to.deep.equal([]);
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it(`shows the error state with a retry button for each of the 188 n_ files`, async function () {
        this.timeout(120_000);
        const outcomes = await loadAll(tag, byPrefix('n_'), box);
        const wrong = outcomes.filter((outcome) => outcome.event !== 'news-error' || !outcome.errorShown || !outcome.retryShown);
        expect(wrong.map((outcome) => outcome.name)).to.deep.equal([]);
        expect(outcomes).to.have.length(188);
        expect(uncaught).to.deep.equal([]);
        await expectSiblingWorks();
      });

      it(`settles quietly for each of the 95 y_ and 35 i_ files`, async function () {
        this.timeout(120_000);
        const outcomes = await loadAll(tag, [...byPrefix('y_'), ...byPrefix('i_')], box);
        expect(outcomes).to.have.length(130);
        // None is an article or a feed with items: an error (with retry) or, for a feed, the empty state.
        const shownNothing = outcomes.filter((outcome) => outcome.event === 'news-error' && !(outcome.errorShown && outcome.retryShown));
        expect(shownNothing.map((outcome) => outcome.name)).to.deep.equal([]);
        expect(uncaught).to.deep.equal([]);
        await expectSiblingWorks();
      });
    });
  }
});
