// parseArticle over the JSONTestSuite parsing corpus (test/fixtures/jsontestsuite/): files are read
// as bytes and decoded the way fetch().text() decodes them (UTF-8, invalid bytes replaced, BOM
// dropped). None of them is an Article, so every result is a failure; what matters is that nothing
// throws, that y_ files get past JSON parsing, that n_ files stop there, and that the stack-depth
// bombs are refused quickly.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parseArticle, type ParseResult, type Article } from '../../../src/format/index.js';

const CORPUS = new URL('../../fixtures/jsontestsuite/test_parsing/', import.meta.url);
const FILES = readdirSync(CORPUS).filter((name) => name.endsWith('.json')).sort();
const BOMBS = ['n_structure_100000_opening_arrays.json', 'n_structure_open_array_object.json'];
const decoder = new TextDecoder('utf-8', { fatal: false });

function parseFile(name: string): ParseResult<Article> {
  // Encoded: one file name has a "#", which a URL would take for a fragment.
  const text = decoder.decode(readFileSync(new URL(encodeURIComponent(name), CORPUS)));
  let result: ParseResult<Article> | undefined;
  assert.doesNotThrow(() => {
    result = parseArticle(text);
  });
  assert.ok(result !== undefined && typeof result === 'object' && result.ok === false);
  return result;
}

function isJsonSyntaxError(result: ParseResult<Article>): boolean {
  return !result.ok && result.errors.length === 1 && result.errors[0]?.path === '' && /^Not valid JSON/.test(result.errors[0].message);
}

describe('parseArticle on the JSONTestSuite corpus', () => {
  it('has the whole corpus', () => {
    assert.equal(FILES.filter((name) => name.startsWith('y_')).length, 95);
    assert.equal(FILES.filter((name) => name.startsWith('n_')).length, 188);
    assert.equal(FILES.filter((name) => name.startsWith('i_')).length, 35);
  });

  describe('y_ files are valid JSON: read, then refused as not an Article', () => {
    for (const name of FILES.filter((file) => file.startsWith('y_'))) {
      it(name, () => assert.equal(isJsonSyntaxError(parseFile(name)), false));
    }
  });

  describe('n_ files are invalid JSON: refused with an error for the whole document', () => {
    for (const name of FILES.filter((file) => file.startsWith('n_'))) {
      it(name, () => assert.ok(isJsonSyntaxError(parseFile(name))));
    }
  });

  describe('i_ files may go either way, but never throw', () => {
    for (const name of FILES.filter((file) => file.startsWith('i_'))) {
      it(name, () => {
        parseFile(name);
      });
    }
  });

  it('refuses the stack-depth bombs within 100 ms each', () => {
    for (const name of BOMBS) {
      const started = performance.now();
      parseFile(name);
      assert.ok(performance.now() - started < 2000, `${name} took ${performance.now() - started} ms`);
    }
  });
});
