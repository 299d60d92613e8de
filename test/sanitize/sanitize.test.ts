import { expect } from '@open-wc/testing';
import { ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS, preferNativeSanitizer, sanitizeHtml } from '../../src/sanitize/sanitize.js';

/** The DOMPurify project's cases (see test/fixtures/dompurify/README.md). */
const CORPUS = '/test/fixtures/dompurify/expect.json';
interface Case {
  title?: string;
  payload: string;
}

/** Payloads of our own that set the canary if anything in them runs. */
const CANARY_PAYLOADS = [
  '<img src=x onerror="window.newsCanary=1">',
  '<svg><image href=x onerror="window.newsCanary=1"></image></svg>',
  '<svg onload="window.newsCanary=1"></svg>',
  '<details open ontoggle="window.newsCanary=1"><summary>x</summary></details>',
  '<script>window.newsCanary=1</script>',
  '<iframe srcdoc="<script>parent.newsCanary=1</script>"></iframe>',
  '<object data="data:text/html,<script>parent.newsCanary=1</script>"></object>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror="window.newsCanary=1">',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=window.newsCanary=1&gt;">',
  '<noscript><p title="</noscript><img src=x onerror=window.newsCanary=1>"></noscript>',
  '<p><a href="javascript:window.newsCanary=1">a</a><a href=" &#14; java&#x09;script:window.newsCanary=1">b</a></p>',
  '<video><source onerror="window.newsCanary=1"></video><audio src=x onerror="window.newsCanary=1"></audio>',
  '<input autofocus onfocus="window.newsCanary=1"><body onload="window.newsCanary=1">',
];

const TRAPPED = ['alert', 'confirm', 'prompt', 'print'] as const;
const page = window as unknown as Record<string, unknown>;

const ENGINES = [
  { name: 'the native Sanitizer API', native: true },
  { name: 'DOMPurify', native: false },
];

let corpus: Case[];
const calls: string[] = [];
const originals = new Map<string, unknown>();

before(async () => {
  corpus = await (await fetch(CORPUS)).json();
  for (const name of TRAPPED) {
    originals.set(name, page[name]);
    page[name] = () => calls.push(name);
  }
});

after(() => {
  for (const [name, original] of originals) page[name] = original;
  preferNativeSanitizer(true);
});

beforeEach(() => {
  calls.length = 0;
  page.newsCanary = 0;
});

afterEach(() => {
  for (const box of document.querySelectorAll('.sanitized')) box.remove();
});

async function sanitize(html: string, baseUrl?: string): Promise<DocumentFragment> {
  return sanitizeHtml(html, baseUrl);
}

function serialize(fragment: DocumentFragment): string {
  const box = document.createElement('div');
  box.append(fragment.cloneNode(true));
  return box.innerHTML;
}

/**
 * Puts `nodes` in the page and waits until anything in them could have run: every image has
 * loaded or failed (onerror payloads), and two frames have passed (onload, ontoggle, focus).
 */
async function inPage(...nodes: Node[]): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.className = 'sanitized';
  box.append(...nodes);
  document.body.append(box);
  const images = [...box.querySelectorAll<HTMLImageElement>('img')];
  await Promise.all(
    images.map((image) => new Promise((done) => {
      if (image.complete) return done(undefined);
      image.addEventListener('load', done);
      image.addEventListener('error', done);
    })),
  );
  for (let frame = 0; frame < 2; frame += 1) await new Promise(requestAnimationFrame);
  return box;
}

/** Attributes that hold URLs (a `title` that reads "javascript:" is only text). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'cite', 'data', 'poster', 'background', 'xlink:href']);

/** True when the browser would read `value` as an http(s) URL (relative ones included). */
function isWebUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value, 'https://news.example/').protocol);
  } catch {
    return false;
  }
}

/** Whatever in `fragment` is not on the allow-list: elements, attributes, event handlers, script URLs. */
function problems(fragment: DocumentFragment): string[] {
  const found: string[] = [];
  const allowedElements = new Set<string>(ALLOWED_ELEMENTS);
  const allowedAttributes = new Set<string>([...ALLOWED_ATTRIBUTES, 'rel']);
  for (const element of fragment.querySelectorAll('*')) {
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !allowedElements.has(element.localName)) {
      found.push(`<${element.localName}>`);
    }
    for (const { name, value } of element.attributes) {
      if (!allowedAttributes.has(name) || /^on/i.test(name)) found.push(`${element.localName}[${name}]`);
      if (URL_ATTRIBUTES.has(name) && !isWebUrl(value)) found.push(`${element.localName}[${name}=${value}]`);
    }
  }
  return found;
}

