// <test-data-element>: the smallest element built on the DataController, as element authors
// will build theirs, with a parse function of its own so the data layer is tested apart from
// the article format.
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, renderStatus, type DataControllerOptions, type ParseFunction } from '../../src/data/index.js';
import type { Problem } from '../../src/format/types.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import { statusStyles } from '../../src/styles/status.styles.js';
import { tokens } from '../../src/styles/tokens.js';

/**
 * `{ title*, items, link, note }`: `items: []` is empty; `link` resolves against the base URL (and
 * throws when it cannot, like a careless parse function); `note` earns a warning.
 */
export interface TestDoc {
  title: string;
  items?: string[];
  link?: string;
}

export const parseTestDoc: ParseFunction<TestDoc> = (input, { baseUrl }) => {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, errors: [{ path: '', message: 'Not JSON.' }] };
    }
  }
  const doc = (value ?? {}) as { title?: unknown; items?: unknown; link?: unknown; note?: unknown };
  const errors: Problem[] = [];
  if (typeof doc.title !== 'string') errors.push({ path: 'title', message: 'Required.' });
  if (doc.items !== undefined && !Array.isArray(doc.items)) errors.push({ path: 'items', message: 'Not a list.' });
  if (errors.length > 0) return { ok: false, errors };
  const warnings = doc.note === undefined ? [] : [{ path: 'note', message: 'Unknown field, skipped.' }];
  const parsed: TestDoc = { title: doc.title as string };
  if (doc.items) parsed.items = doc.items as string[];
  if (typeof doc.link === 'string') parsed.link = new URL(doc.link, baseUrl).href;
  return { ok: true, value: parsed, warnings };
};

export class TestDataElement extends LitElement {
  static override styles = [tokens, statusStyles];

  readonly localize = new LocalizeController(this);
  readonly data = new DataController<TestDoc>(this, controllerOptions(this));

  @property({ attribute: false }) doc?: unknown;
  @property() src?: string;
  @property({ type: Number }) timeout?: number;

  /** How many times the parse function ran. */
  parses = 0;

  override render() {
    const doc = this.data.value;
    return html`${renderStatus(this.data, this.localize)}
      ${doc ? html`<h2 part="title">${doc.title}</h2>` : nothing}
      ${doc?.link ? html`<a part="link" href=${doc.link}>${doc.title}</a>` : nothing}`;
  }
}

function controllerOptions(element: TestDataElement): DataControllerOptions<TestDoc> {
  return {
    value: () => element.doc,
    src: () => element.src,
    parse: (input, options) => {
      element.parses += 1;
      return parseTestDoc(input, options);
    },
    fromContext: (context) => context.article,
    isEmpty: (doc) => doc.items?.length === 0,
    timeout: () => element.timeout,
  };
}

customElements.define('test-data-element', TestDataElement);

declare global {
  interface HTMLElementTagNameMap {
    'test-data-element': TestDataElement;
  }
}
