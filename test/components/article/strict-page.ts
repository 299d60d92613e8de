// The page inside the strict-page test's iframe: it records every CSP and Trusted Types
// violation, then loads <news-article>. `#dompurify` in the page URL forces the DOMPurify path.
const page = window as unknown as { violations: string[]; ready: Promise<unknown> };
page.violations = [];
addEventListener('securitypolicyviolation', (event) => {
  page.violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`);
});
page.ready = (async () => {
  const { preferNativeSanitizer } = await import('../../../src/sanitize/sanitize.js');
  preferNativeSanitizer(!location.hash.includes('dompurify'));
  await import('../../../src/components/article/news-article.js');
})();
