import { expect } from '@open-wc/testing';
import { NewsProvider } from '../../../src/components/provider/news-provider.js';
import { define } from '../../../src/define-element.js';

describe('news-provider.js', () => {
  let warnings: unknown[][];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('registers <news-provider>', () => {
    expect(customElements.get('news-provider')).to.equal(NewsProvider);
    expect(document.createElement('news-provider')).to.be.instanceOf(NewsProvider);
  });

  it('is harmless to register again with the same class', () => {
    define('news-provider', NewsProvider);
    expect(warnings).to.have.length(0);
  });

  it('keeps the first registration, with a warning, when another class claims the tag', () => {
    define('news-provider', class extends HTMLElement {});
    expect(customElements.get('news-provider')).to.equal(NewsProvider);
    expect(String(warnings[0][0])).to.contain('<news-provider> is already registered by another class');
  });
});
