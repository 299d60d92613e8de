import { define } from '../../define-element.js';
import { NewsGallery } from './gallery.js';

export { NewsGallery };

define('news-gallery', NewsGallery);

declare global {
  interface HTMLElementTagNameMap {
    'news-gallery': NewsGallery;
  }
}
