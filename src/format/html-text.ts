/**
 * HTML to plain text, for feed fields that carry markup (RSS descriptions, JSON Feed
 * `content_html`). A small linear scanner rather than DOMParser: it never builds DOM, so nothing in
 * the markup can load or run, and it gives the same text in the browser and in Node (SSR, the CLI).
 * Tags disappear, the contents of script-like elements disappear with them, block boundaries
 * become spaces, character references are decoded, white space is collapsed.
 */

/** Elements whose content is never text a reader should see. */
const HIDDEN_CONTENT = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'head', 'title'];
const HIDDEN_CLOSERS = new Map(HIDDEN_CONTENT.map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'gi')]));

/** Elements that separate words: "<p>a</p><p>b</p>" reads "a b", not "ab". */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

const TAG_NAME = /<\/?([A-Za-z][A-Za-z0-9-]*)/y;

/** The text a reader would see in `html`, on one line. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let position = 0;
  while (position < html.length) {
    const open = html.indexOf('<', position);
    if (open === -1) {
      parts.push(html.slice(position));
      break;
    }
    parts.push(html.slice(position, open));
    position = skipMarkup(html, open, parts);
  }
  return decodeCharacterReferences(parts.join('')).replace(/\s+/g, ' ').trim();
}

/** Skips the markup starting at `open` (a "<"), adding a space for block elements; returns where text resumes. */
function skipMarkup(html: string, open: number, parts: string[]): number {
  if (html.startsWith('<!--', open)) return after(html, '-->', open + 4);
  // Doctypes, CDATA and processing instructions are "bogus comments" in HTML: they end at ">".
  if (html.startsWith('<!', open) || html.startsWith('<?', open)) return after(html, '>', open);
  TAG_NAME.lastIndex = open;
  const match = TAG_NAME.exec(html);
  if (match === null) {
    parts.push('<'); // A "<" that starts no tag, as in "a < b", is text.
    return open + 1;
  }
  const name = (match[1] as string).toLowerCase();
  const end = tagEnd(html, TAG_NAME.lastIndex);
  if (end === -1) return html.length; // An unfinished tag runs to the end of the text.
  if (BLOCK_ELEMENTS.has(name)) parts.push(' ');
  const closer = html[open + 1] === '/' ? undefined : HIDDEN_CLOSERS.get(name);
  if (closer === undefined) return end + 1;
  closer.lastIndex = end + 1;
  return closer.exec(html) === null ? html.length : after(html, '>', closer.lastIndex - 1);
}

/** The index just past the first `token` at or after `from`, or the end of the text. */
function after(html: string, token: string, from: number): number {
  const found = html.indexOf(token, from);
  return found === -1 ? html.length : found + token.length;
}

/** The index of the ">" that ends a tag, skipping quoted attribute values; -1 if there is none. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  let afterEquals = false;
  for (let index = from; index < html.length; index += 1) {
    const char = html[index] as string;
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '>') {
      return index;
    } else if (afterEquals && (char === '"' || char === "'")) {
      quote = char;
      afterEquals = false;
    } else if (char === '=') {
      afterEquals = true;
    } else if (!/\s/.test(char)) {
      afterEquals = false;
    }
  }
  return -1;
}

/**
 * Named references for U+00A0 to U+00FF, in order (HTML's Latin-1 set, which also covers the
 * accented letters older Vietnamese sites escape, like &agrave; and &ecirc;).
 */
const LATIN_1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde ' +
  'Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute ' +
  'Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde ' +
  'auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc ' +
  'otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const NAMED_REFERENCES = new Map<string, string>([
  ...LATIN_1_NAMES.split(' ').map((name, index): [string, string] => [name, String.fromCharCode(0xa0 + index)]),
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['ndash', '\u2013'], ['mdash', '\u2014'], ['hellip', '\u2026'], ['bull', '\u2022'], ['euro', '\u20ac'],
  ['lsquo', '\u2018'], ['rsquo', '\u2019'], ['sbquo', '\u201a'], ['ldquo', '\u201c'], ['rdquo', '\u201d'],
  ['bdquo', '\u201e'], ['lsaquo', '\u2039'], ['rsaquo', '\u203a'], ['trade', '\u2122'], ['thinsp', '\u2009'],
  ['ensp', '\u2002'], ['emsp', '\u2003'], ['zwnj', '\u200c'], ['zwj', '\u200d'], ['prime', '\u2032'],
]);

const CHARACTER_REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** Decodes numeric references and the common named ones; unknown names stay as written. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(CHARACTER_REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_REFERENCES.get(name) ?? reference;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
    const isScalar = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return isScalar ? String.fromCodePoint(code) : '\ufffd';
  });
}
