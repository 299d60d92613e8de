// The package's main entry: element classes and the public API, with no side effects.
// Importing this registers nothing; import './define.js' (or a tag's own module) for that.
export * from './format/index.js';
export { registerTranslation, type PartialTranslation, type Translation } from './i18n/index.js';
export { newsContext, type NewsContext, type LoadError, type LoadErrorKind } from './data/index.js';
export { NewsErrorEvent } from './events/news-error.js';
export { NewsLoadEvent } from './events/news-load.js';
export { NewsProvider } from './components/provider/provider.js';
export { NewsMobileToggle } from './components/mobile-toggle/mobile-toggle.js';
export { NewsLayoutChangeEvent } from './events/news-layout-change.js';
export { getLayout, getLayoutMode, setLayoutMode, LAYOUT_MODES, type Layout, type LayoutMode } from './layout/index.js';
export { NewsFigure } from './components/figure/figure.js';
export { NewsGallery } from './components/gallery/gallery.js';
export { NewsArticle } from './components/article/article.js';
export { NewsComments, COMMENT_SORTS, COMMENTS_LOADING, COMMENT_FIELDS } from './components/comments/comments.js';
export { NewsCommentPostedEvent } from './events/news-comment-posted.js';
export { NewsCard } from './components/card/card.js';
export { CARD_TIME_STYLES, CARD_VARIANTS, type CardTimeStyle, type CardVariant } from './components/card/card-template.js';
export { NewsRail, RAIL_LAYOUTS, type RailLayout } from './components/rail/rail.js';
export { NewsCardClickEvent } from './events/news-card-click.js';
