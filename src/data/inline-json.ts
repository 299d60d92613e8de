/**
 * The text of the host's own `<script type="application/json">` child, if it has one. Only a
 * direct child counts, so a provider's script never feeds the elements inside it.
 */
export function readInlineJson(host: Element): string | undefined {
  return host.querySelector(':scope > script[type="application/json" i]')?.textContent ?? undefined;
}
