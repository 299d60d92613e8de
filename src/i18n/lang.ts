/**
 * The language in effect for a node: its own `lang`, else the nearest ancestor's, looking through
 * shadow roots to their hosts, as the HTML `lang` inheritance does for a reader.
 */
export function closestLang(node: Node): string | undefined {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const lang = current.getAttribute('lang');
      if (lang) return lang;
    }
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return undefined;
}
