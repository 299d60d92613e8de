import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { closestLang } from './lang.js';
import { DEFAULT_LANG, getTranslation, onTranslationsChange } from './registry.js';
import type { Translation } from './translation.js';

type Host = ReactiveControllerHost & HTMLElement;
type StringKey = { [K in keyof Translation]: Translation[K] extends string ? K : never }[keyof Translation];
type FunctionKey = { [K in keyof Translation]: Translation[K] extends (...args: never[]) => string ? K : never }[keyof Translation];
type TermArgs<K extends keyof Translation> = Translation[K] extends (...args: infer A) => string ? A : [];

const connected = new Set<LocalizeController>();
let langObserver: MutationObserver | undefined;
const watchedRoots = new WeakSet<Node>();

/**
 * One observer for the whole page re-renders every element when any `lang` attribute changes:
 * in the document, and in every shadow root between an element and the document (an observer on
 * the document does not see into shadow roots).
 */
function watchLangAttributes(host: HTMLElement): void {
  langObserver ??= new MutationObserver(() => {
    for (const controller of connected) controller.host.requestUpdate();
  });
  let root = host.getRootNode();
  while (!watchedRoots.has(root)) {
    watchedRoots.add(root);
    const target = root instanceof Document ? root.documentElement : root;
    langObserver.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/**
 * Gives an element its language and strings: its own `lang`, else the nearest ancestor's, else
 * `fallbackLang` (an article's own language), else Vietnamese. Re-renders the host when a `lang`
 * changes on the page or a translation is registered.
 */
export class LocalizeController implements ReactiveController {
  /** The language of the content, used when neither the element nor the page names one. */
  fallbackLang?: string;
  private stopListening?: () => void;

  constructor(readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    connected.add(this);
    watchLangAttributes(this.host);
    this.stopListening = onTranslationsChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    connected.delete(this);
    this.stopListening?.();
  }

  /** The language in effect, e.g. "vi" or "en-GB". */
  get lang(): string {
    const fromPage = isServer ? this.host.getAttribute('lang') : closestLang(this.host);
    return fromPage || this.fallbackLang || DEFAULT_LANG;
  }

  get translation(): Translation {
    return getTranslation(this.lang);
  }

  get dir(): 'ltr' | 'rtl' {
    return this.translation.$dir;
  }

  /** The string for `key`; for counted strings, pass the count (and any other arguments). */
  term<K extends StringKey | FunctionKey>(key: K, ...args: TermArgs<K>): string {
    const value = this.translation[key] as string | ((...a: unknown[]) => string);
    return typeof value === 'function' ? value(...args) : value;
  }

  /** A number in the language's style (Vietnamese: 27.739). */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    try {
      return new Intl.NumberFormat(this.lang, options).format(value);
    } catch {
      // A malformed lang attribute ("fr_FR") must not break the page.
      return new Intl.NumberFormat(DEFAULT_LANG, options).format(value);
    }
  }
}
