// Reading server-rendered HTML in Node tests, without a DOM.

/** The text a reader gets from `html`: no tags, comments, styles or scripts; entities decoded; spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[^>]*>[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of every `<script type="…">` in `html`, in order. */
export function scriptsOf(html: string, type: string): string[] {
  const scripts = html.matchAll(/<script type="([^"]+)">([\s\S]*?)<\/script>/g);
  return [...scripts].filter((match) => match[1] === type).map((match) => match[2]);
}

/** The value of every `attribute` in `html`. */
export function attributeValues(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((match) => match[1].replace(/&amp;/g, '&'));
}
