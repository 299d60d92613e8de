import { define } from '../../define-element.js';
import { NewsMobileToggle } from './mobile-toggle.js';

export { NewsMobileToggle };

define('news-mobile-toggle', NewsMobileToggle);

declare global {
  interface HTMLElementTagNameMap {
    'news-mobile-toggle': NewsMobileToggle;
  }
}
