// npm run bench: the performance figures, printed as markdown tables. Never part of npm test.
//
// Every bench/*.bench.mjs is one figure. It exports `title` and `run(context)`, where context is
// { browser, baseUrl, log } — a Chromium (playwright-core), the URL this script serves the
// repository at, and a progress logger (stderr) — and run resolves to
// { columns, rows, notes?, failed? }: a table, lines printed under it, and whether a budget was missed.
//
//   npm run bench                 every figure
//   npm run bench -- rail         only the figures whose file name contains "rail"
//   npm run bench -- --strict     exit 1 when a figure misses its budget
//
// Nothing is built here: the pages load dist/ (run `npm run build` first).
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './lib/browser.mjs';
import { describeMachine } from './lib/machine.mjs';
import { serve } from './lib/server.mjs';
import { markdownTable } from './lib/stats.mjs';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const filters = args.filter((arg) => !arg.startsWith('--'));

if (!existsSync(new URL('../dist/esm/index.js', import.meta.url))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}

const files = readdirSync(BENCH_DIR)
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();
if (files.length === 0) {
  console.error(`No benchmark matches ${filters.join(', ')}.`);
  process.exit(1);
}

const log = (line) => process.stderr.write(`${line}\n`);
const server = await serve(ROOT);
const browser = await launchChromium();
let failed = false;
try {
  const output = ['# news-widgets benchmarks', '', markdownTable(['machine', ''], describeMachine(browser))];
  for (const file of files) {
    const figure = await import(pathToFileURL(`${BENCH_DIR}${file}`).href);
    log(`▶ ${figure.title}`);
    const result = await figure.run({ browser, baseUrl: server.url, log });
    failed ||= Boolean(result.failed);
    output.push('', `## ${figure.title}`, '', markdownTable(result.columns, result.rows));
    if (result.notes?.length) output.push('', ...result.notes);
  }
  console.log(output.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
if (strict && failed) process.exit(1);
