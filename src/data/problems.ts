import type { Problem } from '../format/types.js';
import { DEV_MODE } from './dev-mode.js';

/** "body[3].image.src: Not a URL." — or just the message for a problem with the whole document. */
export function formatProblem({ path, message }: Problem): string {
  return path ? `${path}: ${message}` : message;
}

/** In development builds, tells the console what the parser skipped of `what` (an element's data, a page's URL). */
export function warnSkipped(host: Element, what: string, problems: Problem[]): void {
  if (!DEV_MODE || problems.length === 0) return;
  console.warn(`<${host.localName}> skipped parts of ${what}:\n${problems.map(formatProblem).join('\n')}`);
}
