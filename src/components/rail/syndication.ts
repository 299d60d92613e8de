/**
 * Links for partner portals: the publisher's tracking parameters on every headline link.
 */

/** The UTM parameters a rail adds, by their query names; undefined or "" ones are left out. */
export interface UtmParameters {
  utm_source?: string;
  utm_medium?: string;
  utm_campaign?: string;
}

/**
 * `url` with the UTM parameters added. A parameter the link already has is kept as it is: the
 * publisher may have tagged some links on purpose. Returns `url` unchanged when there is nothing
 * to add or it cannot be read as a URL.
 */
export function withUtm(url: string, parameters: UtmParameters): string {
  const wanted = Object.entries(parameters).filter(([, value]) => value);
  if (wanted.length === 0) return url;
  let parsed: URL;
  try {
    parsed = new URL(url, globalThis.document?.baseURI);
  } catch {
    return url;
  }
  for (const [name, value] of wanted) {
    if (!parsed.searchParams.has(name)) parsed.searchParams.append(name, value as string);
  }
  return parsed.href;
}
