// Serves a folder on a free loopback port, with the demo server's own safe file serving.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { resolveInside, sendFile } from '../../../demo/server/static-files.mjs';

export async function serveFolder(folder: string): Promise<{ url: string; server: Server }> {
  const root = resolve(folder);
  const server = createServer(async (req, res) => {
    // The browser asks for a favicon on its own; that is not the page's request.
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const file = resolveInside(root, new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!file || !(await sendFile(req, res, file))) {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
