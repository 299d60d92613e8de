import { define } from '../../define-element.js';
import { NewsCard } from './card.js';

export { NewsCard };

define('news-card', NewsCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-card': NewsCard;
  }
}
