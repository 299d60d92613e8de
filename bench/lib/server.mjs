// A static file server for the benchmark pages: the repository's root, on a free local port.
import { createServer } from 'node:http';
import { resolveInside, sendFile } from '../../demo/server/static-files.mjs';

/**
 * Serves `root` on 127.0.0.1 at a port the system picks.
 * @param {string} root
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(root) {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveInside(root, pathname);
    if (!file || !(await sendFile(req, res, file))) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
