// Stories run without the reference server: requests under /fixtures/ are answered here, in the
// page, so loading, failing and commenting states need no real failing request (the console
// stays clean). Everything else goes to the network (the static sample data under /data/).

type Handler = (request: Request, url: URL) => Response | Promise<Response>;

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const never: Handler = (request) =>
  new Promise((_resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));

const HANDLERS: Record<string, Handler> = {
  '/fixtures/never': never,
  '/fixtures/status/500': () => json({ error: { code: 'internal', message: 'Server error' } }, 500),
  '/fixtures/status/404': () => json({ error: { code: 'not_found', message: 'No such article' } }, 404),
  '/fixtures/malformed-article': () => json({ id: 'x', title: '', body: [{ type: 'figure', image: { src: 'javascript:alert(1)' } }] }),
  '/fixtures/not-json': () => new Response('<html>Not JSON</html>', { headers: { 'Content-Type': 'text/html' } }),
  '/fixtures/empty-feed': () => json({ title: 'Tin khác', items: [], next: null }),
};

/** Lets a story add its own handlers (e.g. a comment API in memory). */
export function addFixture(path: string, handler: Handler): void {
  HANDLERS[path] = handler;
}

export { json };

let installed = false;

export function installFixtures(): void {
  if (installed) return;
  installed = true;
  const networkFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const handler = url.origin === location.origin ? HANDLERS[url.pathname] : undefined;
    return handler ? handler(request, url) : networkFetch(input, init);
  };
}
