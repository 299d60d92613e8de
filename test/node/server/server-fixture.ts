// A reference server on a free port with its own temporary database (and, if asked, its own
// articles), for the server tests. Each test file, or test, starts its own.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../../demo/server/app.mjs';

export const DEMO_ARTICLE = 'ha-noi-ket-hop-dien-va-diem';
const DEMO_ARTICLE_FILE = fileURLToPath(new URL(`../../../demo/data/articles/${DEMO_ARTICLE}.json`, import.meta.url));

export interface ServerOptions {
  rateLimit?: number;
  moderation?: boolean;
  /** Article ids the server knows (copies of the demo article); default: the demo's own data. */
  articles?: string[];
  /** An existing database file to open (to test what survives a restart). */
  dbFile?: string;
}

export interface TestServer {
  base: string;
  dbFile: string;
  /** A folder that is removed with `dispose()`. */
  dir: string;
  /** Stops the server (closing its database) but keeps the folder. */
  close(): Promise<void>;
  /** Stops the server and removes its folder. */
  dispose(): Promise<void>;
}

/** A fresh temporary folder, for a database file or a child server's. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'news-comments-'));
}

export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const dir = tempDir();
  const dbFile = options.dbFile ?? join(dir, 'db', 'news.db');
  let dataDir: string | undefined;
  if (options.articles) {
    dataDir = join(dir, 'data');
    mkdirSync(join(dataDir, 'articles'), { recursive: true });
    for (const id of options.articles) copyFileSync(DEMO_ARTICLE_FILE, join(dataDir, 'articles', `${id}.json`));
  }
  const server = createApp({
    dbFile,
    dataDir,
    rateLimit: options.rateLimit ?? 0,
    moderation: options.moderation ?? false,
    log: () => {},
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }));
  return {
    base,
    dbFile,
    dir,
    close,
    async dispose() {
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What a comment looks like in the API's answers. */
export interface ApiComment {
  id: string;
  article: string;
  parent: string | null;
  author: string;
  text: string;
  createdAt: string;
  status: 'published' | 'pending';
}

export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** POSTs `body` (JSON unless a string is given) to the comment endpoint and reads the JSON answer. */
export async function postComment(
  base: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<ApiAnswer<{ comment: ApiComment; error: { code: string; message: string; field?: string } }>> {
  const res = await fetch(`${base}/api/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

export interface ApiPage {
  comments: ApiComment[];
  next: string | null;
  total: number;
}

/** GETs one page of comments; `params` become the query. */
export async function getComments(
  base: string,
  params: Record<string, string | number>,
): Promise<ApiAnswer<ApiPage & { error: { code: string; field?: string } }>> {
  const query = new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)]));
  const res = await fetch(`${base}/api/comments?${query}`);
  return { status: res.status, headers: res.headers, body: await res.json() };
}

/** Every comment of an article, following `next` to the end. */
export async function listAll(base: string, article: string, sort: 'newest' | 'oldest', limit = 100): Promise<ApiComment[]> {
  const all: ApiComment[] = [];
  let cursor: string | null = null;
  do {
    const params: Record<string, string | number> = { article, sort, limit };
    if (cursor) params.cursor = cursor;
    const { status, body } = await getComments(base, params);
    if (status !== 200) throw new Error(`GET answered ${status}`);
    all.push(...body.comments);
    cursor = body.next;
  } while (cursor);
  return all;
}
