import { ContextRoot, createContext } from '@lit/context';
import type { Article } from '../format/types.js';
import type { DataState } from './types.js';

/** What `<news-provider>` gives the elements inside it. */
export interface NewsContext {
  /** The provider's article, once it has loaded. */
  article?: Article;
  /** The provider's own `lang`, else the article's. */
  lang?: string;
  /** The comment API endpoint (`comments-endpoint`). */
  commentsEndpoint?: string;
  /** The URL the article was fetched from, for values picked out of it. */
  baseUrl?: string;
  /** The provider's own loading state; consumers wait for `ready`. */
  state: DataState;
}

export const newsContext = createContext<NewsContext>(Symbol('news-context'));

let root: ContextRoot | undefined;

/**
 * Lets consumers that connect before their provider is defined (`news-provider` registered after
 * `news-article`, or loaded later) still find it: the root keeps their unanswered requests and
 * repeats them when a provider appears.
 */
export function ensureContextRoot(): void {
  if (root) return;
  root = new ContextRoot();
  root.attach(document.documentElement);
}
