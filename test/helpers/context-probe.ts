// <test-context-probe>: shows what the nearest <news-provider> gives the elements inside it.
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import { newsContext, type NewsContext } from '../../src/data/index.js';

export class TestContextProbe extends LitElement {
  private readonly consumer = new ContextConsumer(this, { context: newsContext, subscribe: true });

  /** The context last received, or undefined before any provider answered. */
  get context(): NewsContext | undefined {
    return this.consumer.value;
  }
}

customElements.define('test-context-probe', TestContextProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-context-probe': TestContextProbe;
  }
}
