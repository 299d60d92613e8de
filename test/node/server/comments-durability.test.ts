// Every accepted comment outlives the server: a clean restart, and a kill -9 right after a 201.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO_ARTICLE, listAll, postComment, startServer, tempDir } from './server-fixture.js';

const MAIN = fileURLToPath(new URL('../../../demo/server/main.mjs', import.meta.url));
const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function newDir(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

/** `npm start`'s server in a child process, on a free port; resolves once it listens. */
function startChild(dbFile: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NEWS_WIDGETS_DB: dbFile, NEWS_WIDGETS_RATE_LIMIT: '0', MODERATION: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      output += chunk;
      const match = /http:\/\/([\d.]+:\d+)\//.exec(output);
      if (match) resolve({ child, base: `http://${match[1]}` });
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${output}`)));
  });
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.signalCode) : child.once('exit', (_, signal) => resolve(signal))));
}

describe('durability', () => {
  it('creates the database, and its folder, on first start', async () => {
    const dbFile = join(newDir(), 'not', 'yet', 'there', 'news.db');
    const server = await startServer({ dbFile });
    try {
      assert.ok(existsSync(dbFile));
      assert.equal((await postComment(server.base, { article: DEMO_ARTICLE, author: 'An', text: 'Lần đầu.' })).status, 201);
    } finally {
      await server.dispose();
    }
  });

  it('keeps every comment across a restart', async () => {
    const dbFile = join(newDir(), 'news.db');
    const first = await startServer({ dbFile });
    const posted: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const { body } = await postComment(first.base, { article: DEMO_ARTICLE, author: 'An', text: `Ý kiến ${i}` });
      posted.push(body.comment.id);
    }
    await first.dispose();

    const second = await startServer({ dbFile });
    try {
      const listed = await listAll(second.base, DEMO_ARTICLE, 'oldest', 3);
      assert.deepEqual(listed.map((comment) => comment.id), posted);
      // New comments still sort after the old ones.
      const { body } = await postComment(second.base, { article: DEMO_ARTICLE, author: 'An', text: 'Sau khi khởi động lại' });
      assert.equal((await listAll(second.base, DEMO_ARTICLE, 'oldest')).at(-1)!.id, body.comment.id);
    } finally {
      await second.dispose();
    }
  });

  it('loses nothing when the process is killed with SIGKILL right after a 201', async () => {
    const dbFile = join(newDir(), 'news.db');
    const first = await startChild(dbFile);
    const posted: string[] = [];
    try {
      for (let i = 0; i < 25; i += 1) {
        const { status, body } = await postComment(first.base, { article: DEMO_ARTICLE, author: 'Bình', text: `Bình luận ${i}` });
        assert.equal(status, 201);
        posted.push(body.comment.id);
      }
      // The moment the last 201 is read, before the server could do anything else.
      const { status, body } = await postComment(first.base, { article: DEMO_ARTICLE, author: 'Bình', text: 'Cuối cùng' });
      first.child.kill('SIGKILL');
      assert.equal(status, 201);
      posted.push(body.comment.id);
    } finally {
      first.child.kill('SIGKILL');
    }
    assert.equal(await exited(first.child), 'SIGKILL');
    // The comments were still in the write-ahead log, not yet checkpointed: recovery must find them there.
    assert.ok(statSync(`${dbFile}-wal`).size > 0, 'the WAL holds the last commits');

    const second = await startChild(dbFile);
    try {
      const listed = await listAll(second.base, DEMO_ARTICLE, 'oldest', 10);
      assert.deepEqual(listed.map((comment) => comment.id), posted);
    } finally {
      second.child.kill('SIGTERM');
      await exited(second.child);
    }
  });
});
