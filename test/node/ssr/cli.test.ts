// `npx news-widgets render`: the command as a user runs it, on the sample data and on bad input.
// (npm test builds first: the command loads dist/esm/ssr.js.)
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { formatProblem, parseArticle, type Article, type Feed } from '../../../src/ssr.js';
import { launchChromium, watchPageErrors } from '../helpers/browser.js';
import { attributeValues, textOf } from './html-text.js';
import { serveSsrSite } from './ssr-site.js';

const ARTICLE_FILE = 'demo/data/articles/ha-noi-ket-hop-dien-va-diem.json';
const FEED_FILE = 'demo/data/feeds/nen-xem.json';
const ARTICLE: Article = JSON.parse(readFileSync(ARTICLE_FILE, 'utf8'));
const FEED: Feed = JSON.parse(readFileSync(FEED_FILE, 'utf8'));
const BAD = 'test/fixtures/articles/bad/';

/** Runs the command; resolves with its status and output whatever the status. */
async function newsWidgets(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['bin/news-widgets.mjs', ...args]);
    return { status: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { status: code, stdout, stderr };
  }
}

describe('news-widgets render', () => {
  it('writes a complete page for the sample article and a rail', async () => {
    const { status, stdout, stderr } = await newsWidgets('render', ARTICLE_FILE, '--rail', FEED_FILE);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.match(stdout, /^<!doctype html>\s*<html lang="vi">/);
    assert.ok(stdout.includes(`<title>${ARTICLE.title}</title>`));
    assert.ok(stdout.includes('<script type="module" src="news-widgets.js"></script>'));
    const text = textOf(stdout);
    for (const block of ARTICLE.body) if (block.type === 'paragraph') assert.ok(text.includes(block.text!));
    const hrefs = attributeValues(stdout, 'href');
    for (const item of [...ARTICLE.related, ...FEED.items]) assert.ok(hrefs.includes(item.url), item.url);
    assert.ok(text.includes('Nên xem'), "the feed's title heads its rail");
  });

  it('loads the bundle from --script, in the language of --lang', async () => {
    const { status, stdout } = await newsWidgets('render', ARTICLE_FILE, '--script', 'https://cdn.example/news-widgets.js', '--lang', 'en');
    assert.equal(status, 0);
    assert.ok(stdout.includes('<script type="module" src="https://cdn.example/news-widgets.js"></script>'));
    assert.match(stdout, /<html lang="en">/);
    assert.ok(textOf(stdout).includes('You may be interested'));
  });

  it("prints the parser's errors for every bad article, and exits 1", async () => {
    const files = readdirSync(BAD).filter((file) => file.endsWith('.json'));
    assert.ok(files.length > 20);
    const runs = await Promise.all(files.map((file) => newsWidgets('render', BAD + file)));
    files.forEach((file, index) => {
      const { status, stdout, stderr } = runs[index];
      const result = parseArticle(readFileSync(BAD + file, 'utf8'));
      assert.ok(!result.ok, file);
      assert.equal(status, 1, file);
      assert.equal(stdout, '', file);
      const [heading, ...lines] = stderr.trimEnd().split('\n');
      assert.equal(heading, `news-widgets: ${BAD + file} is not a valid article:`);
      assert.deepEqual(lines, result.errors.map(formatProblem), file);
    });
  });

  it('says which feed is not valid', async () => {
    const { status, stderr } = await newsWidgets('render', ARTICLE_FILE, '--rail', 'test/fixtures/feeds/rss.xml');
    assert.equal(status, 1);
    assert.match(stderr, /^news-widgets: test\/fixtures\/feeds\/rss.xml is not a valid feed:\n./);
  });

  it('says what it cannot read, and how it is used', async () => {
    const missing = await newsWidgets('render', 'no-such-article.json');
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read no-such-article.json \(ENOENT\)/);
    for (const args of [[], ['render'], ['publish', ARTICLE_FILE], ['render', ARTICLE_FILE, '--bogus']]) {
      const { status, stderr } = await newsWidgets(...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /Usage: news-widgets render <article.json>/);
    }
    const help = await newsWidgets('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage:/);
  });
});

describe('the page it writes, in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveSsrSite>>;
  before(async () => {
    const { stdout } = await newsWidgets('render', ARTICLE_FILE, '--rail', FEED_FILE);
    site = await serveSsrSite({ 'page.html': stdout });
  });
  after(() => site.close());

  it('runs the bundle beside it without an error, and the article stays as rendered', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors = watchPageErrors(page);
      await page.goto(`${site.url}/page.html`);
      await page.waitForFunction(() => (document.querySelector('news-article') as { hasUpdated?: boolean } | null)?.hasUpdated);
      assert.equal(await page.locator('news-article h1').innerText(), ARTICLE.title);
      assert.equal(await page.locator('news-article > script[type="application/ld+json"]').count(), 1, 'one JSON-LD, not two');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
