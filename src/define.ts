// Registers every tag. Each register module is idempotent, so importing this twice is harmless.
import './components/provider/news-provider.js';
import './components/mobile-toggle/news-mobile-toggle.js';
