// The sample data in demo/data/ (used by the demo, stories and tests) must stay faithful to the page
// the project is modelled on: ../shared/seed/article-page.txt beside the repository. These checks read
// that seed and compare strings exactly, typographic quotes and odd spacing included.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle, parseFeed } from '../../../src/format/index.js';
import type { Article, ArticleRef, Block, Feed, Image, ParseResult } from '../../../src/format/index.js';

const REPO = new URL('../../../', import.meta.url);
const DATA = new URL('demo/data/', REPO);
const IMAGES = new URL('images/', DATA);
const SEED = new URL('../shared/seed/article-page.txt', REPO);

const ARTICLE_FILE = 'articles/ha-noi-ket-hop-dien-va-diem.json';
const NEN_XEM_FILE = 'feeds/nen-xem.json';
const TIN_KHAC_FIRST = 'feeds/tin-khac-1.json';
const BYLINE = 'Hoàng Phúc';
/** "4201 2b389c6e81347d6a2425", "4203 image gallery 5": the seed's placeholders for pictures. */
const IMAGE_LABEL = /^\d{4} \S/;
const GALLERY_LABEL = /image gallery (\d+)$/;
const MAX_SVG_BYTES = 3 * 1024;

// ---------- the seed ----------

type SeedBlock =
  | { kind: 'related'; titles: string[] }
  | { kind: 'paragraph'; text: string }
  | { kind: 'figure'; caption: string }
  | { kind: 'gallery'; caption: string; count: number };

interface SeedList {
  heading: string;
  items: { title: string; summary: string }[];
}

interface Seed {
  title: string;
  summary: string;
  blocks: SeedBlock[];
  nenXem: SeedList;
  tinKhac: SeedList;
}

let seedCache: Seed | undefined;

/** The seed page, parsed. Fails (never skips) when the file is missing: faithfulness cannot be judged without it. */
function seed(): Seed {
  if (seedCache) return seedCache;
  const path = fileURLToPath(SEED);
  if (!existsSync(path)) {
    assert.fail(
      `The seed page is missing: expected ${path} (../shared/seed/article-page.txt beside the repository). ` +
        'The sample data in demo/data/ is checked against it, so these checks cannot pass without it.',
    );
  }
  seedCache = parseSeed(readFileSync(path, 'utf8'));
  return seedCache;
}

function parseSeed(text: string): Seed {
  const lines = text.split(/\r?\n/);
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && lines[i].trim() === '') i++;
  };
  const title = lines[i++];
  skipBlank();
  const summary = lines[i++];
  // The headline links follow the sapo directly, up to the first blank line.
  const titles: string[] = [];
  while (i < lines.length && lines[i].trim() !== '') titles.push(lines[i++]);
  const blocks: SeedBlock[] = [{ kind: 'related', titles }];
  const bylineAt = lines.indexOf(BYLINE, i);
  assert.ok(bylineAt > i, `the seed has no byline line "${BYLINE}" after the title block`);
  for (; i < bylineAt; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    if (IMAGE_LABEL.test(line)) {
      const caption = lines[++i];
      const gallery = GALLERY_LABEL.exec(line);
      blocks.push(gallery ? { kind: 'gallery', caption, count: Number(gallery[1]) } : { kind: 'figure', caption });
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return {
    title,
    summary,
    blocks,
    nenXem: seedList(lines, 'Nên xem', 'Tin khác'),
    tinKhac: seedList(lines, 'Tin khác', 'Xem thêm'),
  };
}

/** A headed list of the seed: each item is its title, the same title again (the image link), then its summary. */
function seedList(lines: string[], heading: string, nextHeading: string): SeedList {
  const start = lines.indexOf(heading);
  const end = lines.indexOf(nextHeading, start + 1);
  assert.ok(start >= 0 && end > start, `the seed has no "${heading}" list ending at "${nextHeading}"`);
  const content = lines.slice(start + 1, end).filter((line) => line.trim() !== '');
  assert.equal(content.length % 3, 0, `the seed's "${heading}" list is not made of (title, title, summary) triples`);
  const items = [];
  for (let k = 0; k < content.length; k += 3) {
    assert.equal(content[k + 1], content[k], `the seed's "${heading}" item ${k / 3 + 1} does not repeat its title`);
    items.push({ title: content[k], summary: content[k + 2] });
  }
  return { heading, items };
}

// ---------- the sample data ----------

function readText(url: URL): string {
  const path = fileURLToPath(url);
  assert.ok(existsSync(path), `missing file ${path}`);
  return readFileSync(path, 'utf8');
}

function readJson<T>(name: string): T {
  return JSON.parse(readText(new URL(name, DATA))) as T;
}

const article = (): Article => readJson<Article>(ARTICLE_FILE);
const nenXem = (): Feed => readJson<Feed>(NEN_XEM_FILE);

/** The "Tin khác" pages, followed through `next`, which is relative to the page that names it. */
function tinKhacPages(): { name: string; feed: Feed }[] {
  const pages: { name: string; feed: Feed }[] = [];
  let url: URL | null = new URL(TIN_KHAC_FIRST, DATA);
  while (url) {
    assert.ok(pages.length < 20, 'the "Tin khác" pages loop');
    const name: string = url.href.slice(DATA.href.length);
    const feed: Feed = readJson<Feed>(name);
    pages.push({ name, feed });
    url = feed.next ? new URL(feed.next, url) : null;
  }
  return pages;
}

function jsonFiles(): string[] {
  return ['articles', 'feeds'].flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, DATA))
      .filter((file) => file.endsWith('.json'))
      .map((file) => `${dir}/${file}`),
  );
}

