// The reference comment service under load: benchComments() from bench/comments.mjs (50 concurrent
// clients posting, then every page read back through the cursors), as a figure of `npm run bench`.
import { benchComments } from './comments.mjs';

export const title = 'Comment service (reference server, SQLite)';

export async function run({ log }) {
  log('  50 clients posting…');
  const rows = await benchComments();
  const exact = rows.find((row) => row.name.includes('stored once'))?.value === 'yes';
  return {
    columns: ['measure', 'value', 'conditions'],
    rows: rows.map(({ name, value, note }) => [name, value, note]),
    notes: ['No budget is set for the service; the figures are for comparing runs. A comment stored or listed other than once fails the figure.'],
    failed: !exact,
  };
}
