// A node:test reporter that writes how many tests passed and failed, and which failed, for
// scripts/test.mjs.
// Suites (describe) and the per-file wrappers are not tests; only leaves count.
export default async function* countingReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details, skip, todo, file, name } = event.data;
    const isSuite = details?.type === 'suite';
    const isFileWrapper = file !== undefined && name === file;
    if (isSuite || isFileWrapper) continue;
    if (skip || todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else {
      totals.failed += 1;
      const cause = String(details?.error?.cause?.message ?? details?.error?.message ?? '').split('\n')[0];
      totals.failures.push(`${file ?? ''} › ${name}: ${cause.slice(0, 300)}`);
    }
  }
  yield JSON.stringify(totals);
}
