// Many readers posting at once: every comment stored once and listed once, cursors stable meanwhile.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { queryDb } from './read-db.mjs';
import { listAll, postComment, startServer, type ApiComment, type TestServer } from './server-fixture.js';

const CLIENTS = 50;
const POSTS = 2000;

let server: TestServer;
before(async () => (server = await startServer({ articles: ['tai-nang', 'dang-viet'] })));
after(() => server.dispose());

/** `clients` clients in parallel, each posting its share of `total` comments one after another. */
async function postConcurrently(article: string, clients: number, total: number, tag: string): Promise<string[]> {
  const ids: string[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; i < total; i += clients) {
        const { status, body } = await postComment(server.base, { article, author: `Khách ${client}`, text: `${tag} ${i}` });
        assert.equal(status, 201, JSON.stringify(body));
        ids.push(body.comment.id);
      }
    }),
  );
  return ids;
}

function assertEachOnce(listed: ApiComment[], texts: string[], label: string): void {
  const counts = new Map<string, number>();
  for (const comment of listed) counts.set(comment.text, (counts.get(comment.text) ?? 0) + 1);
  const missing = texts.filter((text) => !counts.has(text));
  const repeated = [...counts].filter(([, count]) => count > 1);
  assert.deepEqual([missing.slice(0, 5), repeated.slice(0, 5)], [[], []], `${label}: missing or listed twice`);
}

describe('under load', () => {
  it(`stores ${POSTS} comments from ${CLIENTS} concurrent clients exactly once, and lists each exactly once`, async () => {
    const ids = await postConcurrently('tai-nang', CLIENTS, POSTS, 'tải');
    assert.equal(new Set(ids).size, POSTS, 'every answer names a different comment');

    const rows = queryDb(server.dbFile, `SELECT text, count(*) AS n FROM comments WHERE article = 'tai-nang' GROUP BY text`);
    assert.equal(rows.length, POSTS);
    assert.ok(rows.every((row) => row.n === 1), 'no comment stored twice');

    const texts = Array.from({ length: POSTS }, (_, i) => `tải ${i}`);
    for (const sort of ['newest', 'oldest'] as const) {
      const listed = await listAll(server.base, 'tai-nang', sort, 37);
      assert.equal(listed.length, POSTS, sort);
      assertEachOnce(listed, texts, sort);
      const times = listed.map((comment) => Date.parse(comment.createdAt));
      const ordered = times.every((time, i) => i === 0 || (sort === 'newest' ? time <= times[i - 1] : time >= times[i - 1]));
      assert.ok(ordered, `${sort} first`);
    }
  });

  it('keeps cursor paging exact while other clients are posting', async () => {
    const before = Array.from({ length: 300 }, (_, i) => `trước ${i}`);
    await postConcurrently('dang-viet', 10, before.length, 'trước');

    // Page through (small pages, so many cursors) in both orders while 20 clients add 300 more.
    const [newest, oldest] = await Promise.all([
      listAll(server.base, 'dang-viet', 'newest', 7),
      listAll(server.base, 'dang-viet', 'oldest', 7),
      postConcurrently('dang-viet', 20, 300, 'trong khi'),
    ]);
    for (const [label, listed] of [['newest', newest], ['oldest', oldest]] as const) {
      assertEachOnce(listed, before, label);
      assert.equal(new Set(listed.map((comment) => comment.id)).size, listed.length, `${label}: no comment twice`);
    }
    // Newest-first paging starts from the top, so what is added meanwhile lands above it: unseen.
    assert.equal(newest.filter((comment) => comment.text.startsWith('trước')).length, 300);
  });
});
