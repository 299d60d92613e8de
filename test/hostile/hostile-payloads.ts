// What the hostile-input suite feeds the elements, and how it checks that nothing ran.
// The payloads are DOMPurify's own test corpus (test/fixtures/dompurify/expect.json) plus a few of
// ours that aim at the canary: a global flag and a fetch to a canary URL that only a script that
// actually ran could reach.

/** The URL no rendered tree may ever request through fetch. */
export const CANARY = 'https://canary.invalid/pwned';

/** Set only by a payload that executed. */
export const FLAG = '__newsWidgetsPwned';

const OURS = [
  `<img src=x onerror="window.${FLAG}=1">`,
  `<svg onload="window.${FLAG}=1"></svg>`,
  `<script>window.${FLAG}=1</script>`,
  `"><img src=x onerror="fetch('${CANARY}')">`,
  `<a href="javascript:window.${FLAG}=1">x</a>`,
  `<iframe srcdoc="<script>parent.${FLAG}=1</script>"></iframe>`,
  `javascript:window.${FLAG}=1`,
  `JaVaScRiPt:fetch('${CANARY}')`,
  ` \tjavascript:window.${FLAG}=1`,
  `data:text/html,<script>parent.${FLAG}=1</script>`,
  `</script><script>window.${FLAG}=1</script>`,
  `<style>@import '${CANARY}';</style>`,
  `{{constructor.constructor('window.${FLAG}=1')()}}`,
  `\${window.${FLAG}=1}`,
];

/** Every payload: DOMPurify's corpus, then ours. */
export async function loadPayloads(): Promise<string[]> {
  const response = await fetch('/test/fixtures/dompurify/expect.json');
  const corpus = (await response.json()) as { payload: string }[];
  return [...corpus.map((entry) => entry.payload), ...OURS];
}

/** What the page records while the trap is set: dialogs, prints, fetches to the canary. */
export interface Trap {
  readonly calls: string[];
  restore(): void;
}

/**
 * Replaces alert, confirm, prompt and print with recorders, and wraps fetch so a request to the
 * canary is recorded (and answered with a 404) while every other request goes to `handler`.
 */
export function setTrap(handler: (request: Request) => Response | Promise<Response>): Trap {
  const calls: string[] = [];
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print, fetch: window.fetch };
  window.alert = (message?: unknown) => void calls.push(`alert(${String(message)})`);
  window.confirm = (message?: string) => (calls.push(`confirm(${message})`), false);
  window.prompt = (message?: string) => (calls.push(`prompt(${message})`), null);
  window.print = () => void calls.push('print()');
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.url.startsWith('https://canary.invalid')) {
      calls.push(`fetch(${request.url})`);
      return new Response('', { status: 404 });
    }
    return handler(request);
  };
  return {
    calls,
    restore: () => Object.assign(window, saved),
  };
}

/** True once a payload set the flag. */
export function flagWasSet(): boolean {
  return FLAG in window;
}

/** Every element of `root`, its shadow roots' included, in document order. */
export function allElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root instanceof Element) {
    found.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** Attributes whose value is a URL a browser may navigate to or load. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite']);
/** Elements that must never come out of data. */
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'object', 'embed', 'base', 'meta', 'style', 'link']);
// What browsers strip before reading a URL's scheme: ASCII whitespace and C0 controls.
// eslint-disable-next-line no-control-regex
const IGNORED_IN_SCHEME = /[\u0000-\u0020]/g;

function isDangerousUrl(value: string): boolean {
  const url = value.replace(IGNORED_IN_SCHEME, '').toLowerCase();
  return url.startsWith('javascript:') || url.startsWith('data:text/html') || url.startsWith('vbscript:');
}

/**
 * What must not exist in a rendered tree: an `on*` attribute, a `javascript:`/`data:text/html` URL
 * (in a URL attribute or a srcset candidate), a script that is not JSON-LD, an element that loads
 * or embeds something of its own. One line per finding.
 */
export function findDanger(root: Element): string[] {
  const findings: string[] = [];
  for (const element of allElements(root)) {
    const tag = element.localName;
    if (FORBIDDEN_ELEMENTS.has(tag)) findings.push(`<${tag}> element`);
    if (tag === 'script' && element.getAttribute('type') !== 'application/ld+json') findings.push(`<script type=${element.getAttribute('type')}>`);
    for (const { name, value } of element.attributes) {
      if (name.startsWith('on')) findings.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      // A custom element's own attributes (news-figure's src) are inputs, checked where they land.
      if (URL_ATTRIBUTES.has(name) && !tag.includes('-') && isDangerousUrl(value)) findings.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      if ((name === 'srcset' || name === 'imagesrcset') && value.split(',').some((candidate) => isDangerousUrl(candidate.trim()))) {
        findings.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      }
    }
  }
  return findings;
}

/** Waits until every Lit element under `root` (shadow trees included) has rendered, then two frames. */
export async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const pending = allElements(root)
      .map((element) => (element as Partial<{ updateComplete: Promise<boolean> }>).updateComplete)
      .filter((update): update is Promise<boolean> => update instanceof Promise);
    const again = await Promise.all(pending);
    if (!again.includes(false)) break;
  }
  // Image error handlers, sanitized HTML arriving from DOMPurify, and anything queued run by then.
  const eager = allElements(root).filter(
    (element): element is HTMLImageElement => element instanceof HTMLImageElement && !element.complete && element.loading !== 'lazy',
  );
  await Promise.all(
    eager.map(
      (image) =>
        new Promise((done) => {
          image.addEventListener('load', done, { once: true });
          image.addEventListener('error', done, { once: true });
        }),
    ),
  );
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}
