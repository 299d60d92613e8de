// Serves fetch() from a function inside the page, so tests need no server and make no real
// failing requests. Restore it after each test: `afterEach(() => stub?.restore())`.

export type FetchHandler = (request: Request) => Response | Promise<Response>;

export interface FetchStub {
  /** Every request made while the stub was in place, in order. */
  readonly requests: Request[];
  restore(): void;
}

export function stubFetch(handler: FetchHandler): FetchStub {
  const original = window.fetch;
  const requests: Request[] = [];
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(request);
    return handler(request);
  };
  return { requests, restore: () => (window.fetch = original) };
}

/** A JSON response, as a server would send it. */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
}

/** A response that reports `url` as where it came from, as after a redirect. */
export function responseFrom(url: string, response: Response): Response {
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

/** What fetch does while a server never answers: it waits, and rejects when the request is aborted. */
export function untilAborted(request: Request): Promise<never> {
  return new Promise((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });
}

/** A promise and the function that resolves it, to answer a request when the test decides. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}
