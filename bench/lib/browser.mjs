// Debian's Chromium, driven by playwright-core (which never downloads a browser of its own).
import { CHROME_ARGS, CHROME_INSTALL_HINT, findChrome } from '../../scripts/chrome.mjs';

/** Launches a headless Chromium, or exits with the install hint when there is none. */
export async function launchChromium() {
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(CHROME_INSTALL_HINT);
    process.exit(1);
  }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    console.error('npm run bench needs playwright-core (a devDependency): run npm install.');
    process.exit(1);
  }
  // playwright-core passes its own headless flag.
  // --expose-gc lets a benchmark page collect garbage between runs, outside the timings.
  const args = [...CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')), '--js-flags=--expose-gc'];
  return chromium.launch({ executablePath, args, headless: true });
}
