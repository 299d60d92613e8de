import { define } from '../../define-element.js';
import { NewsComments } from './comments.js';

export { NewsComments };

define('news-comments', NewsComments);

declare global {
  interface HTMLElementTagNameMap {
    'news-comments': NewsComments;
  }
}
