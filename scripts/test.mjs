// npm test: every suite that proves the project works, then one line `N passed, M failed`.
// Checks that are not test runners (type check, lint, build) count as one test each.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_INSTALL_HINT, findChrome } from './chrome.mjs';
import { run } from './run.mjs';

const RESULTS = '.test-results';
const totals = { passed: 0, failed: 0 };
const failures = [];
/** The failed tests by name, repeated last so a log cut to its tail still says what broke. */
const failedTests = [];

function record(name, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  if (failed > 0) failures.push(name);
}

function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const status = run(command, args, { exitOnFailure: false });
  record(name, status === 0 ? 1 : 0, status === 0 ? 0 : 1);
  return status === 0;
}

/** A runner's counts from its reporter's file; a non-zero exit with no failed test (a crash, missed coverage) is one failure. */
function suite(name, command, args, resultFile) {
  console.log(`\n▶ ${name}`);
  rmSync(resultFile, { force: true });
  const status = run(command, args, { exitOnFailure: false });
  const counts = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : { passed: 0, failed: 0 };
  const failed = counts.failed + (counts.errors ?? 0) + (status !== 0 && counts.failed === 0 ? 1 : 0);
  record(name, counts.passed, failed);
  failedTests.push(...(counts.failures ?? []).map((test) => `${name}: ${test}`));
}

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.ts') || file.endsWith('.test.mjs'))
    .map((file) => join(dir, file))
    .sort();
}

const chrome = findChrome();
if (!chrome) {
  console.error(CHROME_INSTALL_HINT);
  process.exit(1);
}
mkdirSync(RESULTS, { recursive: true });

step('type check', 'tsc', ['--noEmit', '-p', 'tsconfig.json']);
step('lint', 'npm', ['run', '--silent', 'lint']);
const built = step('build', 'node', ['scripts/build.mjs']);
// The Storybook smoke test (a Node suite below) opens every story of this static build.
if (built) step('build Storybook', 'storybook', ['build', '-o', 'storybook-static', '--quiet']);
if (built) {
  suite('browser tests (Chromium)', 'web-test-runner', ['--coverage'], join(RESULTS, 'browser.json'));
} else {
  record('browser tests (skipped: the build failed)', 0, 1);
}
const nodeTests = testFiles('test/node');
if (nodeTests.length > 0) {
  suite(
    'node tests (server, build outputs, schema, sample data, Storybook)',
    'node',
    [
      '--import', 'tsx', '--test',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-counting-reporter.mjs', `--test-reporter-destination=${join(RESULTS, 'node.json')}`,
      ...nodeTests,
    ],
    join(RESULTS, 'node.json'),
  );
}

console.log();
for (const test of failedTests) console.log(`✘ ${test}`);
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
