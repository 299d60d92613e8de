#!/usr/bin/env node
// npx news-widgets render article.json [--rail feed.json]… [--script URL] [--lang TAG] > page.html
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Usage: news-widgets render <article.json> [--rail <feed.json>]... [--script <url>] [--lang <tag>] [--title <text>]

Writes a complete HTML page for the article to standard output: the article, its related
headlines and one rail per --rail feed, rendered on the server (readable without JavaScript),
and the script tag that loads news-widgets.js, beside the page unless --script gives its URL.
An article or feed that is not valid prints the parser's errors and exits with status 1.`;

/** Exit codes: 1 for input that cannot be read or is not valid, 2 for a command line that cannot be understood. */
const BAD_INPUT = 1;
const BAD_USAGE = 2;

function fail(message, status) {
  process.stderr.write(`${message}\n`);
  process.exit(status);
}

function readCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        rail: { type: 'string', multiple: true, default: [] },
        script: { type: 'string' },
        lang: { type: 'string' },
        title: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(`news-widgets: ${error.message}\n\n${USAGE}`, BAD_USAGE);
  }
}

async function readText(file) {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    return fail(`news-widgets: cannot read ${file} (${error.code ?? error.message})`, BAD_INPUT);
  }
}

/** The parser's value for `file`, or its errors on stderr, one `path: message` a line, and exit 1. */
function valid(file, what, result, formatProblem) {
  if (result.ok) return result.value;
  const lines = result.errors.map((problem) => formatProblem(problem));
  return fail(`news-widgets: ${file} is not a valid ${what}:\n${lines.join('\n')}`, BAD_INPUT);
}

async function render(articleFile, { rail: railFiles, script, lang, title }) {
  // Loaded only now, so that --help and usage errors answer at once.
  const { formatProblem, parseArticle, parseFeed, renderPage } = await import('../dist/esm/ssr.js');
  const article = valid(articleFile, 'article', parseArticle(await readText(articleFile)), formatProblem);
  const rails = [];
  for (const file of railFiles) {
    rails.push({ feed: valid(file, 'feed', parseFeed(await readText(file)), formatProblem) });
  }
  process.stdout.write(renderPage(article, { rails, script, lang, title }));
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { values, positionals } = readCommandLine();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
} else if (positionals[0] !== 'render' || positionals.length !== 2) {
  fail(USAGE, BAD_USAGE);
} else {
  await render(positionals[1], values);
}
