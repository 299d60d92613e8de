import type { Problem } from '../format/types.js';

/** "body[3].image.src: Not a URL." — or just the message for a problem with the whole document. */
export function formatProblem({ path, message }: Problem): string {
  return path ? `${path}: ${message}` : message;
}
