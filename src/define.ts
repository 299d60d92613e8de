// Registers every tag. Each register module is idempotent, so importing this twice is harmless.
import './components/provider/news-provider.js';
import './components/mobile-toggle/news-mobile-toggle.js';
import './components/figure/news-figure.js';
import './components/gallery/news-gallery.js';
import './components/article/news-article.js';
import './components/comments/news-comments.js';
import './components/card/news-card.js';
import './components/rail/news-rail.js';
