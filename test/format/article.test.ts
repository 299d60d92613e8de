import { expect } from '@open-wc/testing';
import { DEFAULT_LANG, parseArticle, parseArticleRef, parseImage, toArticleRef, type Article } from '../../src/format/index.js';
import { errorPaths, expectErrors, expectOk, timed, warningPaths } from './expect-result.js';

const BASE = { id: 'ha-noi-dan-van', title: 'Hà Nội sẽ kết hợp giữa “diện” và “điểm” trong công tác dân vận' };
const IMAGE = { src: 'https://news.example/a.jpg', alt: 'Ảnh' };

function withFields(fields: Record<string, unknown>): Record<string, unknown> {
  return { ...BASE, ...fields };
}

async function fixture(path: string): Promise<string> {
  const response = await fetch(new URL(path, new URL('/', location.href)));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

describe('parseArticle', () => {
  describe('valid documents', () => {
    it('reads the smallest article and fills in the defaults', () => {
      const { value, warnings } = expectOk(parseArticle(BASE));
      expect(value).to.deep.equal({ ...BASE, lang: 'vi', authors: [], body: [], related: [], tags: [] });
      expect(warnings).to.deep.equal([]);
      expect(DEFAULT_LANG).to.equal('vi');
    });

    it('reads JSON text the same as the value', () => {
      const document = withFields({ tags: ['Hà Nội'], body: [{ type: 'paragraph', text: 'Văn bản' }] });
      expect(expectOk(parseArticle(JSON.stringify(document))).value).to.deep.equal(expectOk(parseArticle(document)).value);
    });

    it('accepts JSON text that starts with a byte order mark', () => {
      expect(expectOk(parseArticle(`\uFEFF${JSON.stringify(BASE)}`)).value.id).to.equal(BASE.id);
    });

    it('keeps every field of the format', () => {
      const document = {
        ...BASE,
        url: 'https://news.example/a.html',
        summary: 'Sapo',
        section: 'Thời sự',
        lang: 'en-GB',
        publishedAt: '2020-07-15T18:30:00+07:00',
        updatedAt: '2020-07-15T20:05:12.250Z',
        authors: [{ name: 'Hoàng Phúc', url: 'https://news.example/tac-gia' }],
        image: { ...IMAGE, width: 1200, height: 800, caption: 'Chú thích', credit: 'Hoàng Phúc', srcset: [{ src: 'https://news.example/a-600.jpg', width: 600 }] },
        body: [
          { type: 'paragraph', text: 'Văn bản', html: 'Văn <b>bản</b>' },
          { type: 'heading', text: 'Mục', level: 3 },
          { type: 'figure', image: IMAGE },
          { type: 'gallery', images: [IMAGE, IMAGE], caption: 'Bộ ảnh' },
          { type: 'quote', text: 'Trích dẫn', cite: 'Ai đó' },
          { type: 'list', ordered: true, items: ['một', 'hai'] },
          { type: 'related', title: 'Tin liên quan', items: [{ url: 'https://news.example/b.html', title: 'B' }] },
          { type: 'html', html: '<p>HTML</p>' },
        ],
        related: [{ id: 'c', url: 'https://news.example/c.html', title: 'C', summary: 'Tóm tắt', image: IMAGE, section: 'Đô thị', publishedAt: '2020-07-10T08:00:00Z' }],
        tags: ['Hà Nội'],
      };
      expect(expectOk(parseArticle(document)).value).to.deep.equal(document);
    });

    it('fills in block defaults: heading level 2, unordered lists', () => {
      const { value } = expectOk(parseArticle(withFields({ body: [{ type: 'heading', text: 'Mục' }, { type: 'list', items: ['a'] }] })));
      expect(value.body).to.deep.equal([
        { type: 'heading', text: 'Mục', level: 2 },
        { type: 'list', ordered: false, items: ['a'] },
      ]);
    });

    it('treats null as absent for optional fields', () => {
      const { value } = expectOk(parseArticle(withFields({ url: null, lang: null, image: null, body: null, tags: null })));
      expect(value).to.deep.equal({ ...BASE, lang: 'vi', authors: [], body: [], related: [], tags: [] });
    });

    it('returns fresh objects with only the known fields', () => {
      const document = JSON.parse(
        '{"id":"a","title":"T","__proto__":{"polluted":true},"extra":1,"image":{"src":"/a.jpg","alt":"","onerror":"x"},"body":[{"type":"paragraph","text":"x","style":"y"}]}',
      ) as Record<string, unknown>;
      const { value } = expectOk(parseArticle(document));
      expect(Object.keys(value)).to.deep.equal(['id', 'title', 'lang', 'authors', 'image', 'body', 'related', 'tags']);
      expect(value.image).to.deep.equal({ src: '/a.jpg', alt: '' });
      expect(value.body).to.deep.equal([{ type: 'paragraph', text: 'x' }]);
      expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(value.image).not.to.equal(document.image);
    });

    it('reads only own properties, never inherited ones', () => {
      const document = Object.assign(Object.create({ url: 'javascript:alert(1)', summary: 'inherited' }) as object, BASE);
      expect(expectOk(parseArticle(document)).value).not.to.have.property('summary');
    });
  });

  describe('unknown block types', () => {
    it('are skipped with a warning at body[i].type', () => {
      const result = parseArticle(
        withFields({ body: [{ type: 'paragraph', text: 'Trước' }, { type: 'video', src: 'javascript:x' }, { type: 'paragraph', text: 'Sau' }] }),
      );
      expect(expectOk(result).value.body).to.deep.equal([
        { type: 'paragraph', text: 'Trước' },
        { type: 'paragraph', text: 'Sau' },
      ]);
      expect(warningPaths(result)).to.deep.equal(['body[1].type']);
      expect(expectOk(result).warnings[0]?.message).to.contain('"video"');
    });
  });

  describe('relative URLs', () => {
    const document = withFields({
      url: '/bai-viet/a.html',
      image: { src: '../images/a.jpg', alt: '', srcset: [{ src: 'a-600.jpg', width: 600 }] },
      authors: [{ name: 'A', url: '?tac-gia=a' }],
      related: [{ url: '//cdn.example/b.html', title: 'B' }],
    });

    it('resolve against options.baseUrl', () => {
      const { value } = expectOk(parseArticle(document, { baseUrl: 'https://news.example/api/articles/a.json' }));
      expect(value.url).to.equal('https://news.example/bai-viet/a.html');
      expect(value.image?.src).to.equal('https://news.example/api/images/a.jpg');
      expect(value.image?.srcset?.[0]?.src).to.equal('https://news.example/api/articles/a-600.jpg');
      expect(value.authors[0]?.url).to.equal('https://news.example/api/articles/a.json?tac-gia=a');
      expect(value.related[0]?.url).to.equal('https://cdn.example/b.html');
    });

    it('stay relative without a base URL', () => {
      const { value } = expectOk(parseArticle(document));
      expect(value.url).to.equal('/bai-viet/a.html');
      expect(value.related[0]?.url).to.equal('//cdn.example/b.html');
    });

    it('stay relative, with a warning, when the base URL is not absolute http(s)', () => {
      const result = parseArticle(document, { baseUrl: 'file:///home/a.json' });
      expect(expectOk(result).value.url).to.equal('/bai-viet/a.html');
      expect(warningPaths(result)).to.deep.equal(['']);
    });

    it('come back normalized when absolute', () => {
      expect(expectOk(parseArticle(withFields({ url: ' HTTPS://News.Example/a b ' }))).value.url).to.equal('https://news.example/a%20b');
    });
  });

  describe('errors', () => {
    const cases: [string, Record<string, unknown>, string[]][] = [
      ['id missing', { id: undefined }, ['id']],
      ['id blank', { id: '  ' }, ['id']],
      ['id not a string', { id: 7 }, ['id']],
      ['title missing', { title: null }, ['title']],
      ['title not a string', { title: ['a'] }, ['title']],
      ['url with a bad scheme', { url: 'javascript:alert(1)' }, ['url']],
      ['summary not a string', { summary: 1 }, ['summary']],
      ['section not a string', { section: {} }, ['section']],
      ['lang not a language tag', { lang: 'Tiếng Việt' }, ['lang']],
      ['lang not a string', { lang: 1 }, ['lang']],
      ['publishedAt without offset', { publishedAt: '2020-07-15T10:00:00' }, ['publishedAt']],
      ['updatedAt not ISO 8601', { updatedAt: 'Wed, 15 Jul 2020 10:00:00 +0700' }, ['updatedAt']],
      ['publishedAt on February 29 of a common year', { publishedAt: '2021-02-29T10:00:00Z' }, ['publishedAt']],
      ['authors not an array', { authors: 'Hoàng Phúc' }, ['authors']],
      ['author not an object', { authors: ['Hoàng Phúc'] }, ['authors[0]']],
      ['author without name', { authors: [{ name: 'A' }, { url: '/a' }] }, ['authors[1].name']],
      ['author url bad', { authors: [{ name: 'A', url: 'data:,x' }] }, ['authors[0].url']],
      ['image not an object', { image: 'https://news.example/a.jpg' }, ['image']],
      ['image without src and alt', { image: {} }, ['image.src', 'image.alt']],
      ['image alt not a string', { image: { src: '/a.jpg', alt: null } }, ['image.alt']],
      ['image src bad', { image: { src: 'vbscript:x', alt: '' } }, ['image.src']],
      ['image sizes', { image: { ...IMAGE, width: 0, height: '600' } }, ['image.width', 'image.height']],
      ['image width not whole', { image: { ...IMAGE, width: 1.5 } }, ['image.width']],
      ['image caption and credit not strings', { image: { ...IMAGE, caption: 1, credit: false } }, ['image.caption', 'image.credit']],
      ['srcset not an array', { image: { ...IMAGE, srcset: 'a.jpg 600w' } }, ['image.srcset']],
      ['srcset entry incomplete', { image: { ...IMAGE, srcset: [{}, { src: '/b.jpg', width: -5 }] } }, ['image.srcset[0].src', 'image.srcset[0].width', 'image.srcset[1].width']],
      ['body not an array', { body: {} }, ['body']],
      ['block not an object', { body: [null] }, ['body[0]']],
      ['block without type', { body: [{ text: 'x' }] }, ['body[0].type']],
      ['block type not a string', { body: [{ type: 1 }] }, ['body[0].type']],
      ['paragraph empty', { body: [{ type: 'paragraph' }] }, ['body[0]']],
      ['paragraph text blank', { body: [{ type: 'paragraph', text: '' }] }, ['body[0].text']],
      ['paragraph html not a string', { body: [{ type: 'paragraph', text: 'a', html: 1 }] }, ['body[0].html']],
      ['heading without text', { body: [{ type: 'heading', level: 2 }] }, ['body[0].text']],
      ['heading level 1', { body: [{ type: 'heading', text: 'a', level: 1 }] }, ['body[0].level']],
      ['heading level 5', { body: [{ type: 'heading', text: 'a', level: 5 }] }, ['body[0].level']],
      ['figure without image', { body: [{ type: 'figure' }] }, ['body[0].image']],
      ['figure image bad', { body: [{ type: 'figure', image: { src: 'javascript:x', alt: '' } }] }, ['body[0].image.src']],
      ['gallery without images', { body: [{ type: 'gallery' }] }, ['body[0].images']],
      ['gallery images empty', { body: [{ type: 'gallery', images: [] }] }, ['body[0].images']],
      ['gallery image bad', { body: [{ type: 'gallery', images: [IMAGE, { src: '/a.jpg' }], caption: 3 }] }, ['body[0].images[1].alt', 'body[0].caption']],
      ['quote without text', { body: [{ type: 'quote', cite: 'A' }] }, ['body[0].text']],
      ['quote cite not a string', { body: [{ type: 'quote', text: 'a', cite: 1 }] }, ['body[0].cite']],
      ['list without items', { body: [{ type: 'list' }] }, ['body[0].items']],
      ['list items not strings', { body: [{ type: 'list', items: ['a', 1, null] }] }, ['body[0].items[1]', 'body[0].items[2]']],
      ['list ordered not boolean', { body: [{ type: 'list', ordered: 1, items: ['a'] }] }, ['body[0].ordered']],
      ['related block without items', { body: [{ type: 'related' }] }, ['body[0].items']],
      ['related block item bad', { body: [{ type: 'related', items: [{ url: 'javascript:x', title: 'a' }] }] }, ['body[0].items[0].url']],
      ['html block blank', { body: [{ type: 'html', html: ' ' }] }, ['body[0].html']],
      ['related not an array', { related: 'a' }, ['related']],
      ['related item without url and title', { related: [{}] }, ['related[0].url', 'related[0].title']],
      ['related item fields', { related: [{ url: '/a', title: 'a', id: '', summary: 1, image: {}, section: 1, publishedAt: 'hôm qua' }] }, [
        'related[0].id', 'related[0].summary', 'related[0].image.src', 'related[0].image.alt', 'related[0].section', 'related[0].publishedAt',
      ]],
      ['tags not strings', { tags: ['a', 2, ''] }, ['tags[1]', 'tags[2]']],
    ];
    for (const [name, fields, paths] of cases) {
      it(`${name}: ${paths.join(', ')}`, () => {
        expect(errorPaths(parseArticle(withFields(fields)))).to.deep.equal(paths);
      });
    }

    it('reports every problem of a document, in document order', () => {
      const result = parseArticle({ title: 5, url: 'javascript:x', body: [{ type: 'heading' }, { type: 'figure', image: { src: 'data:x', alt: 1 } }], tags: [1] });
      expect(errorPaths(result)).to.deep.equal(['id', 'title', 'url', 'body[0].text', 'body[1].image.src', 'body[1].image.alt', 'tags[0]']);
    });

    it('explains each problem in words', () => {
      const [missing, wrongType, badUrl] = expectErrors(parseArticle({ title: 5, url: ' JaVaScRiPt:alert(1)' }));
      expect(missing?.message).to.match(/required/);
      expect(wrongType?.message).to.match(/string, not a number/);
      expect(badUrl?.message).to.match(/"javascript:"/);
    });

    it('refuses anything that is not an object, at path ""', () => {
      for (const input of [undefined, null, 42, true, [], '[]', '"text"', '']) {
        expect(errorPaths(parseArticle(input))).to.deep.equal(['']);
      }
    });

    it('refuses text that is not JSON', () => {
      const [problem] = expectErrors(parseArticle('{"id": "a", "title": }'));
      expect(problem?.path).to.equal('');
      expect(problem?.message).to.match(/^Not valid JSON/);
    });
  });

  describe('never throws', () => {
    it('turns an exception from a getter into an error at ""', () => {
      const document = { ...BASE };
      Object.defineProperty(document, 'summary', { enumerable: true, get: () => { throw new Error('boom'); } });
      const [problem] = expectErrors(parseArticle(document));
      expect(problem?.path).to.equal('');
      expect(problem?.message).to.contain('boom');
    });

    it('turns a Proxy that throws into an error at ""', () => {
      const trap = () => { throw new TypeError('trap'); };
      expect(errorPaths(parseArticle(new Proxy({}, { ownKeys: trap, get: trap, has: trap, getOwnPropertyDescriptor: trap })))).to.deep.equal(['']);
    });

    it('survives odd options', () => {
      const odd = { baseUrl: 42, maxDepth: 'deep', maxStringLength: -1, maxArrayLength: Number.NaN } as unknown as Parameters<typeof parseArticle>[1];
      expect(expectOk(parseArticle(BASE, odd)).warnings.map((problem) => problem.path)).to.deep.equal(['']);
    });

    it('reads the sample article quickly', async () => {
      const text = await fixture('demo/data/articles/ha-noi-ket-hop-dien-va-diem.json');
      let article: Article | undefined;
      const elapsed = timed(() => {
        for (let round = 0; round < 20; round += 1) article = expectOk(parseArticle(text)).value;
      });
      expect(article?.body.length).to.be.greaterThan(5);
      expect(elapsed / 20).to.be.below(500); // no blow-up; speed is for the bench
    });
  });
});

describe('parseArticleRef', () => {
  it('reads an ArticleRef', () => {
    const ref = { id: 'a', url: '/a.html', title: 'A', summary: 'S', image: IMAGE, section: 'X', publishedAt: '2020-07-15T10:00:00Z' };
    expect(expectOk(parseArticleRef(ref)).value).to.deep.equal(ref);
  });

  it('reads an Article with a url as an ArticleRef, leaving out the rest', () => {
    const { value } = expectOk(parseArticleRef(JSON.stringify({ ...BASE, url: '/a.html', body: [{ type: 'nope' }], tags: ['x'] }), { baseUrl: 'https://news.example/' }));
    expect(value).to.deep.equal({ id: BASE.id, url: 'https://news.example/a.html', title: BASE.title });
  });

  it('needs url and title', () => {
    expect(errorPaths(parseArticleRef({ id: 'a' }))).to.deep.equal(['url', 'title']);
  });
});

describe('toArticleRef', () => {
  it('gives the ArticleRef of an Article with a url', () => {
    const article = expectOk(parseArticle(withFields({ url: '/a.html', summary: 'S', tags: ['x'] }))).value;
    expect(toArticleRef(article)).to.deep.equal({ id: BASE.id, url: '/a.html', title: BASE.title, summary: 'S' });
  });

  it('gives undefined for an Article without a url', () => {
    expect(toArticleRef(expectOk(parseArticle(BASE)).value)).to.equal(undefined);
  });
});

describe('parseImage', () => {
  it('reads an Image, alt "" included', () => {
    expect(expectOk(parseImage({ src: '/a.jpg', alt: '', width: 640, height: 480 }, { baseUrl: 'https://news.example/x/' })).value).to.deep.equal({
      src: 'https://news.example/a.jpg',
      alt: '',
      width: 640,
      height: 480,
    });
  });

  it('reports problems at paths relative to the image', () => {
    expect(errorPaths(parseImage({ src: 'javascript:x', width: '640' }))).to.deep.equal(['src', 'alt', 'width']);
  });
});
