import type { Article } from '../../format/types.js';

/** The part of the Trusted Types API used here (TypeScript's DOM types do not have it yet). */
interface ScriptPolicy {
  createScript(json: string): unknown;
}
interface TrustedTypesWindow {
  trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy };
}

/** The article as schema.org NewsArticle, for search engines. */
export function newsArticleData(article: Article): Record<string, unknown> {
  const { title, summary, section, lang, publishedAt, updatedAt, url, image, authors, tags } = article;
  // JSON.stringify leaves out what is undefined.
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    description: summary,
    articleSection: section,
    inLanguage: lang,
    datePublished: publishedAt,
    dateModified: updatedAt,
    url,
    mainEntityOfPage: url,
    image: image && [image.src],
    author: authors.length > 0 ? authors.map(({ name, url }) => ({ '@type': 'Person', name, url })) : undefined,
    keywords: tags.length > 0 ? tags.join(', ') : undefined,
  };
}

let policy: ScriptPolicy | null | undefined;

/**
 * A script's text is a Trusted Types sink, so a page that enforces them needs a TrustedScript,
 * made by our `news-widgets` policy (the name the contract's CSP allows). Null where the browser
 * has no Trusted Types, or the page does not allow the policy.
 */
function scriptPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    try {
      // "<" is escaped, so no "</script>" in the data can end the script early.
      const rules = { createScript: (json: string) => json.replace(/</g, '\\u003c') };
      policy = (window as TrustedTypesWindow).trustedTypes?.createPolicy('news-widgets', rules) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy;
}

/**
 * Puts `article` as a `<script type="application/ld+json">` child of `host`, in the light DOM where
 * crawlers look, replacing `previous`; removes it when there is no article. Returns the script.
 * A page that refuses our Trusted Types policy gets no JSON-LD rather than an exception.
 */
export function writeJsonLd(host: HTMLElement, previous: HTMLScriptElement | undefined, article: Article | undefined) {
  // A server-rendered article (news-widgets/ssr) comes with its JSON-LD: replaced, never doubled.
  (previous ?? host.querySelector(':scope > script[type="application/ld+json" i]'))?.remove();
  if (!article) return undefined;
  try {
    const json = JSON.stringify(newsArticleData(article));
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    const trusted = scriptPolicy();
    script.textContent = (trusted ? trusted.createScript(json) : json.replace(/</g, '\\u003c')) as string;
    host.append(script);
    return script;
  } catch {
    return undefined;
  }
}
