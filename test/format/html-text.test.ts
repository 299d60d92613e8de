import { expect } from '@open-wc/testing';
import { htmlToText } from '../../src/format/index.js';
import { decodeCharacterReferences } from '../../src/format/html-text.js';
import { timed } from './expect-result.js';

describe('htmlToText', () => {
  it('removes tags and separates blocks with a space', () => {
    expect(htmlToText('<p>Hà Nội <b>sẽ</b> kết hợp</p><p>giữa “diện”<br>và “điểm”</p>')).to.equal('Hà Nội sẽ kết hợp giữa “diện” và “điểm”');
  });

  it('drops the contents of script-like elements, whatever their case', () => {
    const html = 'a<SCRIPT type="x">alert("<p>")</SCRIPT >b<style>p{}</style>c<noscript>d</noscript><template><p>e</p></template>f<svg><title>g</title></svg>h';
    expect(htmlToText(html)).to.equal('abcfh');
  });

  it('drops everything after an unclosed script or tag', () => {
    expect(htmlToText('a<script>alert(1)')).to.equal('a');
    expect(htmlToText('a<img src="x" onerror="alert(1)"')).to.equal('a');
  });

  it('skips comments, doctypes, CDATA and processing instructions', () => {
    expect(htmlToText('<!DOCTYPE html>a<!-- <p>b</p> -->c<![CDATA[x]]>d<?php echo 1 ?>e<!-- open')).to.equal('acde');
  });

  it('does not end a tag at a ">" inside a quoted attribute', () => {
    expect(htmlToText(`<a title="x>y" data-a='>'>link</a> and <p class=it's>z</p>`)).to.equal('link and z');
  });

  it('keeps a "<" that starts no tag', () => {
    expect(htmlToText('a < b, 1 <2, <3 và </ 4')).to.equal('a < b, 1 <2, <3 và </ 4');
  });

  it('decodes character references once, after the tags are gone', () => {
    expect(htmlToText('&lt;script&gt;x&lt;/script&gt; &amp;amp; &#8211; &#x1F600; &agrave;&ecirc;&ocirc; &nbsp;&hellip;')).to.equal('<script>x</script> &amp; – 😀 àêô …');
  });

  it('collapses white space', () => {
    expect(htmlToText('  a\n\n\t b  ')).to.equal('a b');
  });

  it('takes linear time on hostile markup', () => {
    const hostile = ['<script>'.repeat(50_000), '<a title="'.repeat(50_000), '<!--'.repeat(50_000), '<p'.repeat(50_000), '&#'.repeat(50_000)];
    for (const html of hostile) expect(timed(() => htmlToText(html))).to.be.below(2000); // no blow-up; speed is for the bench
  });
});

describe('decodeCharacterReferences', () => {
  it('decodes named and numeric references and leaves unknown names alone', () => {
    expect(decodeCharacterReferences('&quot;&apos;&ndash;&mdash;&euro;&copy;&#65;&#x41;&#X41;&unknown;&amp')).to.equal('"\'–—€©AAA&unknown;&amp');
  });

  it('replaces references to non-characters with U+FFFD', () => {
    expect(decodeCharacterReferences('&#0;&#xD800;&#x110000;')).to.equal('\ufffd\ufffd\ufffd');
  });
});
