// What the figures were measured on: they mean little without it.
import { cpus, totalmem, release, platform } from 'node:os';

/** Rows of the machine table; `browser` is playwright's Browser. */
export function describeMachine(browser) {
  const cores = cpus();
  return [
    ['CPU', `${cores[0]?.model?.trim() ?? 'unknown'} × ${cores.length} cores`],
    ['Memory', `${(totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['OS', `${platform()} ${release()}`],
    ['Node', process.version],
    ['Chromium', browser.version()],
  ];
}
