// Reads a comment database directly, read-only, to check what the server stored (better-sqlite3
// ships no types; this file keeps the tests typed).
import Database from 'better-sqlite3';

/**
 * The rows `sql` selects from the database at `file`.
 * @param {string} file
 * @param {string} sql
 * @param {...unknown} params
 * @returns {Record<string, unknown>[]}
 */
export function queryDb(file, sql, ...params) {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
}
