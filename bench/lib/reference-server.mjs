// The reference server as `npm start` runs it (demo/server/main.mjs in its own process, a fresh
// SQLite database on disk), for the benchmarks that need the demo page or the comment service.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../demo/server/main.mjs', import.meta.url));

/**
 * Starts the server on a free port with its database in a new temporary folder; resolves once it
 * listens. No rate limit and no moderation, so load figures measure the service itself.
 * @returns {Promise<{ base: string, dbDir: string, stop: () => Promise<void> }>}
 */
export async function startReferenceServer() {
  const dbDir = mkdtempSync(join(tmpdir(), 'news-bench-'));
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NEWS_WIDGETS_DB: join(dbDir, 'news.db'), NEWS_WIDGETS_RATE_LIMIT: '0', MODERATION: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(dbDir, { recursive: true, force: true });
  };
  const base = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      if (output === undefined) return; // the request log, read and dropped
      output += chunk;
      const match = /http:\/\/([\d.]+:\d+)\//.exec(output);
      if (match) {
        output = undefined;
        resolve(`http://${match[1]}`);
      }
    });
    child.once('exit', (code) => reject(new Error(`the reference server exited (${code}) before listening`)));
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { base, dbDir, stop };
}