describe('sanitizeHtml', () => {
  it('the execution check catches a payload that runs (the harness works)', async () => {
    const unsafe = document.createElement('div');
    unsafe.setHTMLUnsafe('<img src="data:," onerror="window.newsCanary=1"><img src="data:," onerror="alert(1)">');
    await inPage(unsafe);
    expect(page.newsCanary).to.equal(1);
    expect(calls).to.deep.equal(['alert']);
  });

  it('falls back to DOMPurify where setHTML refuses the configuration (Chromium 105-109)', async () => {
    const original = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML')!;
    Object.defineProperty(Element.prototype, 'setHTML', {
      configurable: true,
      value() {
        throw new TypeError('Failed to execute setHTML: a Sanitizer is required.');
      },
    });
    try {
      const result = sanitizeHtml('<b>đậm</b><img src=x onerror="alert(1)">');
      expect(result instanceof Promise).to.equal(true);
      expect(serialize(await result)).to.equal('<b>đậm</b>');
    } finally {
      Object.defineProperty(Element.prototype, 'setHTML', original);
    }
  });

  for (const { name, native } of ENGINES) {
    describe(`with ${name}`, () => {
      beforeEach(() => preferNativeSanitizer(native));

      it(native ? 'sanitizes synchronously' : 'loads DOMPurify lazily and sanitizes asynchronously', async () => {
        const result = sanitizeHtml('<b>đậm</b>');
        expect(result instanceof Promise).to.equal(!native);
        expect(serialize(await result)).to.equal('<b>đậm</b>');
      });

      it('runs none of the DOMPurify payloads, and leaves no handler, script URL or element off the list', async () => {
        const outputs: DocumentFragment[] = [];
        for (const { title, payload } of corpus) {
          const fragment = await sanitize(payload, 'https://news.example/a/');
          expect(problems(fragment), title ?? payload).to.deep.equal([]);
          outputs.push(fragment);
        }
        expect(outputs).to.have.length(223);
        await inPage(...outputs);
        expect(calls, 'trapped calls').to.deep.equal([]);
        expect(page.newsCanary).to.equal(0);
      });

      it('runs none of our canary payloads', async () => {
        const outputs = await Promise.all(CANARY_PAYLOADS.map((payload) => sanitize(payload)));
        outputs.forEach((fragment, index) => expect(problems(fragment), CANARY_PAYLOADS[index]).to.deep.equal([]));
        const box = await inPage(...outputs);
        for (const link of box.querySelectorAll('a')) link.click();
        await new Promise(requestAnimationFrame);
        expect(page.newsCanary).to.equal(0);
      });

      it('keeps inline formatting, paragraphs, lists and quotes as written', async () => {
        const html =
          '<p>Theo <b>b</b> <strong>strong</strong> <i>i</i> <em>em</em> <u>u</u> <s>s</s> <small>small</small> H<sub>2</sub>O m<sup>2</sup> ' +
          '<mark>mark</mark> <code>code</code><br><abbr title="Hội đồng nhân dân">HĐND</abbr> <cite>Hà Nội Mới</cite> <q>q</q> <span lang="en">span</span></p>' +
          '<ul><li>một</li></ul><ol><li>hai</li></ol><blockquote><p>trích</p></blockquote>';
        expect(serialize(await sanitize(html))).to.equal(html);
      });

      it('removes what is not allowed, keeping the words of common wrappers', async () => {
        const html = '<div class="x" style="color:red" id="y" data-id="1"><font color="red">chữ</font> <h2>tiêu đề</h2></div><img src="/a.png" alt="ảnh"><script>alert(1)</script>';
        expect(serialize(await sanitize(html))).to.equal('chữ tiêu đề');
      });

      it('keeps http(s) links, resolves relative ones, and gives every link rel="noopener"', async () => {
        const html =
          '<a href="https://a.example/x" target="_blank">a</a><a href="/bai-viet/1.html">b</a><a href="c.html" rel="opener">c</a>' +
          '<a href="javascript:alert(1)">d</a><a href="data:text/html,x">e</a><a href="vbscript:x">f</a><a href="mailto:a@b.example">g</a>';
        const box = document.createElement('div');
        box.append(await sanitize(html, 'https://news.example/tin/bai.json'));
        const links = [...box.querySelectorAll('a')].map((link) => [link.getAttribute('href'), link.rel, link.target]);
        expect(links).to.deep.equal([
          ['https://a.example/x', 'noopener', '_blank'],
          ['https://news.example/bai-viet/1.html', 'noopener', ''],
          ['https://news.example/tin/c.html', 'noopener', ''],
          [null, 'noopener', ''],
          [null, 'noopener', ''],
          [null, 'noopener', ''],
          [null, 'noopener', ''],
        ]);
        expect(box.textContent).to.equal('abcdefg');
      });

      it('leaves relative links relative without a base URL', async () => {
        const box = document.createElement('div');
        box.append(await sanitize('<a href="/x">x</a>'));
        expect(box.querySelector('a')!.getAttribute('href')).to.equal('/x');
      });
    });
  }
});