const paragraphs = (blocks: Block[]) => blocks.filter((block) => block.type === 'paragraph');

/** Every image the sample data links, with where it is. */
function allImages(): { where: string; image: Image }[] {
  const out: { where: string; image: Image }[] = [];
  const refs = (where: string, items: ArticleRef[]) =>
    items.forEach((ref, i) => ref.image && out.push({ where: `${where}[${i}].image`, image: ref.image }));
  const doc = article();
  if (doc.image) out.push({ where: `${ARTICLE_FILE} image`, image: doc.image });
  doc.body.forEach((block, i) => {
    const where = `${ARTICLE_FILE} body[${i}]`;
    if (block.type === 'figure') out.push({ where: `${where}.image`, image: block.image });
    if (block.type === 'gallery') block.images.forEach((image, k) => out.push({ where: `${where}.images[${k}]`, image }));
    if (block.type === 'related') refs(`${where}.items`, block.items);
  });
  refs(`${ARTICLE_FILE} related`, doc.related);
  refs(`${NEN_XEM_FILE} items`, nenXem().items);
  for (const { name, feed } of tinKhacPages()) refs(`${name} items`, feed.items);
  return out;
}

const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const ISO_VN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;

/** A headline: id is the slug of its title, url the article page, and a date with the Vietnamese offset. */
function assertRef(ref: ArticleRef, where: string) {
  assert.equal(ref.id, slugify(ref.title), `${where}: id is the slug of the title`);
  assert.equal(ref.url, `/bai-viet/${ref.id}.html`, `${where}: url`);
  if (ref.publishedAt !== undefined) {
    assert.match(ref.publishedAt, ISO_VN, `${where}: publishedAt`);
    assert.ok(!Number.isNaN(Date.parse(ref.publishedAt)), `${where}: publishedAt is a real date`);
  }
}

// ---------- a small XML reader, enough to prove an SVG file is well formed ----------

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
}

