// The entry of dist/news-widgets.js: registers every tag and exports the public API.
// Lit's hydrate support must load before Lit itself: elements rendered on the server (news-widgets/ssr)
// then keep their declarative shadow trees instead of rendering them again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './define.js';

export * from './index.js';
