import { define } from '../../define-element.js';
import { NewsFigure } from './figure.js';

export { NewsFigure };

define('news-figure', NewsFigure);

declare global {
  interface HTMLElementTagNameMap {
    'news-figure': NewsFigure;
  }
}
