import { define } from '../../define-element.js';
import { NewsProvider } from './provider.js';

export { NewsProvider };

define('news-provider', NewsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'news-provider': NewsProvider;
  }
}
