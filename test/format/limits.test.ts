import { expect } from '@open-wc/testing';
import { DEFAULT_LIMITS, parseArticle, resolveLimits } from '../../src/format/index.js';
import { errorPaths, expectErrors, expectOk, timed } from './expect-result.js';

const BASE = { id: 'a', title: 'Tiêu đề' };
const TEN_MB = 10 * 1024 * 1024;
/** Generous for a slow CI machine; the real figures are a few milliseconds. */
// A bound that only a hang or a blow-up can pass; how fast parsing really is, `npm run bench` measures.
const FAST_MS = 5000;

function nestedArrays(depth: number): unknown[] {
  const root: unknown[] = [];
  let current = root;
  for (let level = 1; level < depth; level += 1) {
    const next: unknown[] = [];
    current.push(next);
    current = next;
  }
  return root;
}

function nestedObjects(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let current = root;
  for (let level = 1; level < depth; level += 1) {
    const next: Record<string, unknown> = {};
    current.a = next;
    current = next;
  }
  return root;
}

/** Runs `parse`, asserting it neither throws (no RangeError) nor takes longer than `limitMs`. */
function quickly<T>(parse: () => T, limitMs = FAST_MS): T {
  let result: T | undefined;
  expect(timed(() => (result = parse()))).to.be.below(limitMs);
  return result as T;
}

