/**
 * The page's layout, mobile or desktop, shared by every news element. `<html data-news-layout>`
 * is the single source of truth: the mobile toggle writes it, a host page may write it, and every
 * element follows it. The reader's choice (`auto`, `mobile`, `desktop`) is kept in localStorage.
 */

export const LAYOUT_MODES = ['auto', 'mobile', 'desktop'] as const;
export type LayoutMode = (typeof LAYOUT_MODES)[number];
export const LAYOUTS = ['mobile', 'desktop'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const LAYOUT_STORAGE_KEY = 'news-widgets:layout';
export const LAYOUT_ATTRIBUTE = 'data-news-layout';
/** Below this viewport width, `auto` means mobile. */
export const MOBILE_QUERY = '(max-width: 40rem)';

type Listener = (layout: Layout, mode: LayoutMode) => void;

const listeners = new Set<Listener>();
/** The mode for this page when localStorage cannot keep it (private mode, blocked storage). */
let pageMode: LayoutMode | undefined;
let stopWatching: (() => void) | undefined;

function isMode(value: unknown): value is LayoutMode {
  return (LAYOUT_MODES as readonly unknown[]).includes(value);
}

/** The reader's chosen mode: kept in localStorage, else chosen earlier on this page, else `auto`. */
export function getLayoutMode(): LayoutMode {
  try {
    const stored = localStorage.getItem(LAYOUT_STORAGE_KEY);
    if (isMode(stored)) return stored;
  } catch {
    // Storage refused: the page's own memory stands in.
  }
  return pageMode ?? 'auto';
}

function layoutFor(mode: LayoutMode): Layout {
  if (mode !== 'auto') return mode;
  return matchMedia(MOBILE_QUERY).matches ? 'mobile' : 'desktop';
}

/** The layout in effect: `<html data-news-layout>` when set, else what the mode gives. */
export function getLayout(): Layout {
  const attribute = document.documentElement.getAttribute(LAYOUT_ATTRIBUTE);
  return attribute === 'mobile' || attribute === 'desktop' ? attribute : layoutFor(getLayoutMode());
}

function apply(mode: LayoutMode): void {
  const layout = layoutFor(mode);
  if (document.documentElement.getAttribute(LAYOUT_ATTRIBUTE) !== layout) {
    document.documentElement.setAttribute(LAYOUT_ATTRIBUTE, layout);
  }
}

/** Chooses a mode for the whole page: writes `data-news-layout` and remembers the choice. */
export function setLayoutMode(mode: LayoutMode): void {
  pageMode = mode;
  try {
    localStorage.setItem(LAYOUT_STORAGE_KEY, mode);
  } catch {
    // The choice then lasts for this page only.
  }
  apply(mode);
  notify();
}

function notify(): void {
  const layout = getLayout();
  const mode = getLayoutMode();
  for (const listener of listeners) listener(layout, mode);
}

/** Follows the attribute, the viewport (in `auto`) and choices made in other tabs. */
function watch(): () => void {
  const attributes = new MutationObserver(notify);
  attributes.observe(document.documentElement, { attributes: true, attributeFilter: [LAYOUT_ATTRIBUTE] });
  const viewport = matchMedia(MOBILE_QUERY);
  const onViewport = () => {
    if (getLayoutMode() === 'auto') apply('auto');
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key !== LAYOUT_STORAGE_KEY) return;
    const mode = isMode(event.newValue) ? event.newValue : 'auto';
    pageMode = mode;
    apply(mode);
    notify();
  };
  viewport.addEventListener('change', onViewport);
  window.addEventListener('storage', onStorage);
  return () => {
    attributes.disconnect();
    viewport.removeEventListener('change', onViewport);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * Calls `listener` with the layout and mode whenever either changes; returns the function that
 * stops it. The first subscriber applies the stored choice to the page.
 */
export function subscribeLayout(listener: Listener): () => void {
  if (listeners.size === 0) {
    if (!document.documentElement.hasAttribute(LAYOUT_ATTRIBUTE)) apply(getLayoutMode());
    stopWatching = watch();
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = undefined;
    }
  };
}
