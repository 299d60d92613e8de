import { define } from '../../define-element.js';
// The article renders figures and galleries with these elements.
import '../figure/news-figure.js';
import '../gallery/news-gallery.js';
import { NewsArticle } from './article.js';

export { NewsArticle };

define('news-article', NewsArticle);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