describe('limits', () => {
  it('default to 8 MB of text, 1 MB per string, depth 64 and 20,000 entries per array', () => {
    expect(DEFAULT_LIMITS).to.deep.equal({ maxTextLength: 8 * 1024 * 1024, maxStringLength: 1024 * 1024, maxDepth: 64, maxArrayLength: 20_000 });
    expect(Object.isFrozen(DEFAULT_LIMITS)).to.equal(true);
  });

  it('can each be overridden, and ignore values that are not finite positive numbers', () => {
    expect(resolveLimits({ maxDepth: 3, maxArrayLength: 1e9, maxStringLength: 0, maxTextLength: Infinity })).to.deep.equal({
      ...DEFAULT_LIMITS,
      maxDepth: 3,
      maxArrayLength: 1e9,
    });
    expect(resolveLimits({ maxDepth: Number.NaN, maxTextLength: '9' as unknown as number })).to.deep.equal(DEFAULT_LIMITS);
    expect(resolveLimits(undefined)).to.deep.equal(DEFAULT_LIMITS);
  });

  describe('text length', () => {
    it('refuses 10 MB of JSON text before parsing it', () => {
      const text = JSON.stringify({ ...BASE, summary: 'x'.repeat(TEN_MB) });
      const [problem] = expectErrors(quickly(() => parseArticle(text)));
      expect(problem?.path).to.equal('');
      expect(problem?.message).to.contain(String(DEFAULT_LIMITS.maxTextLength));
    });

    it('applies to a value as the size it would have as JSON', () => {
      const shared = Array.from({ length: 1000 }, () => 'x'.repeat(1000));
      const huge = Array.from({ length: 10 }, () => shared);
      expect(errorPaths(quickly(() => parseArticle({ ...BASE, extra: huge })))).to.deep.equal(['']);
    });

    it('stops a value that shares sub-objects exponentially', () => {
      let bomb: unknown[] = ['x'];
      for (let level = 0; level < 50; level += 1) bomb = [bomb, bomb];
      // It stands for 2^50 values; the walk stops after 8 MB worth of them (about 1.7 million),
      // some 150 ms, slower under coverage instrumentation.
      expect(errorPaths(quickly(() => parseArticle({ ...BASE, extra: bomb }), 2000))).to.deep.equal(['']);
    });

    it('follows options.maxTextLength', () => {
      expect(errorPaths(parseArticle(JSON.stringify(BASE), { maxTextLength: 10 }))).to.deep.equal(['']);
    });
  });

  describe('string length', () => {
    it('refuses a 10 MB string in a value, at its path', () => {
      const result = quickly(() => parseArticle({ ...BASE, summary: 'x'.repeat(TEN_MB) }, { maxTextLength: 4 * TEN_MB }));
      expect(errorPaths(result)).to.deep.equal(['summary']);
    });

    it('refuses a 10 MB string in JSON text, at its path, when the text limit allows the text', () => {
      const text = JSON.stringify({ ...BASE, body: [{ type: 'paragraph', text: 'x'.repeat(TEN_MB) }] });
      expect(errorPaths(quickly(() => parseArticle(text, { maxTextLength: 2 * TEN_MB })))).to.deep.equal(['body[0].text']);
    });

    it('applies to unknown fields and to keys too', () => {
      const longKey = 'k'.repeat(20);
      expect(errorPaths(parseArticle({ ...BASE, extra: { note: 'x'.repeat(20), [longKey]: 1 } }, { maxStringLength: 10 }))).to.deep.equal([
        'extra.note',
        'extra',
      ]);
    });
  });

  describe('nesting depth', () => {
    const expectedPath = `body${'[0]'.repeat(DEFAULT_LIMITS.maxDepth - 1)}`;

    it('refuses 100,000 nested arrays given as JSON text, without a stack overflow', () => {
      const text = `{"id":"a","title":"t","body":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
      expect(errorPaths(quickly(() => parseArticle(text)))).to.deep.equal([expectedPath]);
    });

    it('refuses 100,000 nested arrays given as a value, without a stack overflow', () => {
      expect(errorPaths(quickly(() => parseArticle({ ...BASE, body: nestedArrays(100_000) })))).to.deep.equal([expectedPath]);
    });

    it('refuses 100,000 nested objects given as a value', () => {
      const [problem] = expectErrors(quickly(() => parseArticle({ ...BASE, extra: nestedObjects(100_000) })));
      expect(problem?.path).to.equal(`extra${'.a'.repeat(DEFAULT_LIMITS.maxDepth - 1)}`);
      expect(problem?.message).to.contain('64');
    });

    it('allows exactly maxDepth levels', () => {
      // The document is level 1 and body level 2, so body can hold maxDepth - 2 more levels.
      expect(expectOk(parseArticle({ ...BASE, extra: nestedArrays(DEFAULT_LIMITS.maxDepth - 1) })).value.id).to.equal('a');
      expect(errorPaths(parseArticle({ ...BASE, extra: nestedArrays(DEFAULT_LIMITS.maxDepth) }))).to.have.length(1);
    });

    it('follows options.maxDepth', () => {
      expect(errorPaths(parseArticle({ ...BASE, image: { src: '/a.jpg', alt: '', srcset: [{ src: '/b.jpg', width: 1 }] } }, { maxDepth: 3 }))).to.deep.equal([
        'image.srcset[0]',
      ]);
    });

    it('refuses the JSONTestSuite stack-depth bombs quickly', async () => {
      for (const name of ['n_structure_100000_opening_arrays.json', 'n_structure_open_array_object.json']) {
        const response = await fetch(`/test/fixtures/jsontestsuite/test_parsing/${name}`);
        const text = await response.text();
        expect(text.length).to.be.greaterThan(50_000);
        expect(errorPaths(quickly(() => parseArticle(text)))).to.deep.equal(['']);
      }
    });
  });

  describe('array length', () => {
    it('refuses an array of 20,001 entries at its path', () => {
      const tags = Array.from({ length: 20_001 }, (_, index) => `tag ${index}`);
      const [problem] = expectErrors(quickly(() => parseArticle({ ...BASE, tags })));
      expect(problem).to.deep.equal({ path: 'tags', message: 'Too many entries: 20001, more than 20000.' });
    });

    it('accepts 20,000 entries', () => {
      const tags = Array.from({ length: 20_000 }, (_, index) => `tag ${index}`);
      expect(expectOk(quickly(() => parseArticle(JSON.stringify({ ...BASE, tags })))).value.tags).to.have.length(20_000);
    });

    it('refuses a sparse array by its length, without walking it', () => {
      const body: unknown[] = [];
      body.length = 1_000_000_000;
      expect(errorPaths(quickly(() => parseArticle({ ...BASE, body })))).to.deep.equal(['body']);
    });
  });

  describe('circular values', () => {
    it('are refused at the path of the reference', () => {
      const author: Record<string, unknown> = { name: 'A' };
      author.self = { back: author };
      expect(errorPaths(parseArticle({ ...BASE, authors: [author] }))).to.deep.equal(['authors[0].self.back']);
    });

    it('are refused even when the limits are high', () => {
      const loop: unknown[] = [];
      loop.push(loop);
      const result = quickly(() => parseArticle({ ...BASE, tags: loop }, { maxDepth: 1e6, maxTextLength: 1e9 }));
      expect(errorPaths(result)).to.deep.equal(['tags[0]']);
    });

    it('are told apart from a sub-object used twice', () => {
      const image = { src: '/a.jpg', alt: '' };
      const { value } = expectOk(parseArticle({ ...BASE, image, body: [{ type: 'figure', image }] }));
      expect(value.body).to.deep.equal([{ type: 'figure', image }]);
    });
  });

  describe('performance', () => {
    it('reads a 5 MB article in well under a second', () => {
      const paragraph = 'Hà Nội sẽ kết hợp giữa “diện” và “điểm” trong công tác dân vận. '.repeat(4);
      const body = Array.from({ length: 18_000 }, (_, index) =>
        index % 4 === 0
          ? { type: 'figure', image: { src: `/anh/${index}.jpg`, alt: 'Ảnh', width: 800, height: 600, srcset: [{ src: `/anh/${index}-400.jpg`, width: 400 }] } }
          : { type: 'paragraph', text: `${paragraph}${index}` },
      );
      const text = JSON.stringify({ ...BASE, body });
      expect(text.length).to.be.within(4_500_000, DEFAULT_LIMITS.maxTextLength);
      let blocks = 0;
      const elapsed = timed(() => {
        blocks = expectOk(parseArticle(text, { baseUrl: 'https://news.example/bai-viet/' })).value.body.length;
      });
      expect(blocks).to.equal(18_000);
      expect(elapsed).to.be.below(FAST_MS);
    });
  });
});
