import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { characterCount, renderCommentText, tokenizeCommentText } from '../../../src/components/comments/comment-text.js';

/** The links the tokenizer finds in `text`, as [shown text, href]. */
function links(text: string): [string, string][] {
  return tokenizeCommentText(text).flatMap((token) => (token.kind === 'link' ? [[token.text, token.href] as [string, string]] : []));
}

describe('tokenizeCommentText', () => {
  it('keeps plain text as one run, exactly', () => {
    expect(tokenizeCommentText('Xin chào <b>bạn</b> & "mọi người"')).to.deep.equal([{ kind: 'text', text: 'Xin chào <b>bạn</b> & "mọi người"' }]);
  });

  it('finds http and https addresses among the text, leaving the rest as text', () => {
    expect(tokenizeCommentText('Xem https://vnexpress.net/a-1.html và http://x.vn')).to.deep.equal([
      { kind: 'text', text: 'Xem ' },
      { kind: 'link', text: 'https://vnexpress.net/a-1.html', href: 'https://vnexpress.net/a-1.html' },
      { kind: 'text', text: ' và ' },
      { kind: 'link', text: 'http://x.vn', href: 'http://x.vn/' },
    ]);
  });

  it('leaves the punctuation that ends a sentence out of the address', () => {
    expect(links('Nguồn: https://a.vn/b. Hay (https://a.vn/c), "https://a.vn/d"! https://a.vn/e…')).to.deep.equal([
      ['https://a.vn/b', 'https://a.vn/b'],
      ['https://a.vn/c', 'https://a.vn/c'],
      ['https://a.vn/d', 'https://a.vn/d'],
      ['https://a.vn/e', 'https://a.vn/e'],
    ]);
  });

  it('keeps a closing parenthesis that belongs to the address', () => {
    expect(links('(https://vi.wikipedia.org/wiki/Hà_Nội_(định_hướng)).')).to.deep.equal([
      ['https://vi.wikipedia.org/wiki/Hà_Nội_(định_hướng)', 'https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i_(%C4%91%E1%BB%8Bnh_h%C6%B0%E1%BB%9Bng)'],
    ]);
  });

  it('never links other schemes, addresses hidden in words, or addresses with a user name', () => {
    for (const text of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)//http://x.vn',
      'data:text/html,<script>alert(1)</script>',
      'xhttp://evil.example',
      'http://vnexpress.net@evil.example/',
      'https://user:pass@evil.example/',
      'http://',
      'ftp://files.example',
    ]) {
      const found = links(text);
      expect(found.every(([, href]) => href.startsWith('http://x.vn') || href.startsWith('https://x.vn')), text).to.equal(true);
    }
    expect(links('xhttp://evil.example http://vnexpress.net@evil.example')).to.deep.equal([]);
  });

  it('stops an address at characters that never belong in one written in text', () => {
    expect(links('http://a.vn/<script>')).to.deep.equal([['http://a.vn/', 'http://a.vn/']]);
    expect(links('"http://a.vn/x"onmouseover="alert(1)"')).to.deep.equal([['http://a.vn/x', 'http://a.vn/x']]);
  });

  it('normalizes line ends and shortens runs of blank lines', () => {
    expect(tokenizeCommentText('a\r\nb\rc\n\n\n\n\nd')).to.deep.equal([{ kind: 'text', text: 'a\nb\nc\n\nd' }]);
  });
});

describe('renderCommentText', () => {
  it('builds text nodes and links, and nothing else', async () => {
    const host = await fixture<HTMLParagraphElement>(html`<p></p>`);
    render(renderCommentText('<img src=x onerror=alert(1)> https://a.vn/b?c=1&d=2'), host);
    expect(host.querySelectorAll('*')).to.have.length(1);
    const link = host.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://a.vn/b?c=1&d=2');
    expect(link.rel).to.equal('nofollow ugc noopener');
    expect(link.getAttribute('part')).to.equal('link');
    expect(host.textContent).to.equal('<img src=x onerror=alert(1)> https://a.vn/b?c=1&d=2');
  });
});

describe('characterCount', () => {
  it('counts what a reader sees as one character as one', () => {
    expect(characterCount('Tiếng Việt')).to.equal(10);
    expect(characterCount('😀😀')).to.equal(2);
    expect(characterCount('')).to.equal(0);
  });
});