/** Every element of a well-formed XML document, root first; throws on anything malformed. */
function readXml(text: string): XmlElement[] {
  const elements: XmlElement[] = [];
  const open: string[] = [];
  let rootClosed = false;
  let i = 0;
  const checkText = (chunk: string) => {
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(chunk)) throw new Error('bad entity in text');
    if (chunk.trim() !== '' && (open.length === 0 || rootClosed)) throw new Error('text outside the root element');
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    checkText(lt < 0 ? text.slice(i) : text.slice(i, lt));
    if (lt < 0) break;
    if (text.startsWith('<?', lt) || text.startsWith('<!--', lt)) {
      const end = text.startsWith('<?', lt) ? '?>' : '-->';
      if (end === '?>' && elements.length > 0) throw new Error('processing instruction after the root');
      const at = text.indexOf(end, lt + 2);
      if (at < 0) throw new Error('unterminated comment or processing instruction');
      i = at + end.length;
    } else if (text.startsWith('<!', lt)) {
      throw new Error('DOCTYPE or CDATA: not expected in a placeholder image');
    } else {
      const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
      tag.lastIndex = lt;
      const m = tag.exec(text);
      if (!m) throw new Error(`malformed tag at offset ${lt}`);
      const [, closing, name, rawAttributes, selfClosing] = m;
      if (closing) {
        if (rawAttributes || selfClosing || open.pop() !== name) throw new Error(`unexpected </${name}>`);
      } else {
        if (rootClosed || (open.length === 0 && elements.length > 0)) throw new Error('more than one root element');
        const attributes: Record<string, string> = {};
        for (const a of rawAttributes.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
          if (a[1] in attributes) throw new Error(`duplicate attribute ${a[1]} on <${name}>`);
          attributes[a[1]] = a[2] ?? a[3];
        }
        elements.push({ name, attributes });
        if (!selfClosing) open.push(name);
      }
      if (open.length === 0) rootClosed = true;
      i = tag.lastIndex;
    }
  }
  if (open.length > 0) throw new Error(`unclosed <${open.at(-1)}>`);
  if (elements.length === 0) throw new Error('no root element');
  return elements;
}

// ---------- the checks ----------

