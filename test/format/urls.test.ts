import { expect } from '@open-wc/testing';
import { isAbsoluteWebUrl, normalizeUrl, resolveUrl } from '../../src/format/index.js';

const BASE = 'https://news.example/tin/bai.json';

describe('resolveUrl', () => {
  describe('refuses every scheme but http(s)', () => {
    const refused: [string, string][] = [
      ['javascript:alert(1)', 'javascript'],
      ['JAVASCRIPT:alert(1)', 'javascript'],
      [' JaVaScRiPt:alert(1)', 'javascript'],
      ['java\tscript:alert(1)', 'javascript'],
      ['java\nscript:alert(1)', 'javascript'],
      ['java\rscript:alert(1)', 'javascript'],
      ['\u0000javascript:alert(1)', 'javascript'],
      ['\u0001\u001f javascript:alert(1)', 'javascript'],
      ['javascript:alert(1)\u0000 ', 'javascript'],
      ['data:text/html,<script>alert(1)</script>', 'data'],
      ['DATA:image/svg+xml;base64,PHN2Zz4=', 'data'],
      ['vbscript:msgbox(1)', 'vbscript'],
      ['file:///etc/passwd', 'file'],
      ['blob:https://news.example/1', 'blob'],
      ['mailto:toa-soan@news.example', 'mailto'],
      ['ftp://news.example/a', 'ftp'],
      ['httpx://news.example', 'httpx'],
      ['a:b', 'a'],
    ];
    for (const [url, scheme] of refused) {
      it(JSON.stringify(url), () => {
        const result = resolveUrl(url, BASE);
        expect(result.ok).to.equal(false);
        expect(!result.ok && result.message).to.contain(`"${scheme}:"`);
        expect(resolveUrl(url).ok).to.equal(false);
      });
    }
  });

  it('refuses empty URLs and unreadable web URLs', () => {
    for (const url of ['', ' ', '\t\n', 'https://', 'http://[::1']) {
      expect(resolveUrl(url).ok, JSON.stringify(url)).to.equal(false);
    }
  });

  it('refuses a relative URL when the base is not a web URL', () => {
    expect(resolveUrl('a.html', 'data:text/html,x').ok).to.equal(false);
    expect(resolveUrl('a.html', 'not a url').ok).to.equal(false);
    const fromFile = resolveUrl('a.html', 'file:///home/tin/');
    expect(!fromFile.ok && fromFile.message).to.equal('Must resolve to an http(s) URL.');
  });

  it('normalizes absolute http(s) URLs the way browsers read them', () => {
    expect(resolveUrl(' HTTPS://News.Example/a b?q=1#x ')).to.deep.equal({ ok: true, url: 'https://news.example/a%20b?q=1#x' });
    expect(resolveUrl('ht\ttps://news.example')).to.deep.equal({ ok: true, url: 'https://news.example/' });
  });

  it('resolves relative URLs against the base URL', () => {
    expect(resolveUrl('../anh/a.jpg', BASE)).to.deep.equal({ ok: true, url: 'https://news.example/anh/a.jpg' });
    expect(resolveUrl('//cdn.example/a.jpg', BASE)).to.deep.equal({ ok: true, url: 'https://cdn.example/a.jpg' });
    expect(resolveUrl('?trang=2', BASE)).to.deep.equal({ ok: true, url: 'https://news.example/tin/bai.json?trang=2' });
    expect(resolveUrl('./a:b', BASE)).to.deep.equal({ ok: true, url: 'https://news.example/tin/a:b' });
  });

  it('keeps relative URLs relative without a base URL', () => {
    expect(resolveUrl(' /a.html\n')).to.deep.equal({ ok: true, url: '/a.html' });
    expect(resolveUrl('//cdn.example/a.jpg')).to.deep.equal({ ok: true, url: '//cdn.example/a.jpg' });
  });

  it('reads a control character inside the scheme as the end of a relative path, as browsers do', () => {
    const result = resolveUrl('javascript\u0001:alert(1)', BASE);
    expect(result.ok && new URL(result.url).protocol).to.equal('https:');
  });
});

describe('isAbsoluteWebUrl', () => {
  it('is true only for absolute http(s) URLs', () => {
    expect(isAbsoluteWebUrl('https://news.example/')).to.equal(true);
    expect(isAbsoluteWebUrl('HTTP://news.example')).to.equal(true);
    for (const url of ['/a', '//news.example/', 'javascript:x', 'https://', 'file:///a']) {
      expect(isAbsoluteWebUrl(url), url).to.equal(false);
    }
  });
});

describe('normalizeUrl', () => {
  it('drops the fragment, utm_* parameters and the trailing slash', () => {
    expect(normalizeUrl('https://News.Example/a/?utm_source=rss&q=1&UTM_Medium=x#top')).to.equal('https://news.example/a?q=1');
    expect(normalizeUrl('https://news.example/')).to.equal('https://news.example');
    expect(normalizeUrl('https://news.example/?utm_campaign=x')).to.equal('https://news.example');
  });

  it('gives the same key to links that lead to the same article', () => {
    const keys = ['https://news.example/a?x=a%20b', 'https://news.example/a/?x=a+b&utm_source=y', '/a?x=a%20b#binh-luan'].map((url) =>
      normalizeUrl(url, 'https://news.example/tin/'),
    );
    expect(new Set(keys).size).to.equal(1);
  });

  it('gives undefined for refused URLs and for relative ones without a base', () => {
    expect(normalizeUrl('javascript:alert(1)', 'https://news.example/')).to.equal(undefined);
    expect(normalizeUrl('/a')).to.equal(undefined);
  });
});
