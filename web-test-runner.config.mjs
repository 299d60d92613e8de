// Component and unit tests in a real Chromium, from source (esbuild strips types), with Lit's
// development build so its dev warnings surface in tests.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROME_ARGS, findChrome } from './scripts/chrome.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { commentServerPlugin } from './scripts/wtr-comment-server.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  // The sample data links its images as /data/…, as the demo server serves them.
  middleware: [
    (context, next) => {
      if (context.url.startsWith('/data/')) context.url = `/demo${context.url}`;
      return next();
    },
    // `?delay=ms` (up to 5 s) answers late, so a test can look at a page before a file arrives.
    async (context, next) => {
      const delay = Math.min(Number(new URL(context.url, 'http://localhost').searchParams.get('delay')) || 0, 5000);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      return next();
    },
  ],
  nodeResolve: { exportConditions: ['development'] },
  // The comment tests talk to the real reference server (with its own SQLite file), started here.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), commentServerPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), args: CHROME_ARGS },
      // A browser context per page: test files running side by side share no localStorage, and
      // one file's storage events never reach another.
      // Focus emulated: a page keeps behaving as the focused one (focus events fire) even when an
      // earlier file's page has left the browser window without focus.
      createPage: async ({ browser }) => {
        const page = await (await browser.createBrowserContext()).newPage();
        await (await page.createCDPSession()).send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  // Lit's dev build announces itself once per page; the warnings that matter still show.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="vi"><body>
      <script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script>
      <script type="module" src="${testFramework}"></script>
    </body></html>`,
  // One page at a time: with two, Chromium now and then marks a page hidden or unfocused, and its
  // smooth scrolls, animation frames and focus events stop (modernweb-dev/web#2403, #2808). Seen
  // here as a gallery test waiting on a scroll that never ended, and a whole file timing out.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  reporters: [defaultReporter(), countingReporter('.test-results/browser.json')],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, lines: 90, branches: 80, functions: 85 },
  },
};
