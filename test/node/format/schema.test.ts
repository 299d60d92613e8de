// schema/article.schema.json and parseArticle must agree: every fixture under
// test/fixtures/articles/good/ passes both, every one under bad/ fails both (at the paths listed
// here). Run with: node --import tsx --test test/node/**/*.test.ts
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseArticle, resolveUrl } from '../../../src/format/index.js';
import { LANG_PATTERN } from '../../../src/format/article.js';
import { ISO_DATE_TIME_PATTERN } from '../../../src/format/dates.js';

const REPO = new URL('../../../', import.meta.url);
const FIXTURES = new URL('test/fixtures/articles/', REPO);
const SCHEMA = JSON.parse(readFileSync(new URL('schema/article.schema.json', REPO), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(SCHEMA, 'article');
const validateArticle = ajv.getSchema('article') ?? assert.fail('the schema did not compile');
const validateUrl = ajv.compile({ $ref: 'article#/$defs/Url' });
const validateFeed = ajv.compile({ $ref: 'article#/$defs/Feed' });

/** The error paths parseArticle must report for each bad fixture, in order. */
const EXPECTED_ERRORS: Record<string, string[]> = {
  'not-an-object': [''],
  'missing-id': ['id'],
  'missing-title': ['title'],
  'blank-title': ['title'],
  'id-not-a-string': ['id'],
  'javascript-url': ['url'],
  'obfuscated-javascript-url': ['image.src'],
  'tab-in-javascript-url': ['authors[0].url'],
  'control-character-before-javascript-url': ['url'],
  'data-url-image': ['body[1].image.src'],
  'vbscript-related': ['related[0].url'],
  'file-and-blob-srcset': ['image.srcset[0].src', 'image.srcset[1].src'],
  'empty-url': ['url'],
  'date-without-offset': ['publishedAt'],
  'date-not-iso': ['updatedAt'],
  'date-february-30': ['publishedAt'],
  'heading-level-5': ['body[0].level'],
  'heading-level-as-string': ['body[0].level'],
  'heading-without-text': ['body[0].text'],
  'list-items-not-strings': ['body[0].items[1]'],
  'list-without-items': ['body[0].items'],
  'list-ordered-not-boolean': ['body[0].ordered'],
  'empty-gallery': ['body[0].images'],
  'figure-without-image': ['body[0].image'],
  'quote-without-text': ['body[0].text'],
  'blank-html-block': ['body[0].html'],
  'related-block-without-items': ['body[0].items'],
  'paragraph-without-text-or-html': ['body[0]'],
  'block-without-type': ['body[0].type', 'body[1].type'],
  'block-not-an-object': ['body[0]'],
  'image-without-alt': ['image.alt'],
  'image-sizes-not-positive-integers': ['image.width', 'image.height'],
  'srcset-without-width': ['image.srcset[0].width'],
  'bad-language-tag': ['lang'],
  'authors-not-an-array': ['authors'],
  'author-without-name': ['authors[0].name'],
  'tags-not-strings': ['tags[1]', 'tags[2]'],
  'related-without-title': ['related[0].title'],
  'summary-not-a-string': ['summary'],
  'many-problems-at-once': ['id', 'title', 'url', 'body[0].text', 'body[1].image.src', 'body[1].image.alt', 'tags[0]'],
};

function fixtures(kind: 'good' | 'bad'): { name: string; document: unknown }[] {
  const folder = new URL(`${kind}/`, FIXTURES);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: file.slice(0, -'.json'.length), document: JSON.parse(readFileSync(new URL(file, folder), 'utf8')) }));
}

function schemaErrors(): string {
  return ajv.errorsText(validateArticle.errors, { separator: '\n' });
}

describe('schema/article.schema.json and parseArticle', () => {
  it('have enough fixtures to mean something', () => {
    assert.ok(fixtures('good').length >= 10);
    assert.ok(fixtures('bad').length >= 10);
    assert.deepEqual(Object.keys(EXPECTED_ERRORS).sort(), fixtures('bad').map(({ name }) => name));
  });

  describe('both accept every good document', () => {
    for (const { name, document } of fixtures('good')) {
      it(name, () => {
        const result = parseArticle(document);
        assert.ok(result.ok, `parseArticle refused it: ${JSON.stringify(!result.ok && result.errors)}`);
        assert.ok(validateArticle(document), `the schema refused it:\n${schemaErrors()}`);
      });
    }
  });

  describe('both refuse every bad document', () => {
    for (const { name, document } of fixtures('bad')) {
      it(name, () => {
        const result = parseArticle(document);
        assert.equal(result.ok, false, 'parseArticle accepted it');
        assert.deepEqual(!result.ok && result.errors.map((problem) => problem.path), EXPECTED_ERRORS[name]);
        assert.equal(validateArticle(document), false, 'the schema accepted it');
      });
    }
  });

  it('agree on the demo article', () => {
    const text = readFileSync(new URL('demo/data/articles/ha-noi-ket-hop-dien-va-diem.json', REPO), 'utf8');
    assert.ok(parseArticle(text).ok);
    assert.ok(validateArticle(JSON.parse(text)), schemaErrors());
  });

  it('agree on the demo feeds', () => {
    const folder = new URL('demo/data/feeds/', REPO);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
      assert.ok(validateFeed(JSON.parse(readFileSync(new URL(file, folder), 'utf8'))), `${file}: ${ajv.errorsText(validateFeed.errors)}`);
    }
  });

  it('agree on which URLs are acceptable', () => {
    const urls = [
      'https://news.example/a', 'HTTP://news.example', ' https://news.example ', 'ht\ttps://news.example', '\nhttp://x.example',
      '/a', 'a/b', '../a', '?q=1', '#top', '//cdn.example/a.jpg', './a:b', 'a%3Ab', 'javascript\u0001:x', '\u00a0javascript:x',
      'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0000javascript:x',
      '\u0001 \u001fjavascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x/1', 'mailto:a@b',
      'tel:123', 'ftp://x', 'httpx://x', 'https+x://x', 'a:b', '', ' ', '\t\n', '\u0001',
    ];
    for (const url of urls) {
      assert.equal(validateUrl(url), resolveUrl(url).ok, `they disagree on ${JSON.stringify(url)}`);
    }
  });

  it('share the date and language patterns', () => {
    assert.equal(SCHEMA.$defs.DateTime.pattern, ISO_DATE_TIME_PATTERN.source);
    assert.equal(SCHEMA.$defs.LanguageTag.pattern, LANG_PATTERN.source);
  });
});
