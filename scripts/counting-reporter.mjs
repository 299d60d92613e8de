// A web-test-runner reporter that writes how many tests passed and failed, and which failed (with
// their first error line), for scripts/test.mjs to repeat at the very end of its output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function firstLine(error) {
  return String(error?.message ?? error ?? '').split('\n')[0].slice(0, 300);
}

function count(suite, path, file, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push(`${file} › ${[...path, test.name].join(' › ')}: ${firstLine(test.error)}`);
    }
  }
  for (const child of suite.suites) count(child, [...path, child.name], file, totals);
}

export function countingReporter(outFile) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, errors: 0, failures: [] };
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        if (session.testResults) count(session.testResults, [], file, totals);
        // A file that fails to load, or throws outside a test, is a failure of its own.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.errors += 1;
          totals.failures.push(`${file}: ${firstLine(session.errors[0])}`);
        }
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(totals));
    },
  };
}