describe('sample data: files', () => {
  it('are pretty-printed JSON (2 spaces, UTF-8, trailing newline)', () => {
    const files = jsonFiles();
    assert.ok(files.length >= 5, `expected the article and four feed pages, found ${files.join(', ')}`);
    for (const file of files) {
      const text = readText(new URL(file, DATA));
      assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`, `${file} is not formatted as JSON.stringify(…, null, 2) + "\\n"`);
    }
  });
});

describe('sample data: the article', () => {
  it('keeps the seed title, sapo and byline exactly', () => {
    const doc = article();
    assert.equal(doc.id, 'ha-noi-ket-hop-dien-va-diem');
    assert.equal(doc.url, `/bai-viet/${doc.id}.html`);
    assert.equal(doc.title, seed().title);
    assert.equal(doc.summary, seed().summary);
    assert.deepEqual(doc.authors, [{ name: BYLINE }]);
    assert.equal(doc.lang, 'vi');
    assert.equal(doc.publishedAt, '2020-07-15T17:30:00+07:00');
    assert.ok(doc.section, 'a section');
    assert.ok(doc.tags.length > 0 && doc.tags.every((tag) => tag.trim() === tag && tag !== ''), 'some tags');
  });

  it('has every paragraph of the seed as a paragraph block, in order, and nothing else', () => {
    const expected = seed()
      .blocks.filter((block) => block.kind === 'paragraph')
      .map((block) => block.text);
    const actual = paragraphs(article().body).map((block) => block.text);
    assert.ok(expected.length > 0, 'the seed has paragraphs');
    assert.deepEqual(actual, expected);
    assert.ok(!actual.includes(BYLINE), 'the byline is not a paragraph');
    assert.ok(paragraphs(article().body).every((block) => block.html === undefined), 'paragraphs are plain text');
  });

  it('places the headline links, the photo and the gallery where the seed has them', () => {
    const expected = seed().blocks.map((block) => block.kind);
    const actual = article().body.map((block) => block.type);
    assert.deepEqual(actual, expected);
  });

  it('keeps both captions and the gallery size of the seed', () => {
    const seedPictures = seed().blocks.filter((block) => block.kind === 'figure' || block.kind === 'gallery');
    const pictures = article().body.filter((block) => block.type === 'figure' || block.type === 'gallery');
    assert.equal(pictures.length, seedPictures.length);
    assert.equal(seedPictures.length, 2, 'the seed has one photo and one gallery');
    seedPictures.forEach((expected, i) => {
      const block = pictures[i];
      if (expected.kind === 'figure') {
        assert.ok(block.type === 'figure');
        assert.equal(block.image.caption, expected.caption);
      } else {
        assert.ok(block.type === 'gallery');
        assert.equal(block.caption, expected.caption);
        assert.equal(block.images[0].caption, expected.caption);
        assert.equal(block.images.length, expected.count);
        assert.ok(block.images.every((image) => image.caption), 'every gallery image has a caption');
      }
    });
    const figure = pictures.find((block) => block.type === 'figure');
    assert.deepEqual(article().image, figure?.image, 'the lead image is the photo');
  });

  it('gives the photos a short alt that does not repeat the caption, and a credit', () => {
    for (const block of article().body) {
      const images = block.type === 'figure' ? [block.image] : block.type === 'gallery' ? block.images : [];
      for (const image of images) {
        assert.ok(image.alt.trim().length > 0, `${image.src} needs an alt`);
        assert.notEqual(image.alt, image.caption, `${image.src}: the alt repeats the caption`);
        assert.ok(!/\.(?:jpe?g|png|svg)$|^\d{4} /i.test(image.alt), `${image.src}: the alt looks like a file name`);
        assert.equal(image.credit, BYLINE);
      }
    }
  });

  it('links the seed headline links in the body and in related', () => {
    const [first] = seed().blocks;
    assert.ok(first.kind === 'related');
    assert.equal(first.titles.length, 3);
    const block = article().body[0];
    assert.ok(block.type === 'related');
    assert.deepEqual(block.items.map((ref) => ref.title), first.titles);
    assert.deepEqual(article().related.map((ref) => ref.title), first.titles);
    block.items.forEach((ref, i) => assertRef(ref, `body[0].items[${i}]`));
    article().related.forEach((ref, i) => {
      assertRef(ref, `related[${i}]`);
      assert.equal(ref.id, block.items[i].id);
      assert.equal(ref.image?.alt, '', `related[${i}]: a thumbnail beside its headline has alt ""`);
    });
  });
});

describe('sample data: the feeds', () => {
  it('"Nên xem" has the seed items, titles and summaries exactly, in order', () => {
    const feed = nenXem();
    const expected = seed().nenXem;
    assert.equal(feed.title, expected.heading);
    assert.equal(expected.items.length, 7);
    assert.deepEqual(
      feed.items.map(({ title, summary }) => ({ title, summary })),
      expected.items,
    );
    assert.ok(feed.next === null || feed.next === undefined, 'one page only');
  });

  it('"Tin khác" has all the seed items across its pages, in order, with relative next links', () => {
    const pages = tinKhacPages();
    const expected = seed().tinKhac;
    assert.ok(pages.length >= 2, '"Xem thêm" needs a second page');
    for (const { name, feed } of pages) {
      assert.equal(feed.title, expected.heading, `${name}: title`);
      assert.ok(feed.items.length > 0, `${name}: items`);
      if (feed.next) assert.doesNotMatch(feed.next, /^(?:[a-z]+:|\/)/i, `${name}: next is relative to the feed`);
    }
    assert.equal(pages.at(-1)?.feed.next, null, 'the last page says next: null');
    assert.deepEqual(
      pages.flatMap(({ feed }) => feed.items.map(({ title, summary }) => ({ title, summary }))),
      expected.items,
    );
  });

  it('gives every feed item an id, url, thumbnail, section and date', () => {
    const feeds = [{ name: NEN_XEM_FILE, feed: nenXem() }, ...tinKhacPages()];
    const ids = new Set<string>();
    for (const { name, feed } of feeds) {
      feed.items.forEach((ref, i) => {
        const where = `${name} items[${i}]`;
        assertRef(ref, where);
        assert.ok(!ids.has(ref.id ?? ''), `${where}: duplicate id ${ref.id}`);
        ids.add(ref.id ?? '');
        assert.ok(ref.section, `${where}: section`);
        assert.ok(ref.publishedAt && ref.publishedAt >= '2025-03-28' && ref.publishedAt < '2025-04-01', `${where}: date`);
        assert.equal(ref.image?.alt, '', `${where}: the thumbnail would repeat the headline, so alt ""`);
        assert.ok(ref.image?.width && ref.image.height, `${where}: thumbnail size`);
      });
    }
  });
});

describe('sample data: the images', () => {
  it('every image src points to an existing file under demo/data/images, with its real size', () => {
    for (const { where, image } of allImages()) {
      const match = /^\/data\/images\/([\w.-]+\.svg)$/.exec(image.src);
      assert.ok(match, `${where}: src ${image.src} is not /data/images/<name>.svg`);
      const file = new URL(match[1], IMAGES);
      assert.ok(existsSync(file), `${where}: ${fileURLToPath(file)} does not exist`);
      const [root] = readXml(readText(file));
      assert.equal(Number(root.attributes.width), image.width, `${where}: width`);
      assert.equal(Number(root.attributes.height), image.height, `${where}: height`);
    }
  });

  it('every image file is a small, well-formed, self-contained SVG with width, height and viewBox', () => {
    const files = readdirSync(IMAGES);
    assert.ok(files.length > 0, 'demo/data/images is empty');
    const linked = new Set(allImages().map(({ image }) => image.src.replace('/data/images/', '')));
    for (const file of files) {
      const url = new URL(file, IMAGES);
      assert.ok(file.endsWith('.svg'), `${file}: only SVG files`);
      assert.ok(linked.has(file), `${file} is not used by any sample document`);
      assert.ok(statSync(url).size < MAX_SVG_BYTES, `${file} is ${statSync(url).size} bytes (limit ${MAX_SVG_BYTES})`);
      let elements: XmlElement[] = [];
      assert.doesNotThrow(() => (elements = readXml(readText(url))), `${file} is not well-formed XML`);
      const [root] = elements;
      assert.equal(root.name, 'svg', `${file}: root element`);
      assert.equal(root.attributes.xmlns, 'http://www.w3.org/2000/svg', `${file}: SVG namespace`);
      const { width, height, viewBox } = root.attributes;
      assert.match(width ?? '', /^\d+$/, `${file}: width`);
      assert.match(height ?? '', /^\d+$/, `${file}: height`);
      assert.equal(viewBox, `0 0 ${width} ${height}`, `${file}: viewBox`);
      for (const { name, attributes } of elements) {
        assert.ok(!['script', 'foreignObject', 'image', 'use', 'a'].includes(name), `${file}: no <${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          assert.ok(!/^on/i.test(attribute), `${file}: no ${attribute} handler`);
          assert.ok(!/href$/i.test(attribute) || value.startsWith('#'), `${file}: no external reference`);
          assert.ok(!/url\((?!#)/.test(value), `${file}: no external url() in ${attribute}`);
        }
      }
    }
  });
});

describe('sample data: the parser', () => {
  const check = (name: string, result: ParseResult<unknown>) => {
    assert.ok(result.ok, `${name} does not parse: ${result.ok ? '' : JSON.stringify(result.errors)}`);
    assert.deepEqual(result.warnings, [], `${name} parses with warnings`);
  };

  it('parses the article with ok: true and no warnings', () => {
    check(ARTICLE_FILE, parseArticle(readText(new URL(ARTICLE_FILE, DATA))));
  });

  it('parses every feed page with ok: true and no warnings', () => {
    // As the demo serves them: the base URL is the page's own URL, so the relative `next` resolves.
    const base = 'http://127.0.0.1:8000/data/';
    for (const name of [NEN_XEM_FILE, ...tinKhacPages().map((page) => page.name)]) {
      const result = parseFeed(readText(new URL(name, DATA)), { baseUrl: base + name });
      check(name, result);
      if (result.ok && name.startsWith('feeds/tin-khac-') && result.value.next) {
        assert.match(result.value.next, /^http:\/\/127\.0\.0\.1:8000\/data\/feeds\/tin-khac-\d\.json$/, `${name}: next`);
      }
    }
  });
});
