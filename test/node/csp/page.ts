// The script of the strict-CSP page (bundled by the test with esbuild, served from 'self'): it
// records every CSP and Trusted Types violation, then registers every element. `?dompurify` in the
// page URL forces the DOMPurify path of the HTML sanitizer.
import { preferNativeSanitizer } from '../../../src/sanitize/sanitize.js';

const page = window as unknown as { violations: string[]; ready: Promise<unknown> };
page.violations = [];
addEventListener('securitypolicyviolation', (event) => {
  page.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample} (${event.sourceFile}:${event.lineNumber})`);
});
preferNativeSanitizer(!location.search.includes('dompurify'));
page.ready = (async () => {
  await import('../../../src/define.js');
  // Cards and rails, while src/define.ts does not register them yet (harmless once it does).
  await import('../../../src/components/card/news-card.js');
  await import('../../../src/components/rail/news-rail.js');
})();
