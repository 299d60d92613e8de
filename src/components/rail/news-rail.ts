import { define } from '../../define-element.js';
import { NewsRail } from './rail.js';

export { NewsRail };

define('news-rail', NewsRail);

declare global {
  interface HTMLElementTagNameMap {
    'news-rail': NewsRail;
  }
}
