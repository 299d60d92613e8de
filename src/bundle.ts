// The entry of dist/news-widgets.js: registers every tag and exports the public API.
import './define.js';

export * from './index.js';
