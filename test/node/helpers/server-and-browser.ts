// The reference server (its own temporary SQLite file) and a Chromium, started before the
// suite's tests and stopped after them: what the end-to-end style suites share.
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { startServer, type ServerOptions, type TestServer } from '../server/server-fixture.js';
import { launchChromium } from './browser.js';

export interface ServerAndBrowser {
  readonly server: TestServer;
  readonly browser: Browser;
}

/** Registers the hooks; read `server` and `browser` from the result inside tests. */
export function useServerAndBrowser(options?: ServerOptions): ServerAndBrowser {
  const running = {} as { server: TestServer; browser: Browser };
  before(async () => {
    running.server = await startServer(options);
    running.browser = await launchChromium();
  });
  after(async () => {
    await running.browser?.close();
    await running.server?.dispose();
  });
  return running;
}
