// A folder served over HTTP holding server-rendered pages, the built bundle beside them (as the
// CLI's pages expect it), and the sample data's images under /data/.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { serveFolder } from '../helpers/static-server.js';

export interface SsrSite {
  url: string;
  dir: string;
  close(): Promise<void>;
}

export async function serveSsrSite(pages: Record<string, string>): Promise<SsrSite> {
  const dir = mkdtempSync(join(tmpdir(), 'news-ssr-'));
  for (const file of readdirSync('dist')) {
    if (/^news-widgets.*\.js$/.test(file)) copyFileSync(join('dist', file), join(dir, file));
  }
  symlinkSync(resolve('demo/data'), join(dir, 'data'));
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), html);
  }
  const { url, server } = await serveFolder(dir);
  return {
    url,
    dir,
    async close() {
      await new Promise((done) => server.close(done));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
