// The reference comment store: SQLite through better-sqlite3, one file, schema made on first open.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** The sort orders of the comment API. */
export const COMMENT_SORTS = ['newest', 'oldest'];

const SCHEMA_VERSION = 1;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS comments (
    -- Insertion order: the tie-breaker of the paging key, never shown.
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    article    TEXT    NOT NULL,
    parent     TEXT    REFERENCES comments (id),
    author     TEXT    NOT NULL,
    email      TEXT,
    text       TEXT    NOT NULL,
    -- Milliseconds since the epoch, higher than every earlier row's (see nextTimestamp).
    created_at INTEGER NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('published', 'pending'))
  );
  CREATE INDEX IF NOT EXISTS comments_page ON comments (article, status, created_at, seq);
`;

/**
 * @typedef {{ id: string, article: string, parent: string | null, author: string, text: string,
 *   createdAt: string, status: 'published' | 'pending' }} Comment
 * @typedef {{ article: string, parent?: string | null, author: string, email?: string | null,
 *   text: string, status: 'published' | 'pending' }} NewComment
 * @typedef {{ article: string, sort?: 'newest' | 'oldest', cursor?: string | null, limit: number }} PageQuery
 */

/**
 * Opens (creating it and its folder if need be) the comment database at `file`.
 *
 * Durability: WAL journal with `synchronous = FULL`, so every accepted comment is in the WAL file
 * and fsync'ed before `add` returns, and so before the server answers 201. `NORMAL` would survive a
 * killed process too (the WAL write reaches the OS before the commit returns) but could lose the
 * last commits on a power cut; FULL costs one fsync per comment, measured in `npm run bench`.
 *
 * @param {string} file A path, or ':memory:'.
 */
export function openCommentsStore(file) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another process (a second `npm start`, a test) may hold the write lock for a moment.
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);

  const statements = {
    insert: db.prepare(`INSERT INTO comments (id, article, parent, author, email, text, created_at, status)
      VALUES (@id, @article, @parent, @author, @email, @text, @createdAt, @status)`),
    byId: db.prepare('SELECT * FROM comments WHERE id = ?'),
    total: db.prepare(`SELECT count(*) AS total FROM comments WHERE article = ? AND status = 'published'`),
    latest: db.prepare('SELECT max(created_at) AS latest FROM comments'),
    newest: pageQuery(db, 'DESC', '<'),
    oldest: pageQuery(db, 'ASC', '>'),
  };
  let lastTimestamp = statements.latest.get().latest ?? 0;

  /**
   * Now, but always after the latest comment, by a millisecond at least: every comment has a time
   * of its own, so clients can order them by time alone, and if the clock steps back new comments
   * still sort after the old ones. (Past a thousand posts a second the times run ahead of the clock.)
   */
  function nextTimestamp() {
    lastTimestamp = Math.max(Date.now(), lastTimestamp + 1);
    return lastTimestamp;
  }

  return {
    /**
     * Stores a comment and returns it as the API shows it; committed (and synced) on return.
     * @param {NewComment} comment
     * @returns {Comment}
     */
    add({ article, parent = null, author, email = null, text, status }) {
      const row = { id: newId(), article, parent, author, email: email || null, text, createdAt: nextTimestamp(), status };
      statements.insert.run(row);
      return toComment({ ...row, created_at: row.createdAt });
    },

    /**
     * The comment with this id, or undefined (the e-mail stays in the database).
     * @param {string} id
     * @returns {Comment | undefined}
     */
    get(id) {
      const row = statements.byId.get(id);
      return row ? toComment(row) : undefined;
    },

    /**
     * One page of an article's published comments, newest or oldest first, and the cursor of the
     * next page (null on the last). The cursor is the paging key (created_at, seq) of the last row
     * shown, so comments added meanwhile never shift a page: each comment is listed once.
     * @param {PageQuery} query
     * @returns {{ comments: Comment[], next: string | null, total: number }}
     * @throws {RangeError} for a cursor this store did not write.
     */
    page({ article, sort = 'newest', cursor, limit }) {
      const [createdAt, seq] = cursor ? decodeCursor(cursor) : sort === 'newest' ? [Number.MAX_SAFE_INTEGER, 0] : [-1, 0];
      const rows = statements[sort].all({ article, createdAt, seq, limit: limit + 1 });
      const more = rows.length > limit;
      if (more) rows.pop();
      const last = rows.at(-1);
      return {
        comments: rows.map(toComment),
        next: more ? encodeCursor(last.created_at, last.seq) : null,
        total: statements.total.get(article).total,
      };
    },

    close() {
      if (db.open) db.close();
    },
  };
}

function pageQuery(db, direction, comparison) {
  return db.prepare(`SELECT * FROM comments
    WHERE article = @article AND status = 'published' AND (created_at, seq) ${comparison} (@createdAt, @seq)
    ORDER BY created_at ${direction}, seq ${direction}
    LIMIT @limit`);
}

/** @returns {Comment} */
function toComment(row) {
  return {
    id: row.id,
    article: row.article,
    parent: row.parent ?? null,
    author: row.author,
    text: row.text,
    createdAt: new Date(row.created_at).toISOString(),
    status: row.status,
  };
}

/** A short random id: not guessable, not a count of the comments. */
function newId() {
  return `c_${randomBytes(9).toString('base64url')}`;
}

function encodeCursor(createdAt, seq) {
  return Buffer.from(JSON.stringify([createdAt, seq])).toString('base64url');
}

function decodeCursor(cursor) {
  let key;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== 2 || !key.every(Number.isSafeInteger)) throw new RangeError('Not a cursor.');
  return key;
}
