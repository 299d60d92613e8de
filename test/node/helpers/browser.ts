// Debian's Chromium through playwright-core, for the Node suites that drive real pages.
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../../scripts/chrome.mjs';

export function launchChromium(): Promise<Browser> {
  // playwright adds its own headless switch; the others are the machine's needs.
  const args = CHROME_ARGS.filter((arg) => !arg.startsWith('--headless'));
  return chromium.launch({ executablePath: findChrome(), args });
}

/** Collects what a page reports as broken: console errors and uncaught exceptions. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/** Runs axe-core (WCAG 2.2 A and AA rules) on the page and returns its violations, one line each. */
export async function axeViolations(page: Page, selector = 'body'): Promise<string[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  // Storybook's a11y panel runs the same axe on its own; one run at a time.
  await page.waitForFunction(() => !(window as unknown as { axe: { _running?: boolean } }).axe._running);
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  }, selector);
}
